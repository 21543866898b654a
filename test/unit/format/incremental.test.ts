import * as assert from 'assert';
import { changedRangeOf, composeRanges, diffRange, reparsePush } from '../../../src/core/format/incremental';
import { parsePush, type PushDocument } from '../../../src/core/format';
import { LineIndex } from '../../../src/core/format/lines';
import { fuzzCorpus, rng, seedDocuments } from '../../support/fuzz';
import { randomEdit } from '../../support/edits';

function same(actual: PushDocument, text: string, context: string) {
  const expected = parsePush(text);
  try {
    assert.deepStrictEqual(actual, expected);
  } catch (e) {
    assert.fail(`${context}: incremental parse differs from a full parse of ${JSON.stringify(text.slice(0, 400))}\n${(e as Error).message.slice(0, 3000)}`);
  }
}

/** Edits after which some item was reused rather than parsed again (the test must exercise that path). */
let reused = 0;
let edits = 0;

/** Runs `steps` random edits from `start`, comparing the incremental document with a full parse after each. */
function walk(start: string, steps: number, r: () => number, label: string) {
  let doc = parsePush(start);
  for (let s = 0; s < steps; s++) {
    let edit = randomEdit(doc.text, r);
    // The editor passes VS Code's content changes, one or several in a row composed into one
    // range; other callers may pass nothing and let the texts be compared.
    const how = s % 4;
    let range = how === 0 ? edit.range : how === 1 ? changedRangeOf(edit.changes) : undefined;
    if (how === 3) {
      for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
        const more = randomEdit(edit.text, r);
        range = composeRanges(range ?? edit.range, more.range);
        edit = { ...more, range };
      }
    }
    const before = doc.text;
    const previous = doc;
    doc = reparsePush(doc, edit.text, range);
    edits++;
    const kept = new Set<unknown>(previous.items.flatMap((it) => [it, it.tokens]));
    if (doc.items.some((it) => kept.has(it) || (it.tokens && kept.has(it.tokens)))) reused++;
    same(doc, edit.text, `${label}, edit ${s} (${JSON.stringify(edit.changes[0])}, range ${JSON.stringify(range)} after ${JSON.stringify(before.slice(Math.max(0, edit.range.start - 60), edit.range.start + 60))})`);
  }
}

