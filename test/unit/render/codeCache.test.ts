import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { BUILTIN_THEMES, CodeCache, renderArticle, type RenderOptions } from '../../../src/core/render';
import { buildTheme } from '../../../src/core/render/themes/build';

const BLOCKS = [
  '```js\nconst a = "x" & \'y\' < 3;\n\tlet b = `t ${a}`; // c\n```',
  '```python\ndef f(x):\n    return f"{x}"  # c\n```',
  '```html\n<div class="a">&amp; <!-- c --></div>\n```',
  '```unknown-language\nkept   as   written\n```',
  '```\nno language\r\n```',
  '    indented <b>code</b>',
  '- in a list\n\n  ```ts\n  let   x: number = 1\n  ```',
];

function push(blocks: string[]) {
  return parsePush(`@article Code\nauthor: Me\n\n${blocks.join('\n\nSome words between.\n\n')}\n`);
}

function render(blocks: string[], options: RenderOptions) {
  const doc = push(blocks);
  const r = renderArticle(doc, doc.items[0], options);
  return { html: r.html, text: r.text };
}

const themes = BUILTIN_THEMES.map((def) => buildTheme(def.look, def.options));

describe('render: coloured code cache (preview)', () => {
  it('renders the same HTML and text with and without the cache, from a cold and a warm cache', () => {
    for (const theme of themes) {
      for (const sourceLines of [false, true]) {
        const cache = new CodeCache();
        const plain = render(BLOCKS, { theme, sourceLines });
        assert.deepStrictEqual(render(BLOCKS, { theme, sourceLines, codeCache: cache }), plain);
        const held = cache.size;
        assert.ok(held >= 5, `fences are kept (${held})`);
        assert.deepStrictEqual(render(BLOCKS, { theme, sourceLines, codeCache: cache }), plain);
        assert.strictEqual(cache.size, held, 'a second render of the same article adds nothing');
      }
    }
  });

  it('re-colours only what changed: an edited block gets its own entry and its own HTML', () => {
    const cache = new CodeCache();
    const theme = themes[0];
    render(BLOCKS, { theme, codeCache: cache });
    const held = cache.size;
    const edited = [...BLOCKS];
    edited[1] = '```python\ndef g(y):\n    return None\n```';
    assert.deepStrictEqual(render(edited, { theme, codeCache: cache }), render(edited, { theme }));
    assert.strictEqual(cache.size, held + 1);
  });

  it('never gives one theme the colours of another', () => {
    const [a, , c] = themes;
    const cache = new CodeCache();
    const inA = render(BLOCKS, { theme: a, codeCache: cache });
    const inC = render(BLOCKS, { theme: c, codeCache: cache });
    assert.deepStrictEqual(inC, render(BLOCKS, { theme: c }));
    // The two themes colour code differently, so reusing A's blocks would have shown.
    assert.notStrictEqual(inA.html, inC.html);
    assert.deepStrictEqual(render(BLOCKS, { theme: a, codeCache: cache }), inA);
  });

  it('stays within its entries and characters, dropping the least recently used first', () => {
    const cache = new CodeCache(10, 5_000);
    const theme = themes[0];
    const blocks = Array.from({ length: 40 }, (_, i) => '```js\nconst value' + i + ' = ' + 'x'.repeat(i * 3) + ';\n```');
    const full = render(blocks, { theme, codeCache: cache });
    assert.deepStrictEqual(full, render(blocks, { theme }));
    assert.ok(cache.size <= 10, `entries: ${cache.size}`);
    assert.ok(cache.heldChars <= 5_000, `characters: ${cache.heldChars}`);
    // The last blocks rendered are the ones kept: rendering the last one again adds nothing.
    const held = cache.size;
    render(blocks.slice(-1), { theme, codeCache: cache });
    assert.strictEqual(cache.size, held);
    const before = cache.heldChars;
    render(blocks.slice(0, 1), { theme, codeCache: cache });
    assert.notStrictEqual(cache.heldChars, before, 'the first block was dropped and comes back');
  });

  it('does not keep a block bigger than a quarter of its room', () => {
    const cache = new CodeCache(10, 1_000);
    render(['```js\n' + 'let a = 1;\n'.repeat(40) + '```'], { theme: themes[0], codeCache: cache });
    assert.strictEqual(cache.size, 0);
  });
});
