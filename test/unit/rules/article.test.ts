import * as assert from 'assert';
import { covered, GOOD_COVER, media, one, range, ranges, run, VALID } from './helpers';
import { renderArticle } from '../../../src/core/render';

describe('article rules', () => {
  describe('title-required', () => {
    it('fires on an article without a title', () => {
      const { doc, problems } = run('@article\ncover: c.png\n\nBody\n', 'title-required');
      const p = one(problems);
      assert.strictEqual(p.severity, 'error');
      assert.strictEqual(range(doc, p), '1:1-1:9');
    });
    it('accepts a title field instead of the argument', () => {
      assert.deepStrictEqual(run('@article\ntitle: From the field\n', 'title-required').problems, []);
      assert.deepStrictEqual(run(VALID, 'title-required').problems, []);
    });
  });

  describe('title-length', () => {
    it('warns over 32 characters, errs over 64, counting CJK characters as one', () => {
      const t33 = 'a'.repeat(33);
      const t65 = '标'.repeat(65);
      const { doc, problems } = run(`@article ${t33}\n\n@article ${t65}\n\n@article\ntitle: ${'字'.repeat(32)}\n`, 'title-length');
      assert.deepStrictEqual(ranges(doc, problems), ['1:10-1:43', '3:10-3:75']);
      assert.deepStrictEqual(problems.map((p) => p.severity), ['warning', 'error']);
      assert.match(problems[0].message, /33 characters/);
      assert.match(problems[1].message, /65 characters; WeChat accepts at most 64/);
    });
    it('counts what a reader sees: an emoji with a modifier, a flag or a family is one character', () => {
      const emoji = ['❤️', '👍🏻', '🇨🇳', '👨‍👩‍👧'];
      const at32 = `${'标'.repeat(28)}${emoji.join('')}`;
      assert.deepStrictEqual(run(`@article ${at32}\n`, 'title-length').problems, []);
      const { doc, problems } = run(`@article ${at32}！\n`, 'title-length');
      const p = one(problems);
      assert.strictEqual(range(doc, p), `1:10-1:${10 + at32.length + 1}`);
      assert.match(p.message, /The title is 33 characters/);
    });
    it('errs on a line break or control character in a quoted title', () => {
      const { doc, problems } = run('@article x\ntitle: "Two\\nlines"\n', 'title-length');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '2:8-2:20');
      assert.strictEqual(p.severity, 'error');
      assert.match(p.message, /line break or a control character/);
    });
    it('points at the title field when there is one', () => {
      const { doc, problems } = run(`@article short\ntitle: ${'x'.repeat(40)}\n`, 'title-length');
      assert.strictEqual(range(doc, one(problems)), '2:8-2:48');
    });
  });

  describe('author-length', () => {
    it('warns over 8 and errs over 16 characters', () => {
      const { doc, problems } = run(`@article A\nauthor: ${'b'.repeat(9)}\n\n@article B\nauthor: ${'c'.repeat(17)}\n`, 'author-length');
      assert.deepStrictEqual(ranges(doc, problems), ['2:9-2:18', '5:9-5:26']);
      assert.deepStrictEqual(problems.map((p) => p.severity), ['warning', 'error']);
    });
    it('is silent at 8', () => assert.deepStrictEqual(run('@article A\nauthor: 八个字的作者名字\n', 'author-length').problems, []));
    it('counts an emoji sequence as one character', () => {
      assert.deepStrictEqual(run('@article A\nauthor: 小编👨‍👩‍👧❤️🇨🇳👍🏻好\n', 'author-length').problems, []);
      const author = '小编👨‍👩‍👧❤️🇨🇳👍🏻好吗？';
      const { doc, problems } = run(`@article A\nauthor: ${author}\n`, 'author-length');
      assert.strictEqual(range(doc, one(problems)), `2:9-2:${9 + author.length}`);
      assert.match(problems[0].message, /The author is 9 characters/);
    });
  });

  describe('digest-length', () => {
    it('warns over 120 and errs over 128 characters', () => {
      const { doc, problems } = run(`@article A\ndigest: ${'d'.repeat(121)}\n\n@article B\ndigest: ${'e'.repeat(129)}\n`, 'digest-length');
      assert.deepStrictEqual(ranges(doc, problems), ['2:9-2:130', '5:9-5:138']);
      assert.deepStrictEqual(problems.map((p) => p.severity), ['warning', 'error']);
    });
    it('is silent at 120', () => assert.deepStrictEqual(run(`@article A\ndigest: ${'d'.repeat(120)}\n`, 'digest-length').problems, []));
    it('counts an emoji sequence as one character', () => {
      assert.deepStrictEqual(run(`@article A\ndigest: ${'摘'.repeat(116)}❤️👍🏻🇨🇳👨‍👩‍👧\n`, 'digest-length').problems, []);
      const { problems } = run(`@article A\ndigest: ${'摘'.repeat(117)}❤️👍🏻🇨🇳👨‍👩‍👧\n`, 'digest-length');
      assert.match(one(problems).message, /The digest is 121 characters/);
    });
  });

  describe('cover-required', () => {
    it('fires on an article without a cover', () => {
      const { doc, problems } = run('@article A\nauthor: me\n\nBody\n', 'cover-required');
      assert.strictEqual(range(doc, one(problems)), '1:1-1:9');
    });
    it('is silent with a cover', () => assert.deepStrictEqual(run(VALID, 'cover-required').problems, []));
  });

  describe('cover-aspect', () => {
    const text = '@article First\ncover: wide.png\n\n@article Second\ncover: wide.png\n\n@article Third\ncover: square.png\n';
    it('notes a first cover far from 2.35:1 and others far from 1:1', () => {
      const ctx = { media: media({ 'wide.png': { ...GOOD_COVER }, 'square.png': { exists: true, format: 'png', width: 300, height: 300 } }) };
      const { doc, problems } = run(text, 'cover-aspect', ctx);
      assert.deepStrictEqual(ranges(doc, problems), ['5:8-5:16']);
      assert.strictEqual(problems[0].severity, 'info');
      assert.match(problems[0].message, /900×383 \(2\.35:1\).*1:1/);
      const square = run('@article A\ncover: square.png\n', 'cover-aspect', ctx).problems;
      assert.match(one(square).message, /300×300 \(1\.00:1\).*2\.35:1/);
    });
    it('is silent when dimensions are unknown', () => assert.deepStrictEqual(run(text, 'cover-aspect').problems, []));
  });

  describe('content-size', () => {
    it('errs when the exported text reaches 20,000 characters', () => {
      const body = Array.from({ length: 420 }, (_, i) => `Paragraph ${i} with some words to make it longer, again and again.`).join('\n\n');
      const { doc, problems } = run(`@article Big\n\n${body}\n`, 'content-size');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '1:1-1:13');
      assert.match(p.message, /^The exported article has 2\d,\d{3} characters of text; WeChat accepts less than 20,000\.$/);
    });
    it('errs when the exported HTML reaches 1 MB with little text (styled table cells)', () => {
      const rows = Array.from({ length: 2100 }, () => '|a|b|c|d|e|f|g|h|').join('\n');
      const { problems } = run(`@article Table\n\n|1|2|3|4|5|6|7|8|\n|-|-|-|-|-|-|-|-|\n${rows}\n`, 'content-size');
      assert.match(one(problems).message, /^The exported article is \d+\.\d MB of HTML/);
    });
    it('counts exactly as a fresh export on every re-lint of a code-heavy article (coloured blocks kept between lints)', () => {
      const blocks = (edit: number) =>
        Array.from({ length: 190 }, (_, i) => `Step ${i} explains the code below it in a few words.\n\n\`\`\`ts\nconst value${i} = compute(${i === edit ? 'x + 1' : 'x'}, "${i}");\nexport function step${i}() { return value${i} * 2; }\n\`\`\``).join('\n\n');
      for (const edit of [-1, 7, 7, 120]) {
        const text = `@article Code\n\n${blocks(edit)}\n`;
        const { doc, problems } = run(text, 'content-size');
        const fresh = renderArticle(doc, doc.items[0]);
        assert.ok(fresh.chars >= 20000, `the article is over the limit (${fresh.chars})`);
        assert.strictEqual(one(problems).message, `The exported article has ${fresh.chars.toLocaleString('en-US')} characters of text; WeChat accepts less than 20,000.`);
      }
    });
    it('is silent on an ordinary body, and on one just under the limit', () => {
      const body = Array.from({ length: 100 }, (_, i) => `Paragraph ${i} with some words.`).join('\n\n');
      assert.deepStrictEqual(run(`@article Fine\n\n${body}\n`, 'content-size').problems, []);
      const near = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} with some words to make it longer, again and again.`).join('\n\n');
      assert.deepStrictEqual(run(`@article Near\n\n${near}\n`, 'content-size').problems, []);
    });
  });

  describe('source-url', () => {
    it('warns on a non-http(s) link and on one over 1 KB', () => {
      const long = `https://example.com/${'p'.repeat(1010)}`;
      const { doc, problems } = run(`@article A\nsource: ftp://example.com/x\n\n@article B\nsource: ${long}\n`, 'source-url');
      assert.deepStrictEqual(ranges(doc, problems), ['2:9-2:28', `5:9-5:${9 + long.length}`]);
      assert.match(problems[0].message, /http\(s\)/);
      assert.match(problems[1].message, /1030 bytes/);
    });
    it('is silent on an ordinary URL', () => assert.deepStrictEqual(run('@article A\nsource: https://example.com/read?x=1\n', 'source-url').problems, []));
  });
});
