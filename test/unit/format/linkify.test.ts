// Bare e-mail addresses (and `mailto:`) are linked by markdown-it after inline parsing, inside text
// tokens. The model gives each one the exact span of the address, from the tokens and the source,
// wherever it stands and whatever comes before it on the line.
import * as assert from 'assert';
import { parsePush, type PushDocument } from '../../../src/core/format';
import { sharedMarkdown } from '../../../src/core/format/markdown';

/** Each linkified link as [href, the text its span covers, "line:column"]. */
function linkified(doc: PushDocument) {
  return doc.items[0].inline!.filter((n) => n.origin === 'linkify').map((n) => {
    const p = doc.lines.positionAt(n.span.start);
    assert.deepStrictEqual([n.textSpan, n.targetSpan], [n.span, n.span]);
    return [n.target, doc.text.slice(n.span.start, n.span.end), `${p.line}:${p.character}`];
  });
}

describe('inline nodes: bare e-mail links', () => {
  for (const crlf of [false, true]) {
    it(`places each address after emphasis, escapes, entities, code, breaks and notes, in lists, quotes and tables (${crlf ? 'CRLF' : 'LF'})`, () => {
      let text =
        '@article T\n\n' +
        'a@b.cn `c@d.cn` **e@f.cn** \\*x &amp; g@h.cn  \n' +
        'i@j.cn[^1] mailto:k@l.cn <span>m@n.cn</span> [o@p.cn](x) q@r.cn\n\n' +
        '- one\n  - two *s@t.cn*\n\n' +
        '> > u@v.cn\n\n' +
        '| w@x.cn | `y` z@a.cn |\n|---|---|\n| b@c.cn | d@e.cn |\n\n' +
        '[^1]: f@g.cn\n';
      if (crlf) text = text.replace(/\n/g, '\r\n');
      const doc = parsePush(text);
      assert.deepStrictEqual(linkified(doc), [
        ['mailto:a@b.cn', 'a@b.cn', '2:0'],
        ['mailto:e@f.cn', 'e@f.cn', '2:18'],
        ['mailto:g@h.cn', 'g@h.cn', '2:37'],
        ['mailto:i@j.cn', 'i@j.cn', '3:0'],
        ['mailto:k@l.cn', 'mailto:k@l.cn', '3:11'],
        ['mailto:m@n.cn', 'm@n.cn', '3:31'],
        ['mailto:q@r.cn', 'q@r.cn', '3:57'],
        ['mailto:s@t.cn', 's@t.cn', '6:9'],
        ['mailto:u@v.cn', 'u@v.cn', '8:4'],
        ['mailto:w@x.cn', 'w@x.cn', '10:2'],
        ['mailto:z@a.cn', 'z@a.cn', '10:15'],
        ['mailto:b@c.cn', 'b@c.cn', '12:2'],
        ['mailto:d@e.cn', 'd@e.cn', '12:11'],
        ['mailto:f@g.cn', 'f@g.cn', '14:6'],
      ]);
    });
  }

  it('places an address that repeats on its line at each occurrence, not at the first', () => {
    const text = '@article T\n\n`a@b.cn` a@b.cn, *a@b.cn* and a@b.cn\n';
    const doc = parsePush(text);
    assert.deepStrictEqual(linkified(doc).map((l) => l[2]), ['2:9', '2:18', '2:30']);
  });

  it('places an address with a Chinese or accented domain, whose link is punycode-encoded', () => {
    const doc = parsePush('@article T\n\n写信给 x@例子.cn 或 mailto:y@bücher.de 吧\n');
    assert.deepStrictEqual(linkified(doc), [
      ['mailto:x@xn--fsqu00a.cn', 'x@例子.cn', '2:4'],
      ['mailto:y@xn--bcher-kva.de', 'mailto:y@bücher.de', '2:14'],
    ]);
  });

  it('gives every linked address of 2,000 random bodies (LF and CRLF) the span of the address itself', function () {
    this.timeout(60000);
    const md = sharedMarkdown();
    const pieces = ['a@b.cn', 'x.y@mail.example.com', 'mailto:m@n.org', '**', '*', '_', '~~', '`', '\\', '\\*', '&amp;', '&#42;', '  \n', '\n', ' ', '中文', '[', ']', '(u)', '![i](p.png)', '<b>', '</b>', '<a href="h">', '</a>', '[^1]', '- ', '> ', '| ', ' |', '\n|---|\n', 'https://e.example/a@b.cn', '1. ', '\t'];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let checked = 0;
    for (let k = 0; k < 2000; k++) {
      let body = '';
      for (let i = 0, n = 3 + rand(25); i < n; i++) body += pieces[rand(pieces.length)];
      for (const text of [`@article T\n\n${body}\n\n[^1]: n\n`, `@article T\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`]) {
        const doc = parsePush(text);
        let last = -1;
        for (const n of doc.items[0]?.inline ?? []) {
          if (n.origin !== 'linkify') continue;
          // In token order, so in document order: never the same occurrence twice.
          assert.ok(n.span.start >= last && n.span.end > n.span.start, `${JSON.stringify(body)}: link out of order`);
          last = n.span.end;
          const src = text.slice(n.span.start, n.span.end);
          const wanted = [md.normalizeLink(src), md.normalizeLink('mailto:' + src)];
          assert.ok(wanted.includes(n.target!), `${JSON.stringify(body)}: ${JSON.stringify(src)} is not ${n.target}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 500, `only ${checked} links checked`);
  });
});
