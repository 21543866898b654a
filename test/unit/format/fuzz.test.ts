import * as assert from 'assert';
import { parsePush, type PushDocument, type Span } from '../../../src/core/format';
import { fuzzCorpus } from '../../support/fuzz';

/** Every span of the model, with a name for the failure message. */
function spans(doc: PushDocument): [string, Span][] {
  const out: [string, Span][] = [];
  const fm = doc.frontMatter;
  if (fm) {
    out.push(['frontMatter', fm.span], ['frontMatter.content', fm.contentSpan]);
    for (const f of fm.fields) out.push([`fm.${f.key}`, f.span], [`fm.${f.key}.key`, f.keySpan], [`fm.${f.key}.value`, f.valueSpan]);
  }
  for (const it of doc.items) {
    const n = `item${it.index}`;
    out.push([n, it.span], [`${n}.directive`, it.directiveSpan], [`${n}.header`, it.headerSpan]);
    if (it.argument) out.push([`${n}.argument`, it.argument.span]);
    if (it.body) out.push([`${n}.body`, it.body.span]);
    if (it.message) out.push([`${n}.message`, it.message.span]);
    for (const f of it.fields) out.push([`${n}.${f.key}`, f.span], [`${n}.${f.key}.key`, f.keySpan], [`${n}.${f.key}.value`, f.valueSpan]);
  }
  for (const u of doc.unknownDirectives) out.push(['unknown', u.span], ['unknown.directive', u.directiveSpan]);
  for (const c of doc.comments) {
    out.push(['comment', c.span]);
    for (const r of c.rules) out.push(['comment.rule', r.span]);
  }
  for (const l of doc.looseContent) out.push(['loose', l.span]);
  for (const p of doc.problems) out.push([`problem ${p.code}`, p.span]);
  return out;
}

describe('parsePush fuzz', () => {
  it('survives 10,000 random and mutated documents with every range inside the text and ordered', function () {
    this.timeout(120000);
    let n = 0;
    for (const text of fuzzCorpus(10000)) {
      let doc: PushDocument;
      try {
        doc = parsePush(text);
      } catch (e) {
        assert.fail(`parsePush threw on document #${n} ${JSON.stringify(text.slice(0, 200))}: ${(e as Error).stack}`);
      }
      for (const [name, s] of spans(doc)) {
        if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
          assert.fail(`document #${n}: ${name} [${s.start}, ${s.end}) is not inside [0, ${text.length}]: ${JSON.stringify(text.slice(0, 200))}`);
        }
      }
      // Items, and the spans inside each item, come in document order without overlapping.
      for (let i = 1; i < doc.items.length; i++) {
        assert.ok(doc.items[i - 1].span.end <= doc.items[i].span.start, `document #${n}: items ${i - 1} and ${i} overlap`);
      }
      for (const it of doc.items) {
        let last = it.headerSpan.end;
        for (const f of it.fields) {
          assert.ok(f.span.start >= last, `document #${n}: field ${f.key} out of order`);
          last = f.span.end;
        }
        if (it.body) assert.ok(it.body.span.start >= last && it.body.span.end <= it.span.end, `document #${n}: body outside item ${it.index}`);
      }
      n++;
    }
    assert.strictEqual(n, 10000);
  });
});

describe('inline nodes fuzz', () => {
  it('places every inline node of 3,000 fuzzed pushes (LF and CRLF) inside its body, on its own markup', function () {
    this.timeout(120000);
    let nodes = 0;
    let n = 0;
    for (const raw of fuzzCorpus(3000, 99)) {
      for (const text of [raw, raw.replace(/\r?\n/g, '\r\n')]) {
        const doc = parsePush(text);
        for (const it of doc.items) {
          for (const node of it.inline ?? []) {
            nodes++;
            const where = `document #${n} item ${it.index} ${node.type} ${JSON.stringify(text.slice(node.span.start, node.span.end).slice(0, 80))}`;
            const body = it.body!.span;
            assert.ok(node.span.start >= body.start && node.span.end <= body.end && node.span.start <= node.span.end, `${where}: outside the body`);
            for (const s of [node.textSpan, node.targetSpan]) if (s) assert.ok(s.start >= node.span.start && s.end <= node.span.end, `${where}: part outside the node`);
            for (const o of [node.span.start, node.span.end]) assert.ok(!(o > 0 && text[o - 1] === '\r' && text[o] === '\n'), `${where}: splits a CRLF`);
            const src = text.slice(node.span.start, node.span.end);
            if (node.type === 'image') assert.ok(src.startsWith('!['), where);
            if (node.type === 'link' && (node.origin === 'markdown' || node.origin === 'reference')) assert.ok(src.startsWith('['), where);
            // An HTML block keeps the indentation (up to three spaces) that markdown-it gives it.
            if (node.type === 'html') assert.ok(src.replace(/^ {0,3}/, '').startsWith('<'), where);
            if (node.type === 'code') assert.ok(src.startsWith('`') && src.endsWith('`'), where);
          }
        }
        n++;
      }
    }
    assert.ok(nodes > 1000, `only ${nodes} nodes checked`);
  });
});
