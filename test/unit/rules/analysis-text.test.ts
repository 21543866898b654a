import * as assert from 'assert';
import { parsePush } from '../../../src/core/format/parse';
import { Analysis } from '../../../src/core/rules/analysis';
import { charCount, firstChars } from '../../../src/core/text/count';
import { rng } from '../../support/fuzz';

// Pieces whose clusters, whitespace and blocks make the start of the text hard to settle early:
// emoji sequences, flags, combining marks, runs of blanks and line breaks, code, empty blocks.
const PIECES = ['word ', '字', '，', '👨‍👩‍👧', '🇨🇳', '👍🏻', 'e\u0301', '\u0301', '한', '   ', '\n', '\n\n', '\t', '`code  span`', '**b**', '\n\n```\nx   y\n```\n\n', '\n\n- item\n- ', '\n\n> q ', '<b>html</b>', '&nbsp;', '\u3000', '\u00a0', '\n\n# h\n\n'];

function body(r: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

describe('Analysis.plainTextStart', () => {
  it('equals the first characters of the whole plain text, however long the body and wherever it settles', () => {
    const r = rng(3);
    let early = 0;
    for (let k = 0; k < 400; k++) {
      const length = [20, 60, 300, 600, 2000, 9000][k % 6];
      const doc = parsePush(`@article A\n\n${body(r, length)}\n`);
      const item = doc.items[0];
      for (const n of [1, 54, 120]) {
        const fresh = new Analysis(doc);
        const start = fresh.plainTextStart(item, n);
        const expected = firstChars(new Analysis(doc).plainText(item), n);
        assert.strictEqual(start, expected, JSON.stringify({ k, n, body: item.body?.text.slice(0, 300) }));
        if (length >= 2000) early++;
      }
    }
    assert.ok(early > 100);
  });

  it('settles on the start of a long body without reading the rest', () => {
    const paragraphs = Array.from({ length: 5000 }, (_, i) => `Paragraph ${i} of a long article.`).join('\n\n');
    const doc = parsePush(`@article A\n\n${paragraphs}\n`);
    const item = doc.items[0];
    // A block that is never reached: its text would throw if it were read.
    const tokens = item.tokens!;
    const last = tokens.filter((t) => t.type === 'inline').pop()!;
    Object.defineProperty(last, 'children', { get: () => assert.fail('the last block was read') });
    assert.strictEqual(new Analysis(doc).plainTextStart(item, 54), firstChars('Paragraph 0 of a long article. Paragraph 1 of a long article.', 54));
  });
});

describe('Analysis.textChars', () => {
  it('counts the visible text as one string would be counted, with and without characters other than simple ones', () => {
    const r = rng(9);
    let simple = 0;
    for (let k = 0; k < 300; k++) {
      const text = body(r, [10, 80, 400, 3000][k % 4]);
      // Half the bodies of simple characters only (the counting path that reads piece by piece).
      const b = k % 2 ? text : text.replace(/[^\x00-\x7f字，]/gu, 'x');
      if (k % 2 === 0) simple++;
      const doc = parsePush(`@article A\n\n${b}\n`);
      const item = doc.items[0];
      const tokens = item.tokens!;
      let joined = '';
      for (const t of tokens) {
        if (t.type === 'inline') {
          for (const c of t.children ?? []) if (c.type === 'text' || c.type === 'code_inline') joined += c.content;
          joined += ' ';
        } else if (t.type === 'fence' || t.type === 'code_block') joined += t.content + ' ';
      }
      assert.strictEqual(new Analysis(doc).textChars(item), charCount(joined.replace(/\s+/g, '')), JSON.stringify(b.slice(0, 200)));
    }
    assert.ok(simple >= 150);
  });
});
