// Links, images, inline HTML and emphasis in lists, quotes and tables get their exact span from
// the model's inline nodes, and every fix edits from those spans, so nested constructs survive.
import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { buildLinks } from '../../../src/core/language/links';
import { covered, fixed, range, run } from './helpers';

const FM = '---\naccount: A\ntype: service\ndate: 2026-11-25\n---\n';

describe('exact ranges in lists, quotes and tables', () => {
  it('anchor-link points at the anchor in a list item, a nested quote and a table cell', () => {
    const text = FM + '@article A\ncover: c.png\n\n- one [top](#top)\n  - two #x [x](#x)\n\n> > deep [y](#y)\n\n| a | b |\n|---|---|\n| [z](#z) | w |\n';
    const { doc, problems } = run(text, 'anchor-link');
    assert.deepStrictEqual(problems.map((p) => [covered(doc, p), range(doc, p)]), [
      ['#top', '9:13-9:17'],
      ['#x', '10:16-10:18'],
      ['#y', '12:14-12:16'],
      ['#z', '16:7-16:9'],
    ]);
  });

  it('external-link and remote-media point at the URL in a quote and a table with CRLF line breaks', () => {
    const text = (FM + '@article A\ncover: c.png\n\n> see [site](https://example.com/a) and <https://example.org/b>\n> ![p](https://img.example.com/p.png)\n\n| ![q](https://img.example.com/q.png) |\n|---|\n').replace(/\n/g, '\r\n');
    const links = run(text, 'external-link');
    assert.deepStrictEqual(links.problems.map((p) => [covered(links.doc, p), range(links.doc, p)]), [
      ['https://example.com/a', '9:14-9:35'],
      ['https://example.org/b', '9:42-9:63'],
    ]);
    const images = run(text, 'remote-media');
    assert.deepStrictEqual(images.problems.map((p) => covered(images.doc, p)), ['https://img.example.com/p.png', 'https://img.example.com/q.png']);
  });

  it('script and stylesheet point at the tag or attribute inside a list item and a quoted HTML block', () => {
    const text = FM + '@article A\ncover: c.png\n\n- a <b onclick="go()">b</b> list\n\n> <div>\n> <p class="x">y</p>\n> </div>\n';
    const s = run(text, 'script');
    assert.deepStrictEqual(s.problems.map((p) => [covered(s.doc, p), range(s.doc, p)]), [['onclick="go()"', '9:8-9:22']]);
    const c = run(text, 'stylesheet');
    assert.deepStrictEqual(c.problems.map((p) => [covered(c.doc, p), range(c.doc, p)]), [['class="x"', '12:6-12:15']]);
  });

  it('gives emphasis, code spans and HTML their spans in the model', () => {
    const text = '@article A\n\n1. a **bold** and *it* `code`\n   > <i>x</i> ~~gone~~\n';
    const doc = parsePush(text);
    assert.deepStrictEqual(doc.items[0].inline!.map((n) => [n.type, text.slice(n.span.start, n.span.end)]), [
      ['strong', '**bold**'],
      ['emphasis', '*it*'],
      ['code', '`code`'],
      ['html', '<i>'],
      ['html', '</i>'],
      ['strikethrough', '~~gone~~'],
    ]);
  });
});

describe('fixes edit from exact inline spans', () => {
  const article = (body: string) => FM + '@article A\ncover: c.png\n\n' + body + '\n';
  for (const [name, body, after] of [
    ['an image inside the link', '[![img](a.png)](#top)', '![img](a.png)'],
    ['code with brackets inside the link', '[`a[0]`](#x)', '`a[0]`'],
    ['a link with a title', '[a](#x "t")', 'a'],
    ['a link in a list item, after another', '- [b](#b) and [![i](i.png) c](#c)', '- b and ![i](i.png) c'],
    ['a link in a nested quote over two lines', '> > see [the\n> > summary](#sum "S") below', '> > see the\n> > summary below'],
    ['a link in a table cell', '| [**x**](#x) | [y](#y) |\n|---|---|', '| **x** | y |\n|---|---|'],
  ]) {
    it(`anchor-link unlinks ${name} and keeps the rest intact`, () => {
      const text = article(body);
      let out = text;
      // Apply the fixes one at a time, as the editor does, re-linting in between.
      for (let i = 0; i < 5; i++) {
        const p = run(out, 'anchor-link').problems[0];
        if (!p) break;
        out = fixed(out, p);
      }
      assert.strictEqual(out, article(after));
    });
  }

  it('external-link moves the URL to source: and unlinks a link with a title and emphasis inside', () => {
    const text = article('- read [**the** post](https://example.com/p "Post") now');
    const p = run(text, 'external-link').problems[0];
    assert.strictEqual(fixed(text, p), text.replace('cover: c.png\n', 'cover: c.png\nsource: https://example.com/p\n').replace('[**the** post](https://example.com/p "Post")', '**the** post'));
  });
});

describe('document links and hovers read the inline nodes', () => {
  it('link body images exactly in a quote, a table and a quoted HTML block, not in code or comments', () => {
    const text = '@article A\n\n> ![a](media/a.png) `![no](x.png)`\n\n| ![b](<media/my b.png>) |\n|---|\n\n> <p>\n> <img src="media/c.png">\n> </p>\n\n<!-- ![d](d.png) -->\n';
    const doc = parsePush(text);
    const links = buildLinks(doc);
    assert.deepStrictEqual(links.map((l) => [text.slice(l.span.start, l.span.end), doc.lines.positionAt(l.span.start).line]), [
      ['media/a.png', 2],
      ['media/my b.png', 4],
      ['media/c.png', 8],
    ]);
  });
});
