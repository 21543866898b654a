import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { articleTitle, itemAt, parsePush, tokenLineSpan, type PushDocument, type Span } from '../../../src/core/format';

const slice = (doc: PushDocument, s: Span | undefined) => (s ? doc.text.slice(s.start, s.end) : undefined);
const at = (doc: PushDocument, offset: number) => {
  const p = doc.lines.positionAt(offset);
  return [p.line, p.character];
};

describe('parsePush', () => {
  const specText = fs.readFileSync(path.join(__dirname, '../../../../test/fixtures/spec-example.wxpush'), 'utf8');

  describe('the example of the format docs', () => {
    const doc = parsePush(specText);

    it('reads the front matter keys and values with their ranges', () => {
      const fm = doc.frontMatter!;
      assert.ok(fm.terminated);
      assert.deepStrictEqual(
        fm.fields.map((f) => [f.key, f.value]),
        [
          ['account', 'Ashley Talks'],
          ['type', 'subscription'],
          ['avatar', 'media/avatar.png'],
          ['date', '2026-11-24 20:00'],
        ],
      );
      const type = fm.fields[1];
      assert.deepStrictEqual(at(doc, type.keySpan.start), [2, 0]);
      assert.deepStrictEqual(at(doc, type.valueSpan.start), [2, 6]);
      assert.deepStrictEqual(at(doc, type.valueSpan.end), [2, 18]);
      assert.strictEqual(slice(doc, fm.span), specText.slice(0, specText.indexOf('---\n', 4) + 3));
    });

    it('finds the six items in order with their kinds and arguments', () => {
      assert.deepStrictEqual(
        doc.items.map((i) => [i.kind, i.argument?.text]),
        [
          ['article', 'What’s push content on WeChat?'],
          ['article', 'Why only articles travel'],
          ['text', undefined],
          ['image', 'media/poster.png'],
          ['audio', 'media/episode-41.mp3'],
          ['video', 'media/clip.mp4'],
        ],
      );
      assert.deepStrictEqual(doc.problems, []);
    });

    it('gives each item exact spans: directive, header line, whole item', () => {
      const a = doc.items[0];
      assert.deepStrictEqual(at(doc, a.directiveSpan.start), [7, 0]);
      assert.strictEqual(slice(doc, a.directiveSpan), '@article');
      assert.strictEqual(slice(doc, a.headerSpan), '@article What’s push content on WeChat?');
      assert.deepStrictEqual(at(doc, a.argument!.span.start), [7, 9]);
      assert.ok(slice(doc, a.span)!.endsWith('Body in **markdown**…'));
      const video = doc.items[5];
      assert.ok(slice(doc, video.span)!.endsWith('cover: media/clip-cover.jpg'), 'an item span covers its fields');
    });

    it('reads item fields as YAML values with ranges', () => {
      const a = doc.items[0];
      assert.deepStrictEqual(
        a.fields.map((f) => f.key),
        ['author', 'cover', 'digest', 'source', 'comments'],
      );
      const source = a.fields[3];
      assert.strictEqual(source.value, 'https://example.com/episode-41');
      assert.strictEqual(slice(doc, source.keySpan), 'source');
      assert.strictEqual(slice(doc, source.valueSpan), 'https://example.com/episode-41');
      assert.deepStrictEqual(at(doc, source.span.start), [11, 0]);
    });

    it('parses article bodies with markdown-it, lines mapped to the document', () => {
      const a = doc.items[0];
      assert.strictEqual(a.body!.text, 'Body in **markdown**…');
      const types = a.tokens!.map((t) => t.type);
      assert.deepStrictEqual(types, ['paragraph_open', 'inline', 'paragraph_close']);
      const span = tokenLineSpan(doc, a, a.tokens![0].map as [number, number]);
      assert.strictEqual(slice(doc, span), 'Body in **markdown**…');
      assert.deepStrictEqual(at(doc, span!.start), [14, 0]);
    });

    it('reads a text item as a message that starts after the directive', () => {
      const t = doc.items[2];
      assert.strictEqual(t.fields.length, 0);
      assert.strictEqual(t.message!.text, "Today's episode is out. Reply 41 for the transcript.");
      assert.deepStrictEqual(at(doc, t.message!.span.start), [22, 0]);
    });

    it('finds the item at an offset', () => {
      const offset = specText.indexOf('Second article body');
      assert.strictEqual(itemAt(doc, offset)?.index, 1);
      assert.strictEqual(itemAt(doc, 0), undefined);
    });
  });

  it('treats a directive inside a fenced code block as code', () => {
    const text = '@article Code\n\n```wxpush\n@text not an item\n```\n\n@text a real one\n';
    const doc = parsePush(text);
    assert.deepStrictEqual(doc.items.map((i) => i.kind), ['article', 'text']);
    assert.ok(doc.items[0].body!.text.includes('@text not an item'));
    assert.strictEqual(doc.items[1].message!.text, 'a real one');
  });

  it('follows fence rules: tildes, longer closers, and backticks in an info string', () => {
    const doc = parsePush('@article A\n\n~~~~\n@image x.png\n~~~\nstill code\n~~~~~\n@image y.png\n');
    assert.deepStrictEqual(doc.items.map((i) => i.argument?.text), ['A', 'y.png']);
    // ``` followed by a backtick in the info string is not a fence (CommonMark), so @text is an item.
    const doc2 = parsePush('@article B\n\n``` a`b\n@text item\n');
    assert.deepStrictEqual(doc2.items.map((i) => i.kind), ['article', 'text']);
  });

  it('reports an unterminated fence that swallows directives', () => {
    const doc = parsePush('@article A\n\n```js\ncode\n\n@text lost\n');
    assert.strictEqual(doc.items.length, 1);
    assert.strictEqual(doc.problems.length, 1);
    assert.strictEqual(doc.problems[0].code, 'fence-unterminated');
    assert.deepStrictEqual(at(doc, doc.problems[0].span.start), [2, 0]);
    assert.match(doc.problems[0].message, /line 6/);
  });

  it('keeps `\\@` at a line start as a literal @ in text items', () => {
    const doc = parsePush('@text Hello\n\\@article is how you start an article\n');
    assert.strictEqual(doc.items.length, 1);
    assert.strictEqual(doc.items[0].message!.text, 'Hello\n@article is how you start an article');
  });

  it('keeps a near-miss directive as an unknown directive node that owns its lines', () => {
    const doc = parsePush('@artcle Typo\nauthor: x\n\nbody\n\n@text hi\n');
    assert.strictEqual(doc.unknownDirectives.length, 1);
    const u = doc.unknownDirectives[0];
    assert.strictEqual(u.name, 'artcle');
    assert.strictEqual(u.suggestion, 'article');
    assert.deepStrictEqual([u.directiveSpan.start, u.directiveSpan.end], [0, 7]);
    assert.strictEqual(doc.text.slice(u.span.start, u.span.end), '@artcle Typo\nauthor: x\n\nbody');
    assert.deepStrictEqual(doc.items.map((i) => i.kind), ['text']);
  });

  it('treats other @words as ordinary text', () => {
    const doc = parsePush('@text hi\n@everyone please read\n@mention\n');
    assert.strictEqual(doc.items.length, 1);
    assert.strictEqual(doc.unknownDirectives.length, 0);
    assert.strictEqual(doc.items[0].message!.text, 'hi\n@everyone please read\n@mention');
  });

  it('requires whitespace or end of line after the directive name', () => {
    const doc = parsePush('@article: no\n@articles no\n@article\n');
    assert.strictEqual(doc.items.length, 1);
    assert.strictEqual(doc.items[0].argument, undefined);
  });

  it('handles CRLF line endings with exact offsets', () => {
    const text = '---\r\naccount: A\r\ntype: service\r\n---\r\n@article T\r\ncover: c.jpg\r\n\r\nBody\r\n';
    const doc = parsePush(text);
    assert.ok(doc.frontMatter!.terminated);
    assert.strictEqual(doc.frontMatter!.fields[1].value, 'service');
    assert.strictEqual(slice(doc, doc.frontMatter!.fields[1].valueSpan), 'service');
    const a = doc.items[0];
    assert.strictEqual(slice(doc, a.headerSpan), '@article T');
    assert.strictEqual(a.fields[0].value, 'c.jpg');
    assert.strictEqual(slice(doc, a.fields[0].valueSpan), 'c.jpg');
    assert.strictEqual(slice(doc, a.body!.span), 'Body');
    assert.deepStrictEqual(at(doc, a.body!.span.start), [7, 0]);
  });

  it('handles a BOM: offsets count it, nodes never include it', () => {
    const doc = parsePush('\uFEFF---\ntype: service\n---\n@text hi\n');
    assert.strictEqual(doc.bomLength, 1);
    assert.strictEqual(doc.frontMatter!.span.start, 1);
    assert.strictEqual(doc.frontMatter!.fields[0].value, 'service');
    assert.strictEqual(slice(doc, doc.frontMatter!.fields[0].keySpan), 'type');
    const doc2 = parsePush('\uFEFF@text hi\n');
    assert.strictEqual(doc2.items[0].directiveSpan.start, 1);
  });

  it('reports unterminated front matter and still finds the items after it', () => {
    const doc = parsePush('---\naccount: A\ntype: service\n\n@text hi\n');
    assert.strictEqual(doc.frontMatter!.terminated, false);
    assert.deepStrictEqual(doc.problems.map((p) => p.code), ['front-matter-unterminated']);
    assert.deepStrictEqual([doc.problems[0].span.start, doc.problems[0].span.end], [0, 3]);
    assert.deepStrictEqual(doc.frontMatter!.fields.map((f) => f.key), ['account', 'type']);
    assert.strictEqual(doc.items.length, 1);
  });

  it('reports invalid YAML in the front matter with its range instead of throwing', () => {
    const text = '---\naccount: [unclosed\ntype: service\n---\n@text hi\n';
    const doc = parsePush(text);
    const yamlProblems = doc.problems.filter((p) => p.code === 'front-matter-yaml');
    assert.ok(yamlProblems.length >= 1);
    for (const p of yamlProblems) {
      assert.ok(p.span.start >= 4 && p.span.end <= text.indexOf('---', 4), 'inside the front matter');
    }
    assert.strictEqual(doc.items.length, 1);
  });

  it('reports front matter that is not a map', () => {
    const doc = parsePush('---\n- a\n- b\n---\n');
    assert.deepStrictEqual(doc.problems.map((p) => p.code), ['front-matter-not-map']);
    assert.deepStrictEqual([doc.problems[0].span.start, doc.problems[0].span.end], [4, 12]);
  });

  it('reads flow collections, booleans and quoted strings as YAML, and colons in titles as text', () => {
    const doc = parsePush('@article X\ntitle: Part 2: the sequel\noriginal: true\ntags: [a, b]\ndigest: "quoted: yes"\nauthor: \n');
    const v = Object.fromEntries(doc.items[0].fields.map((f) => [f.key, f.value]));
    assert.deepStrictEqual(v, { title: 'Part 2: the sequel', original: true, tags: ['a', 'b'], digest: 'quoted: yes', author: null });
    assert.strictEqual(articleTitle(doc.items[0])!.text, 'Part 2: the sequel');
  });

  it('reports a broken quoted field value', () => {
    const doc = parsePush('@article X\ndigest: "unclosed\n');
    assert.deepStrictEqual(doc.problems.map((p) => p.code), ['field-yaml']);
    assert.strictEqual(slice(doc, doc.problems[0].span), '"unclosed');
  });

  it('ends the field block at the first line of another shape', () => {
    const doc = parsePush('@article X\nauthor: A\nThis line: looks like prose\nnot: a field any more\n');
    assert.deepStrictEqual(doc.items[0].fields.map((f) => f.key), ['author']);
    assert.ok(doc.items[0].body!.text.startsWith('This line: looks like prose'));
  });

  it('gives @text no fields', () => {
    const doc = parsePush('@text\ntitle: not a field\n');
    assert.strictEqual(doc.items[0].fields.length, 0);
    assert.strictEqual(doc.items[0].message!.text, 'title: not a field');
  });

  it('keeps stray content under media items as their body', () => {
    const doc = parsePush('@image a.png\n\nA caption\n\n@text hi\n');
    assert.strictEqual(doc.items[0].body!.text, 'A caption');
    assert.deepStrictEqual(at(doc, doc.items[0].body!.span.start), [2, 0]);
  });

  it('keeps content before the first item as loose content, ignoring wxpush comments', () => {
    const doc = parsePush('---\ntype: service\n---\n<!-- wxpush-disable push-empty -->\n\nHello there\nmore\n\n@text hi\n');
    assert.strictEqual(doc.looseContent.length, 1);
    assert.strictEqual(doc.looseContent[0].text, 'Hello there\nmore');
  });

  it('parses wxpush comments with their rule ids and ranges', () => {
    const text = '<!-- wxpush-disable title-length external-link -->\n@article A\n<!-- wxpush-disable-next-line -->\n<!--wxpush-enable title-length-->\n';
    const doc = parsePush(text);
    assert.deepStrictEqual(
      doc.comments.map((c) => [c.kind, c.rules.map((r) => r.text)]),
      [
        ['disable', ['title-length', 'external-link']],
        ['disable-next-line', []],
        ['enable', ['title-length']],
      ],
    );
    assert.strictEqual(slice(doc, doc.comments[0].rules[1].span), 'external-link');
    assert.strictEqual(slice(doc, doc.comments[2].span), '<!--wxpush-enable title-length-->');
  });

  it('does not take a wxpush comment line at the end of an image item as stray content', () => {
    const doc = parsePush('@image a.png\n<!-- wxpush-disable-next-line unshareable-item -->\n@text hi\n');
    assert.strictEqual(doc.items[0].body, undefined);
  });

  it('spares the YAML parser a value nested deeper than it can take, with a clear problem', () => {
    const field = parsePush('@article A\ncover: ' + '['.repeat(50000) + '\n');
    assert.deepStrictEqual(field.problems.map((p) => [p.code, p.message]), [['field-yaml', 'Invalid value: lists or maps nested more than 32 levels deep.']]);
    assert.strictEqual(field.items[0].fields[0].value, '['.repeat(50000));
    const fm = parsePush('---\ntype: service\ncover: ' + '{a: '.repeat(20000) + '\n---\n@text x');
    assert.deepStrictEqual(fm.problems.map((p) => p.code), ['front-matter-yaml']);
    assert.strictEqual(fm.items.length, 1);
    // Deep enough for any real value, and brackets inside quotes do not count.
    assert.deepStrictEqual(parsePush('@article A\ndigest: "' + '['.repeat(100) + '"\ncover: [[a]]\n').problems, []);
  });

  describe('HTML comments hide what is inside them', () => {
    it('takes no item from directive lines inside a comment, on one line or many', () => {
      const text = [
        '<!--', // 0
        '@article Skipped before the first item',
        '-->',
        '@article A', // 3
        '',
        'Body.',
        '<!-- @image one-line.png -->',
        '<!--',
        '@image skipped.png',
        '@text skipped',
        '-->',
        'More body.',
        '@image poster.png', // 12
        '<!-- @audio skipped.mp3',
        '-->',
        '@text', // 15
        'Hello',
      ].join('\n');
      const doc = parsePush(text);
      assert.deepStrictEqual(doc.items.map((i) => [i.kind, doc.lines.lineAt(i.directiveSpan.start)]), [['article', 3], ['image', 12], ['text', 15]]);
      assert.deepStrictEqual(doc.problems, []);
      assert.deepStrictEqual(doc.htmlComments.map((c) => [at(doc, c.span.start), at(doc, c.span.end), c.closed]), [
        [[0, 0], [2, 3], true],
        [[6, 0], [6, 28], true],
        [[7, 0], [10, 3], true],
        [[13, 0], [14, 3], true],
      ]);
      // The commented-out lines stay in the article body, where markdown-it reads them as a comment.
      assert.ok(doc.items[0].tokens!.some((t) => t.type === 'html_block' && t.content.includes('@image skipped.png')));
    });

    it('keeps fenced code, inline code and the `\\@` escape working', () => {
      const text = ['@article A', '', '```', '<!--', '```', 'Write `<!--` to open a comment.', '@image kept.png', '@text', '\\@article <!-- x -->', 'two'].join('\n');
      const doc = parsePush(text);
      assert.deepStrictEqual(doc.items.map((i) => i.kind), ['article', 'image', 'text']);
      assert.strictEqual(doc.items[2].message!.text, '@article \ntwo');
    });

    it('follows markdown-it in an article: a comment opened mid-paragraph must close before the paragraph ends', () => {
      const closes = parsePush(['@article A', '', 'Text <!-- a note', 'over lines -->', '@text after'].join('\n'));
      assert.deepStrictEqual(closes.items.map((i) => i.kind), ['article', 'text']);
      assert.strictEqual(closes.htmlComments.length, 1);
      // The directive ends the body markdown-it reads, and the paragraph with it.
      const directive = parsePush(['@article A', '', 'Text <!-- a note', '@image shown.png', '-->'].join('\n'));
      assert.deepStrictEqual(directive.items.map((i) => i.kind), ['article', 'image']);
      const never = parsePush(['@article A', '', 'Text <!-- not a comment', '', '@image shown.png'].join('\n'));
      assert.deepStrictEqual(never.items.map((i) => i.kind), ['article', 'image']);
      assert.deepStrictEqual(never.htmlComments, []);
    });

    it('reports a comment that never closes and hides directives, and hides them', () => {
      const text = ['@article A', '', 'Body', '<!-- old items', '@image a.png', '', '@text b'].join('\n');
      const doc = parsePush(text);
      assert.deepStrictEqual(doc.items.map((i) => i.kind), ['article']);
      assert.strictEqual(doc.problems.length, 1);
      assert.strictEqual(doc.problems[0].code, 'comment-unterminated');
      assert.match(doc.problems[0].message, /hides everything after it, 2 item directives included/);
      assert.deepStrictEqual(doc.problems[0].data, { count: 2 });
      assert.strictEqual(slice(doc, doc.problems[0].span), '<!-- old items');
      assert.deepStrictEqual(doc.htmlComments, [{ span: { start: text.indexOf('<!--'), end: text.length }, closed: false }]);
    });

    it('keeps comments out of a text message and a title or path', () => {
      const text = ['@text Hi <!-- greeting -->', '<!-- a note', 'over two lines -->', 'See you <!-- x --> soon.', '<!-- last -->', '@image a.png <!-- was b.png -->', '@article T <!-- draft -->'].join('\n');
      const doc = parsePush(text);
      assert.strictEqual(doc.items[0].message!.text, 'Hi\nSee you  soon.');
      assert.strictEqual(doc.items[1].argument!.text, 'a.png');
      assert.strictEqual(doc.items[2].argument!.text, 'T');
    });

    it('finds disable comments among the HTML comments, not in fenced code', () => {
      const text = ['@article A', '', '```', '<!-- wxpush-disable -->', '```', '<!-- wxpush-disable-next-line anchor-link -->', '[a](#b)'].join('\n');
      const doc = parsePush(text);
      assert.deepStrictEqual(doc.comments.map((c) => [c.kind, c.rules.map((r) => slice(doc, r.span))]), [['disable-next-line', ['anchor-link']]]);
    });
  });

  for (const [name, text] of [
    ['an empty file', ''],
    ['only front matter', '---\naccount: A\n---\n'],
    ['a lone fence', '---'],
    ['a lone directive', '@article'],
    ['binary junk', '\u0000\u0001\uFFFD@\u0000---\n\u0007@text\u0000\n```'],
  ] as const) {
    it(`never throws on ${name}`, () => {
      const doc = parsePush(text);
      assert.ok(Array.isArray(doc.items));
    });
  }

  it('parses a 10 MB file in one pass', () => {
    const article = '@article Long\ncover: a.jpg\n\n' + 'A paragraph of text that goes on for a while. '.repeat(20) + '\n\n';
    const text = ('---\ntype: service\n---\n' + article.repeat(Math.ceil(10e6 / article.length))).slice(0, 10e6);
    const doc = parsePush(text);
    assert.ok(doc.items.length > 9000);
  });
});