describe('reparsePush', () => {
  it('equals a full parse after every edit of random edit sequences on the examples', function () {
    this.timeout(120000);
    const r = rng(7);
    const seeds = seedDocuments();
    assert.ok(seeds.length >= 3);
    reused = edits = 0;
    for (let round = 0; round < 3; round++) {
      seeds.forEach((seed, i) => walk(seed, 40, r, `example ${i}, round ${round}`));
    }
    assert.ok(reused > edits / 2, `only ${reused} of ${edits} edits reused an item`);
  });

  it('equals a full parse after every edit of random edit sequences on fuzzed pushes', function () {
    this.timeout(120000);
    const r = rng(11);
    let n = 0;
    for (const text of fuzzCorpus(150, 99)) walk(text, 10, r, `fuzzed push ${n++}`);
    assert.strictEqual(n, 150);
  });

  it('equals a full parse after edit sequences in which nothing read the moved inline nodes, read last first', function () {
    this.timeout(120000);
    const r = rng(13);
    let lazy = 0;
    for (const seed of seedDocuments()) {
      const docs = [parsePush(seed)];
      for (let s = 0; s < 30; s++) {
        const edit = randomEdit(docs[docs.length - 1].text, r);
        docs.push(reparsePush(docs[docs.length - 1], edit.text, edit.range));
      }
      for (const d of docs) lazy += d.items.filter((it) => Object.getOwnPropertyDescriptor(it, 'inline')?.get).length;
      for (let i = docs.length - 1; i >= 0; i--) same(docs[i], docs[i].text, `edit ${i} of ${JSON.stringify(seed.slice(0, 40))}`);
    }
    assert.ok(lazy > 0, 'no moved item left its inline nodes unread');
  });

  it('keeps inline nodes given to a moved item before they were read', () => {
    const text = '@article A\n\none\n\n@article B\n\n[two](https://a.cn)\n';
    const at = text.indexOf('one');
    const next = text.slice(0, at) + 'x' + text.slice(at);
    const re = reparsePush(parsePush(text), next, { start: at, oldEnd: at, newEnd: at + 1 });
    assert.ok(Object.getOwnPropertyDescriptor(re.items[1], 'inline')!.get);
    const fresh = parsePush(next).items[1].inline!;
    re.items[1].inline = [];
    assert.deepStrictEqual(re.items[1].inline, []);
    re.items[1].inline = fresh;
    assert.strictEqual(re.items[1].inline, fresh);
    assert.deepStrictEqual(re, parsePush(next));
  });

  it('re-parses only the edited item and keeps the others (same objects before it, moved copies after it)', () => {
    const text = '---\naccount: A\n---\n@article One\nauthor: x\n\nBody one.\n\n@article Two\n\nBody two.\n\n@image a.png\n';
    const doc = parsePush(text);
    const at = text.indexOf('Body two') + 4;
    const next = text.slice(0, at) + '!!' + text.slice(at);
    const re = reparsePush(doc, next, { start: at, oldEnd: at, newEnd: at + 2 });
    assert.deepStrictEqual(re, parsePush(next));
    assert.strictEqual(re.items[0], doc.items[0]);
    assert.strictEqual(re.frontMatter, doc.frontMatter);
    assert.notStrictEqual(re.items[1], doc.items[1]);
    assert.notStrictEqual(re.items[2], doc.items[2]);
    assert.deepStrictEqual(re.items[2].argument!.span, { start: next.indexOf('a.png'), end: next.indexOf('a.png') + 5 });
    // The earlier document is left as it was.
    assert.deepStrictEqual(doc, parsePush(text));
  });

  it('moves the later items by a line added without a character added, and leaves the earlier document as it was', () => {
    const text = '@article A\n\none two\n\n@article B\n\nthree\n\n@image a.png\n';
    const doc = parsePush(text);
    const at = text.indexOf(' two');
    const next = text.slice(0, at) + '\n' + text.slice(at + 1);
    const re = reparsePush(doc, next, { start: at, oldEnd: at + 1, newEnd: at + 1 });
    assert.deepStrictEqual(re, parsePush(next));
    assert.strictEqual(re.items[1].bodyLine, doc.items[1].bodyLine + 1);
    assert.deepStrictEqual(doc, parsePush(text));
  });

  it('re-parses only the blocks around a change inside a long article, in CRLF too', () => {
    for (const eol of ['\n', '\r\n']) {
      const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} with a [link](https://example.com/${i}).`);
      const text = `@article Long${eol}author: x${eol}${eol}${paragraphs.join(eol + eol)}${eol}${eol}@text after${eol}`;
      const doc = parsePush(text);
      const at = text.indexOf('Paragraph 15') + 9;
      const next = text.slice(0, at) + `x${eol}` + text.slice(at);
      const re = reparsePush(doc, next, { start: at, oldEnd: at, newEnd: at + 1 + eol.length });
      assert.deepStrictEqual(re, parsePush(next), JSON.stringify(eol));
      const before = doc.items[0].tokens!;
      const after = re.items[0].tokens!;
      // The paragraphs before the change are the same tokens; those after it are copies a line lower.
      assert.strictEqual(after[0], before[0]);
      assert.strictEqual(after[3 * 13], before[3 * 13]);
      const open = after.length - 3;
      assert.strictEqual(after[open].type, 'paragraph_open');
      assert.notStrictEqual(after[open], before[open]);
      assert.deepStrictEqual(after[open].map, [before[open].map![0] + 1, before[open].map![1] + 1]);
      assert.strictEqual(after[open + 1].children, before[open + 1].children);
      assert.deepStrictEqual(doc, parsePush(text), 'the earlier document is left as it was');
    }
  });

  it('grows the region when a new fence or comment swallows the next directive, and shrinks it back', () => {
    const text = '@article A\n\ntext\n\n@article B\n\nmore\n\n@text C\n';
    let doc = parsePush(text);
    for (const piece of ['```\n', '<!--\n', '~~~~\n']) {
      const at = text.indexOf('text');
      const next = text.slice(0, at) + piece + text.slice(at);
      const re = reparsePush(doc, next);
      assert.deepStrictEqual(re, parsePush(next), piece);
      doc = reparsePush(re, text);
      assert.deepStrictEqual(doc, parsePush(text), piece);
    }
  });

  it('finds the changed range from the texts or from editor changes', () => {
    assert.deepStrictEqual(diffRange('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
    assert.deepStrictEqual(diffRange('aaa', 'aaaa'), { start: 3, oldEnd: 3, newEnd: 4 });
    assert.strictEqual(diffRange('same', 'same'), undefined);
    assert.deepStrictEqual(
      changedRangeOf([
        { rangeOffset: 10, rangeLength: 2, text: 'xyz' },
        { rangeOffset: 3, rangeLength: 0, text: 'q' },
      ]),
      { start: 3, oldEnd: 12, newEnd: 14 },
    );
  });

  it('composes the ranges of edits in a row', () => {
    // "abcdef" → "abXcdef" (insert at 2) → "abXcf" (delete "de" at 4)
    assert.deepStrictEqual(composeRanges({ start: 2, oldEnd: 2, newEnd: 3 }, { start: 4, oldEnd: 6, newEnd: 4 }), { start: 2, oldEnd: 5, newEnd: 4 });
    // An edit before the first one: "abcdef" → "abcdXef" → "YabcdXef"
    assert.deepStrictEqual(composeRanges({ start: 4, oldEnd: 4, newEnd: 5 }, { start: 0, oldEnd: 0, newEnd: 1 }), { start: 0, oldEnd: 4, newEnd: 6 });
  });

  it('parses in full when the given range does not fit the texts', () => {
    const doc = parsePush('@text a\n');
    const re = reparsePush(doc, '@text ab\n', { start: 0, oldEnd: 0, newEnd: 5 });
    assert.deepStrictEqual(re, parsePush('@text ab\n'));
  });

  it('moves the line starts of an edited text as a fresh index finds them', () => {
    const random = rng(5);
    const pieces = ['a', '\n', '\r\n', 'xy', '\n\n', ''];
    for (let k = 0; k < 3000; k++) {
      let old = '';
      for (let i = random() * 12; i > 0; i--) old += pieces[Math.floor(random() * pieces.length)];
      const start = Math.floor(random() * (old.length + 1));
      const oldEnd = start + Math.floor(random() * (old.length - start + 1));
      let inserted = '';
      for (let i = random() * 4; i > 0; i--) inserted += pieces[Math.floor(random() * pieces.length)];
      const text = old.slice(0, start) + inserted + old.slice(oldEnd);
      const moved = new LineIndex(old).afterChange(text, start, oldEnd, start + inserted.length);
      assert.deepStrictEqual(moved.starts, new LineIndex(text).starts, JSON.stringify({ old, start, oldEnd, inserted }));
    }
  });
});
