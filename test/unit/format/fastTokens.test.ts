// The parser's markdown-it builds its tokens without the class-field helper; the tokens must be
// exactly what markdown-it itself makes with the same plugins: same fields in the same order, same
// values, same prototype, the same footnote data in the environment.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import MarkdownIt = require('markdown-it');
import cjkFriendly from 'markdown-it-cjk-friendly';
import footnote from 'markdown-it-footnote';
import { createMarkdown, parsePush } from '../../../src/core/format';
import type { MdToken } from '../../../src/core/format/markdown';
import { articleBody } from '../../../bench/corpus';

function plain() {
  return new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false }).use(cjkFriendly).use(footnote);
}

function assertSame(a: MdToken[], b: MdToken[], where: string) {
  assert.strictEqual(a.length, b.length, where);
  for (let i = 0; i < a.length; i++) {
    assert.deepStrictEqual(Object.keys(a[i]), Object.keys(b[i]), `${where}: fields of token ${i}`);
    assert.strictEqual(Object.getPrototypeOf(a[i]), Object.getPrototypeOf(b[i]));
    if (a[i].children || b[i].children) assertSame(a[i].children ?? [], b[i].children ?? [], `${where} > ${i}`);
  }
  assert.deepStrictEqual(a, b, where);
}

const SAMPLE = [
  '# Title with *em* and **strong** and ~~gone~~',
  '**中文（括号）。**继续 and `code` <span class="x">html</span> a@b.cn www.example.com',
  '- one\n  - two [link](https://example.com "t")\n\n1. ![alt *x*](media/a.png)\n2. <https://auto.link>',
  '> quote\n> > nested\\\n> hard break &amp; entity',
  '| a | b |\n|---|:-:|\n| `c` | [^1] |',
  '```js\nlet x = 1;\n```\n\n<div>\nblock html\n</div>\n\n[ref]: https://example.org\n\n[ref] and note^[inline note]',
  '[^1]: A footnote with **bold**.\n\n    indented code',
].join('\n\n');

describe('markdown: tokens built without the class-field helper', () => {
  it('equal markdown-it’s own tokens for a sample of every construct, the bench bodies and the examples', () => {
    const ours = createMarkdown();
    const theirs = plain();
    const bodies = [SAMPLE, articleBody(6000, 0), articleBody(6000, 5), '', 'x'];
    const dir = path.join(__dirname, '../../../../examples');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.wxpush'))) {
      for (const it of parsePush(fs.readFileSync(path.join(dir, f), 'utf8')).items) if (it.body && it.kind === 'article') bodies.push(it.body.text);
    }
    assert.ok(bodies.length > 6);
    for (const [i, b] of bodies.entries()) {
      const envA: Record<string, unknown> = {};
      const envB: Record<string, unknown> = {};
      assertSame(ours.parse(b, envA), theirs.parse(b, envB), `body ${i}`);
      assert.deepStrictEqual(envA, envB);
      assert.strictEqual(ours.render(b), theirs.render(b));
    }
    assertSame(ours.parseInline('a *b* [c](d)', {}), theirs.parseInline('a *b* [c](d)', {}), 'inline');
  });
});
