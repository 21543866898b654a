import * as assert from 'assert';
import { covered, one, range, ranges, run, VALID } from './helpers';

describe('HTML and text rules', () => {
  describe('script', () => {
    it('flags <script>, on* handlers and javascript: URLs at their exact place', () => {
      const text = '@article A\n\n<script>alert(1)</script>\n\n<p onclick="go()">x <a href="javascript:void(0)">y</a></p>\n';
      const { doc, problems } = run(text, 'script');
      assert.deepStrictEqual(problems.map((p) => covered(doc, p)), ['<script>', 'onclick="go()"', 'href="javascript:void(0)"']);
      assert.deepStrictEqual(ranges(doc, problems), ['3:1-3:9', '5:4-5:18', '5:24-5:49']);
      assert.ok(problems.every((p) => p.severity === 'error'));
    });
    it('flags javascript: URLs hidden behind character references, tabs and case, as the sanitizer sees them', () => {
      const hrefs = ['&#106;avascript:alert(1)', 'jav&#x09;ascript:alert(1)', '&#x6A&#x61vascript:x', 'java&Tab;script&colon;x', 'JaVaScRiPt:x', ' javascript:x'];
      const text = '@article A\n\n' + hrefs.map((h) => `<p><a href="${h}">x</a></p>`).join('\n') + '\n';
      const { doc, problems } = run(text, 'script');
      assert.deepStrictEqual(problems.map((p) => covered(doc, p)), hrefs.map((h) => `href="${h}"`));
      assert.deepStrictEqual(ranges(doc, problems), hrefs.map((h, i) => `${3 + i}:7-${3 + i}:${13 + h.length + 1}`));
      assert.ok(problems.every((p) => p.message === '`javascript:` URLs are removed by WeChat.'));
      assert.deepStrictEqual(run('@article A\n\n<p><a href="https://example.com/javascript:x">x</a> <img src="&#97;.png"></p>\n', 'script').problems, []);
    });
    it('ignores commented-out markup and plain text about scripts', () => {
      assert.deepStrictEqual(run('@article A\n\n<!-- <script>x</script> -->\n\nWrite `<script>` in text.\n', 'script').problems, []);
      assert.deepStrictEqual(run(VALID, 'script').problems, []);
    });
  });

  describe('stylesheet', () => {
    it('flags <style>, <link> and class=', () => {
      const text = '@article A\n\n<style>p{color:red}</style>\n\n<link rel="stylesheet" href="x.css">\n\nA <span class="hot">word</span>.\n';
      const { doc, problems } = run(text, 'stylesheet');
      assert.deepStrictEqual(problems.map((p) => covered(doc, p)), ['<style>', '<link rel="stylesheet" href="x.css">', 'class="hot"']);
    });
    it('is silent on inline styles', () => assert.deepStrictEqual(run('@article A\n\n<span style="color:red">x</span>\n', 'stylesheet').problems, []));
  });

  describe('embedded-media', () => {
    it('flags video, audio and iframe elements', () => {
      const { doc, problems } = run('@article A\n\n<video src="v.mp4"></video>\n\n<iframe src="https://v.qq.com/x"></iframe>\n', 'embedded-media');
      assert.deepStrictEqual(ranges(doc, problems), ['3:1-3:20', '5:1-5:34']);
      assert.match(problems[1].message, /`<iframe>`.*`@video`/);
    });
    it('is silent in other items', () => assert.deepStrictEqual(run('@text <video>\n', 'embedded-media').problems, []));
  });

  describe('list-depth', () => {
    it('notes lists nested deeper than two levels', () => {
      const { doc, problems } = run('@article A\n\n- one\n  - two\n    - three\n      - four\n', 'list-depth');
      assert.deepStrictEqual(ranges(doc, problems), ['5:1-5:12', '6:1-6:13']);
      assert.strictEqual(problems[0].severity, 'info');
    });
    it('is silent at two levels', () => assert.deepStrictEqual(run('@article A\n\n- one\n  - two\n', 'list-depth').problems, []));
  });

  describe('text-empty', () => {
    it('fires on a text item without a message', () => {
      const { doc, problems } = run('@text\n\n@text  \n\n@text ok\n', 'text-empty');
      assert.deepStrictEqual(ranges(doc, problems), ['1:1-1:6', '3:1-3:6']);
    });
  });

  describe('text-length', () => {
    it('warns over 2048 UTF-8 bytes (a CJK character is 3)', () => {
      const msg = '字'.repeat(683); // 2049 bytes
      const { doc, problems } = run(`@text ${msg}\n`, 'text-length');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '1:7-1:690');
      assert.match(p.message, /2049 bytes/);
      assert.deepStrictEqual(run(`@text ${'字'.repeat(682)}\n`, 'text-length').problems, []);
    });
  });
});
