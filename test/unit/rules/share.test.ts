import * as assert from 'assert';
import { covered, fixed, one, range, ranges, run, VALID } from './helpers';

describe('share rules', () => {
  describe('unshareable-item', () => {
    it('warns on every text, image, audio and video item, not on articles', () => {
      const text = '@article A\n\n@text hi\n\n@image p.png\n\n@audio a.mp3\n\n@video v.mp4\n';
      const { doc, problems } = run(text, 'unshareable-item');
      assert.deepStrictEqual(ranges(doc, problems), ['3:1-3:6', '5:1-5:7', '7:1-7:7', '9:1-9:7']);
      assert.ok(problems.every((p) => p.severity === 'warning'));
      assert.match(problems[0].message, /Moments, QQ, Qzone or outside WeChat/);
    });
    it('converts a text item with a first line into an article', () => {
      const text = '@text Episode 41 is out\nReply 41 for the transcript.\n';
      const p = one(run(text, 'unshareable-item').problems);
      const after = fixed(text, p, /article/);
      assert.strictEqual(after, '@article Episode 41 is out\nReply 41 for the transcript.\n');
      assert.deepStrictEqual(run(after, 'unshareable-item').problems, []);
    });
    it('converts a text item whose message starts on the next line', () => {
      const text = '@text\nFirst line\nSecond line\n';
      const after = fixed(text, one(run(text, 'unshareable-item').problems), /article/);
      // A blank line keeps a body line like `key: value` from being read as a field.
      assert.strictEqual(after, '@article First line\n\nSecond line\n');
      assert.deepStrictEqual(run(after, 'unshareable-item').problems, []);
    });
    it('converts an image item into an article with the image as cover and body', () => {
      const text = '@image media/spring-poster.png\n';
      const after = fixed(text, one(run(text, 'unshareable-item').problems), /article/);
      assert.strictEqual(after, '@article spring poster\ncover: media/spring-poster.png\n\n![](media/spring-poster.png)\n');
      assert.deepStrictEqual(run(after, ['unshareable-item', 'title-required', 'cover-required']).problems, []);
    });
  });

  describe('external-link', () => {
    it('warns on links to other sites, at the URL', () => {
      const text = '@article A\n\nSee [our site](https://example.com/page) and https://other.org/x too.\n';
      const { doc, problems } = run(text, 'external-link');
      assert.deepStrictEqual(problems.map((p) => covered(doc, p)), ['https://example.com/page', 'https://other.org/x']);
      assert.deepStrictEqual(ranges(doc, problems), ['3:16-3:40', '3:46-3:65']);
      assert.match(problems[0].message, /example\.com/);
    });
    it('finds links in raw HTML too', () => {
      const { doc, problems } = run('@article A\n\n<p><a href="https://example.com">x</a></p>\n', 'external-link');
      assert.strictEqual(covered(doc, one(problems)), 'https://example.com');
    });
    it('fix: makes the link the “Read more” source and keeps the text', () => {
      const text = '@article A\nauthor: Me\n\nSee [our site](https://example.com/page).\n';
      const p = one(run(text, 'external-link').problems);
      const after = fixed(text, p);
      assert.strictEqual(after, '@article A\nauthor: Me\nsource: https://example.com/page\n\nSee our site.\n');
      assert.deepStrictEqual(run(after, ['external-link', 'source-url']).problems, []);
    });
    it('also flags mail and relative links, without the source fix', () => {
      const { doc, problems } = run('@article A\n\n[m](mailto:a@b.c) [r](notes.md)\n', 'external-link');
      assert.deepStrictEqual(problems.map((p) => covered(doc, p)), ['mailto:a@b.c', 'notes.md']);
      assert.ok(problems.every((p) => !p.fixes));
    });
    it('names the link decoded, as the author wrote it: no percent-encoding, no punycode', () => {
      const { doc, problems } = run('@article A\n\n[报名表](files/报名表.docx)\n', 'external-link');
      assert.strictEqual(range(doc, one(problems)), '3:7-3:21');
      assert.match(problems[0].message, /this link to files\/报名表\.docx will/);
      const idn = one(run('@article A\n\n[站](https://例子.中国/页面)\n', 'external-link').problems);
      assert.match(idn.message, /this link to 例子\.中国 will/);
      assert.doesNotMatch(problems[0].message + idn.message, /%[0-9A-F]{2}|xn--/);
    });
    it('is silent on article links and anchors', () => {
      assert.deepStrictEqual(run(VALID, 'external-link').problems, []);
      assert.deepStrictEqual(run('@article A\n\n[x](#top) [w](http://mp.weixin.qq.com/s/1) https://mp.weixin.qq.com/s/2\n', 'external-link').problems, []);
    });
  });

  describe('anchor-link', () => {
    it('warns on in-page anchors; the safe fix unlinks', () => {
      const text = '@article A\n\nJump to [the end](#end).\n';
      const { doc, problems } = run(text, 'anchor-link');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '3:19-3:23');
      assert.ok(p.fixes?.[0].safe);
      const after = fixed(text, p);
      assert.strictEqual(after, '@article A\n\nJump to the end.\n');
      assert.deepStrictEqual(run(after, 'anchor-link').problems, []);
    });
    it('names the anchor decoded: `#彩蛋`, not `#%E5%BD%A9%E8%9B%8B`', () => {
      const { doc, problems } = run('@article A\n\n看[彩蛋](#彩蛋)。\n', 'anchor-link');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '3:7-3:10');
      assert.strictEqual(p.message, 'In-page anchors (`#彩蛋`) do not work in WeChat articles.');
    });
    it('is silent without anchors', () => assert.deepStrictEqual(run(VALID, 'anchor-link').problems, []));
  });

  describe('digest-missing', () => {
    it('shows the 54-character auto digest on a single-article push', () => {
      const body = 'WeChat takes the **first fifty-four** characters of the body when an article has no digest of its own.';
      const text = `@article A\n\n${body}\n`;
      const { doc, problems } = run(text, 'digest-missing');
      const p = one(problems);
      assert.strictEqual(p.severity, 'info');
      assert.strictEqual(range(doc, p), '1:1-1:9');
      const auto = 'WeChat takes the first fifty-four characters of the bo';
      assert.strictEqual(auto.length, 54);
      assert.ok(p.message.includes(`“${auto}”`), p.message);
      const after = fixed(text, p);
      assert.strictEqual(after, `@article A\ndigest: ${auto}\n\n${body}\n`);
      assert.deepStrictEqual(run(after, 'digest-missing').problems, []);
    });
    it('says share cards will have no summary when the body has no text, instead of quoting nothing', () => {
      for (const text of ['@article A\ncover: c.png\n', '@article A\n\n![](poster.png)\n']) {
        const { doc, problems } = run(text, 'digest-missing');
        const p = one(problems);
        assert.strictEqual(range(doc, p), '1:1-1:9');
        assert.strictEqual(p.message, 'No digest, and the body has no text to take one from: share cards will have no summary. Add a `digest:`.');
        assert.strictEqual(p.fixes, undefined);
      }
    });
    it('is silent with a digest or with several articles', () => {
      assert.deepStrictEqual(run(VALID, 'digest-missing').problems, []);
      assert.deepStrictEqual(run('@article A\n\nx\n\n@article B\n\ny\n', 'digest-missing').problems, []);
    });
  });

  describe('digest-ignored', () => {
    it('notes a digest in a multi-article push', () => {
      const { doc, problems } = run('@article A\ndigest: Hello\n\n@article B\n', 'digest-ignored');
      const p = one(problems);
      assert.strictEqual(p.severity, 'info');
      assert.strictEqual(range(doc, p), '2:1-2:14');
    });
    it('is silent on a single article', () => assert.deepStrictEqual(run(VALID, 'digest-ignored').problems, []));
  });
});
