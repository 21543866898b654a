// Long single lines that used to make a rule, a quick fix or the document links read the rest of
// the line once per character (seconds at 32 KB, minutes at 256 KB). Each case here is past the
// size where that exceeded the test timeout, and checks the answer and its place, so a return of
// the quadratic path fails the suite; the growth itself is measured in `npm run bench` (hostile).
import * as assert from 'assert';
import { parsePush } from '../../../src/core/format/parse';
import { buildLinks } from '../../../src/core/language';
import { disableLineFix } from '../../../src/core/rules/edits';
import { covered, one, range, run } from './helpers';

const KB = 1024;

describe('hostile input: long lines stay linear', () => {
  it('an @image path of `aaa…/` (256 KB): the convert-to-article fix names the article “image”', () => {
    const path = `${'a'.repeat(256 * KB)}/`;
    const { doc, problems } = run(`@image ${path}\n`, 'unshareable-item');
    const p = one(problems);
    assert.strictEqual(range(doc, p), '1:1-1:7');
    assert.strictEqual(p.fixes?.[0].edits[0].newText, `@article image\ncover: ${path}\n\n![](${path})`);
    const named = one(run('@image media/spring_poster.v2.png\n', 'unshareable-item').problems);
    assert.match(named.fixes![0].edits[0].newText, /^@article spring poster\.v2\n/);
  });

  it('a `source:` URL full of dots (256 KB) is judged, at the value', () => {
    const url = `https://${'.'.repeat(256 * KB)} x`;
    const { doc, problems } = run(`@article T\nsource: ${url}\n`, 'source-url');
    assert.strictEqual(range(doc, one(problems)), `2:9-2:${9 + url.length}`);
    assert.match(problems[0].message, /must be an http\(s\) URL/);
    for (const ok of ['https://example.com', 'https://example.com/a b'.replace(' ', '%20'), 'http://a.b/c?d#e', 'https://localhost']) assert.deepStrictEqual(run(`@article T\nsource: ${ok}\n`, 'source-url').problems, [], ok);
    for (const bad of ['https://.com/x', 'https:///x', 'ftp://a.b', 'https://host/path']) assert.strictEqual(run(`@article T\nsource: ${bad}\n`, 'source-url').problems.length, 1, bad);
  });

  it('many unclosed `<a` and `<img` tags (512 KB) before a real link and image: both found, exactly', () => {
    for (const open of ['<a ', '<img ', '<a x="', "<img '"]) {
      const filler = open.repeat(Math.floor((512 * KB) / open.length));
      const text = `@article T\n\n<div>\n${filler}\n<p><a href="https://example.com/x">x</a> <img src="gone.png"></p>\n</div>\n`;
      const { doc, problems } = run(text, ['external-link', 'media-missing'], { media: new Map([['gone.png', { exists: false }]]) });
      const quoted = open.includes('"') || open.includes("'");
      if (quoted) continue; // an unclosed quote swallows what follows, as in a browser: only no stall is asked
      assert.deepStrictEqual(problems.map((p) => [p.ruleId, covered(doc, p)]), [['external-link', 'https://example.com/x'], ['media-missing', 'gone.png']], open);
      assert.strictEqual(range(doc, problems[0]), '5:13-5:34');
    }
  });

  it('the disable-next-line quick fix beside a 256 KB comment line that is not one', () => {
    const text = `@article T\n\n<!-- wxpush-disable-next-line${' '.repeat(256 * KB)}x\nbody\n`;
    const doc = parsePush(text);
    const at = text.indexOf('body');
    const fix = disableLineFix(doc, 'external-link', { start: at, end: at + 4 });
    assert.deepStrictEqual(fix?.edits, [{ span: { start: at, end: at }, newText: '<!-- wxpush-disable-next-line external-link -->\n' }]);
    const joined = parsePush('@article T\n\n<!-- wxpush-disable-next-line anchor-link   -->\nbody\n');
    const body = joined.text.indexOf('body');
    const extend = disableLineFix(joined, 'external-link', { start: body, end: body + 4 });
    const insertAt = joined.text.indexOf('anchor-link') + 'anchor-link'.length;
    assert.deepStrictEqual(extend?.edits, [{ span: { start: insertAt, end: insertAt }, newText: ' external-link' }]);
  });

  it('document links on a line of 128 K `![` and unclosed `<img` before a real image', () => {
    const line = `${'!['.repeat(64 * KB)}${'<img '.repeat(26 * KB)} ![a](media/a.png) <img src="media/b.png">`;
    const doc = parsePush(`@article T\n\n${line}\n`);
    const links = buildLinks(doc).map((l) => [doc.text.slice(l.span.start, l.span.end), l.span.start - doc.text.indexOf(line)]);
    // The unclosed `<img`s make one long tag up to the first `>`: its `src` is the last tag's.
    assert.deepStrictEqual(links, [
      ['media/a.png', line.indexOf('media/a.png')],
      ['media/b.png', line.indexOf('media/b.png')],
    ]);
  });
});
