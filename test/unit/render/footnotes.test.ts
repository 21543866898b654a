// Footnotes: markdown-it-footnote parses them; the renderer numbers them with the link references
// and lists them at the end; the rules read them as ordinary text.
import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { renderArticle } from '../../../src/core/render';
import { GOOD_COVER, media, range, run, VALID } from '../rules/helpers';

function render(body: string, options = {}) {
  const doc = parsePush(`@article T\nauthor: Me\n\n${body}\n`);
  return renderArticle(doc, doc.items[0], options);
}

describe('render: footnotes', () => {
  it('numbers notes and links in one sequence, in order of first mention', () => {
    const r = render('A[^a] [b](https://b.example) C[^c] again[^a].\n\n[^c]: See C.\n[^a]: About A.');
    assert.deepStrictEqual(
      r.references.map((x) => [x.n, x.note ?? null, x.url, x.text]),
      [
        [1, 'a', '', 'About A.'],
        [2, null, 'https://b.example', 'b'],
        [3, 'c', '', 'See C.'],
      ],
    );
    assert.deepStrictEqual([...r.html.matchAll(/<sup[^>]*>\[(\d+)\]<\/sup>/g)].map((m) => m[1]), ['1', '2', '3', '1']);
    assert.match(r.text, /^A\[1\] b\[2\] C\[3\] again\[1\]\.\n\nNotes\n\[1\] About A\.\n\[2\] b: https:\/\/b\.example\n\[3\] See C\.$/);
  });

  it('writes the notes at the end in the references style, with no in-page links, ids or classes', () => {
    const r = render('Text[^1].\n\n[^1]: The note.');
    const end = r.html.indexOf('Notes');
    assert.ok(end > r.html.indexOf('Text'), 'the list comes after the text');
    assert.match(r.html, /<p style="[^"]*word-wrap:break-word">\[1\] The note\.<\/p><\/section><\/section>$/);
    assert.doesNotMatch(r.html, /href="#|\s(?:id|class)=|↩/);
  });

  it('heads the list 注释 in Chinese, and keeps 参考资料 when there are only links', () => {
    assert.match(render('文字[^1]\n\n[^1]: 注。', { locale: 'zh-cn' }).html, />注释<\/p>/);
    assert.match(render('[文档](https://a.example)', { locale: 'zh-cn' }).html, />参考资料<\/p>/);
  });

  it('renders an undefined label and a note nobody mentions as the author wrote them', () => {
    const r = render('See [^nope].\n\n[^unused]: Never mentioned.');
    assert.deepStrictEqual(r.references, []);
    assert.match(r.text, /See \[\^nope\]\./);
    assert.doesNotMatch(r.html, /Never mentioned/);
  });

  it('keeps a link inside a note as a reference of its own, listed after the note', () => {
    const r = render('Text[^1].\n\n[^1]: Read [the spec](https://spec.example).');
    assert.deepStrictEqual(r.references.map((x) => [x.n, x.url, x.text]), [
      [1, '', 'Read the spec[2].'],
      [2, 'https://spec.example', 'the spec'],
    ]);
  });
});

describe('rules: footnotes', () => {
  const push = (body: string) => `${VALID}\n${body}\n`;
  const ctx = { media: media({ 'cover.png': GOOD_COVER }) };

  it('reports nothing about footnote syntax itself', () => {
    const { problems } = run(push('A note[^1], an inline one^[Inline.] and [^undefined].\n\n[^1]: The note.\n\n    Its second paragraph.'), undefined, ctx);
    assert.deepStrictEqual(problems.map((p) => p.ruleId), []);
  });

  it('still judges what a note holds, at its exact place', () => {
    const { doc, problems } = run(push('Text[^1].\n\n[^1]: See [the docs](https://docs.example) and [top](#top).'), undefined, ctx);
    assert.deepStrictEqual(problems.map((p) => [p.ruleId, range(doc, p)]), [
      ['external-link', '15:22-15:42'],
      ['anchor-link', '15:54-15:58'],
    ]);
  });
});
