// Every range in a CRLF document stays off the line break: a span never starts or ends between
// the `\r` and the `\n` (one column past the end of the line in the editor), whatever the rule or
// fix. Fuzzed pushes with CRLF line breaks, linted with every rule.
import * as assert from 'assert';
import { parsePush } from '../../../src/core/format/parse';
import { lint } from '../../../src/core/rules/engine';
import type { Span } from '../../../src/core/format/model';
import { fuzzCorpus } from '../../support/fuzz';

function insideCrlf(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}

describe('CRLF documents: no range ends inside a line break', () => {
  it('keeps front-matter keys and YAML errors on their line', () => {
    const text = '---\r\naccount: A\r\ntype\r\n: subscription\r\n---\r\n@text hi\r\n';
    const doc = parsePush(text);
    const type = doc.frontMatter!.fields.find((f) => f.key === 'type')!;
    assert.strictEqual(text.slice(type.span.start, type.span.end), 'type');
    for (const p of doc.problems) assert.ok(!insideCrlf(text, p.span.start) && !insideCrlf(text, p.span.end), JSON.stringify(p));
  });

  it('holds for every problem, related range and fix edit of 3,000 fuzzed CRLF pushes', function () {
    this.timeout(300000);
    let checked = 0;
    for (const raw of fuzzCorpus(3000, 77)) {
      const text = raw.replace(/\r?\n/g, '\r\n');
      const doc = parsePush(text);
      const problems = lint(doc, { otherPushes: [] });
      for (const p of problems) {
        const spans: [string, Span][] = [[p.ruleId, p.span]];
        for (const r of p.related ?? []) if (r.span) spans.push([`${p.ruleId} related`, r.span]);
        for (const f of p.fixes ?? []) for (const e of f.edits) spans.push([`${p.ruleId} fix "${f.title}"`, e.span]);
        for (const [name, s] of spans) {
          checked++;
          if (insideCrlf(text, s.start) || insideCrlf(text, s.end)) {
            assert.fail(`${name} [${s.start}, ${s.end}) splits a CRLF in ${JSON.stringify(text.slice(Math.max(0, s.start - 80), s.end + 40))}`);
          }
        }
      }
    }
    assert.ok(checked > 10000, `only ${checked} ranges checked`);
  });
});
