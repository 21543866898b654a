// The renderer reads where images and links are written from the model's inline nodes: local
// images are reported at their own path (not at the first place the same text occurs), and in the
// preview each image and link carries its document line and exact source span.
import * as assert from 'assert';
import { parsePush, type PushDocument } from '../../../src/core/format';
import { renderArticle } from '../../../src/core/render';
import type { RenderOptions } from '../../../src/core/render';

const HEAD = '---\naccount: A\n---\n\n@article T\nauthor: Me\n\n';

function render(body: string, options: RenderOptions = {}, crlf = false) {
  let text = `${HEAD}${body}\n`;
  if (crlf) text = text.replace(/\n/g, '\r\n');
  const doc = parsePush(text);
  return { doc, r: renderArticle(doc, doc.items[0], options) };
}

/** Each local image as [src, the text its span covers, "line:column" of its start]. */
function images(doc: PushDocument, r: ReturnType<typeof renderArticle>) {
  return r.localImages.map((i) => {
    assert.ok(i.span, `no span for ${i.src}`);
    const p = doc.lines.positionAt(i.span.start);
    return [i.src, doc.text.slice(i.span.start, i.span.end), `${p.line}:${p.character}`];
  });
}

/** The `data-line` and `data-span` of each element that has a span, with the source it names. */
function sources(doc: PushDocument, html: string) {
  return [...html.matchAll(/<(\w+)[^>]*? data-line="(\d+)" data-span="(\d+)-(\d+)"/g)].map((m) => {
    const [start, end] = [Number(m[3]), Number(m[4])];
    assert.strictEqual(doc.lines.lineAt(start), Number(m[2]), `data-line of ${m[0]}`);
    return [m[1], doc.text.slice(start, end), `${m[2]}:${start - doc.lines.lineStart(Number(m[2]))}`];
  });
}

describe('render: local images at their exact path', () => {
  for (const crlf of [false, true]) {
    const name = crlf ? 'CRLF' : 'LF';

    it(`reports the same path twice in one paragraph at each image, not where the text first occurs (${name})`, () => {
      const { doc, r } = render('See media/x.png: ![a](media/x.png) then ![media/x.png](media/x.png "media/x.png").', {}, crlf);
      assert.deepStrictEqual(images(doc, r), [
        ['media/x.png', 'media/x.png', '7:22'],
        ['media/x.png', 'media/x.png', '7:55'],
      ]);
    });

    it(`reports images in list items, nested quotes and table cells (${name})`, () => {
      const body = '- one ![a](m/a.png)\n  - two ![a](m/a.png) ![b](m/b.png)\n\n> > quoted ![a](m/a.png)\n> > and\n> > ![c](m/c.png)\n\n| m/d.png | ![d](m/d.png) |\n|---|---|\n| ![d](m/d.png) | x |';
      const { doc, r } = render(body, {}, crlf);
      assert.deepStrictEqual(images(doc, r), [
        ['m/a.png', 'm/a.png', '7:11'],
        ['m/a.png', 'm/a.png', '8:13'],
        ['m/b.png', 'm/b.png', '8:27'],
        ['m/a.png', 'm/a.png', '10:16'],
        ['m/c.png', 'm/c.png', '12:9'],
        ['m/d.png', 'm/d.png', '14:17'],
        ['m/d.png', 'm/d.png', '16:7'],
      ]);
    });

    it(`reports an <img> at its src, not at an alt that holds the same text, in a list and a quote (${name})`, () => {
      const body = '- <img alt="m/h.png" src="m/h.png"> and <img src=\'m/h.png\'>\n\n> <div>\n> <img title="m/k.png"\n>   src="m/k.png">\n> </div>';
      const { doc, r } = render(body, {}, crlf);
      assert.deepStrictEqual(images(doc, r), [
        ['m/h.png', 'm/h.png', '7:26'],
        ['m/h.png', 'm/h.png', '7:50'],
        ['m/k.png', 'm/k.png', '11:9'],
      ]);
    });
  }

  it('reports a percent-encoded or bracketed path as written, and a reference image at the image', () => {
    const { doc, r } = render('![a](m/a%20b.png) ![b](<m/c d.png>) ![r][ref]\n\n[ref]: m/r.png');
    assert.deepStrictEqual(images(doc, r), [
      ['m/a b.png', 'm/a%20b.png', '7:5'],
      ['m/c d.png', 'm/c d.png', '7:24'],
      ['m/r.png', '![r][ref]', '7:36'],
    ]);
  });
});

describe('render: source positions of images and links in the preview', () => {
  it('writes none without sourceLines (what is copied to WeChat)', () => {
    const { r } = render('a ![i](m/i.png) [l](https://mp.weixin.qq.com/s/x) [e](https://e.example)');
    assert.doesNotMatch(r.html, /data-(line|span)/);
  });

  for (const crlf of [false, true]) {
    it(`gives each image and link of a long paragraph, a list, a quote and a table its line and span (${crlf ? 'CRLF' : 'LF'})`, () => {
      const body =
        'A long paragraph\nruns on ![one](m/1.png)\nand on [ext](https://e.example/p "T") and\n[wx](https://mp.weixin.qq.com/s/x) ![two](m/2.png)\n\n' +
        '- item\n  ![three](m/3.png)\n\n> quote ![four](https://img.example/4.png)\n\n| ![five](m/5.png) |\n|---|\n| [six](https://e.example/6) |';
      const { doc, r } = render(body, { sourceLines: true }, crlf);
      assert.deepStrictEqual(sources(doc, r.html), [
        ['img', '![one](m/1.png)', '8:8'],
        ['span', '[ext](https://e.example/p "T")', '9:7'],
        ['a', '[wx](https://mp.weixin.qq.com/s/x)', '10:0'],
        ['img', '![two](m/2.png)', '10:35'],
        ['img', '![three](m/3.png)', '13:2'],
        ['img', '![four](https://img.example/4.png)', '15:8'],
        ['img', '![five](m/5.png)', '17:2'],
        ['span', '[six](https://e.example/6)', '19:2'],
      ]);
    });
  }

  it('gives an <img> in a list item and in a quoted HTML block over two lines the span of its tag (CRLF)', () => {
    const { doc, r } = render('- see <img alt="m/h.png" src="m/h.png"> here\n\n> <div>\n> <img title="t"\n>   src="m/k.png">\n> </div>', { sourceLines: true }, true);
    assert.deepStrictEqual(sources(doc, r.html), [
      ['img', '<img alt="m/h.png" src="m/h.png">', '7:6'],
      ['img', '<img title="t"\r\n>   src="m/k.png">', '10:2'],
    ]);
  });

  it('gives a link without references (the preview of a plain copy) its span on the <a>', () => {
    const { doc, r } = render('x\n- [a](https://e.example)', { sourceLines: true, linkReferences: false });
    assert.deepStrictEqual(sources(doc, r.html), [['a', '[a](https://e.example)', '8:2']]);
  });
});
