import * as assert from 'assert';
import { sanitizeHtml, sanitizeStyle } from '../../../src/core/render';
import type { OpenTag, SanitizeHooks } from '../../../src/core/render/sanitize';
import { closeAll } from '../../../src/core/render/sanitize';

function run(html: string) {
  const stripped: string[] = [];
  const open: OpenTag[] = [];
  const hooks: SanitizeHooks = {
    strip: (w) => stripped.push(w),
    image: (src) => src,
    externalLink: (href) => ({ open: `<span data-ref="${href.length}">`, close: '</span><sup>[1]</sup>' }),
  };
  const out = sanitizeHtml(html, open, hooks) + closeAll(open);
  return { out, stripped };
}

// Payloads from the usual filter-evasion lists: none may leave markup that runs script.
const XSS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" ONERROR="alert(1)">',
  '<img/src="x"/onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="jav&#x61;script:alert(1)">x</a>',
  '<a href="jav&#97;script:alert(1)">x</a>',
  '<a href=" &#14; javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="x.swf"></object>',
  '<embed src="x.swf">',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<div style="width:expression(alert(1))">x</div>',
  '<div style="behavior:url(x.htc)">x</div>',
  '<p style="x:\\65xpression(alert(1))">x</p>',
  '<style>@import "x.css";</style>',
  '<link rel="stylesheet" href="x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<input onfocus=alert(1) autofocus>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<<script>script>alert(1)<</script>/script>',
  '<img src="x" alt="a" " onerror="alert(1)">',
  '<img src=`x`onerror=alert(1)>',
  '<p title="x"onclick="alert(1)">x</p>',
  '<a href="https://mp.weixin.qq.com/s/x" onclick="alert(1)">ok</a>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<!-- x --!><img src=x onerror=alert(1)>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<template><img src=x onerror=alert(1)></template>',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<a href="  javascript:alert(1)">x</a>',
  '<p style="color:red" style="x:expression(1)">x</p>',
];

describe('render: sanitizer', () => {
  for (const payload of XSS) {
    it(`neutralises ${payload}`, () => {
      const { out } = run(payload);
      // No element other than the allowed ones, no handler attribute, no script URL.
      for (const m of out.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) {
        assert.ok(/^(?:section|p|span|strong|b|em|i|u|s|del|ins|sub|sup|small|mark|br|hr|blockquote|ul|ol|li|table|thead|tbody|tfoot|tr|th|td|caption|colgroup|col|img|a|h[1-6]|pre|code|figure|figcaption|mp-miniprogram|mp-common-miniprogram)$/.test(m[1]), `tag <${m[1]}> in ${out}`);
      }
      assert.doesNotMatch(out, /<[^>]*\son\w+\s*=/i, out);
      assert.doesNotMatch(out, /<[^>]*(?:javascript|vbscript|data):/i, out);
      assert.doesNotMatch(out, /<[^>]*expression\(/i, out);
      // Whatever text is left is inert: every `<` that is not one of our tags is escaped.
      assert.doesNotMatch(out.replace(/<\/?[a-z][\w-]*(?:\s[^<>]*)?>/g, ''), /</);
    });
  }

  it('keeps the elements and styles WeChat keeps', () => {
    const { out, stripped } = run('<section style="padding:1em;color:#c00"><p>a <strong>b</strong> <sup>1</sup></p></section>');
    assert.strictEqual(out, '<section style="padding:1em;color:#c00"><p>a <strong>b</strong> <sup>1</sup></p></section>');
    assert.deepStrictEqual(stripped, []);
  });

  it('drops class, id, handlers and unknown tags, keeping their text', () => {
    const { out, stripped } = run('<div class="a" id="b" onclick="x()"><blink>hi</blink></div>');
    assert.strictEqual(out, '<section>hi</section>');
    assert.deepStrictEqual(stripped, ['class attributes', 'id attributes', 'event handler attributes (on…)', '<blink> tag (its text is kept)']);
  });

  it('removes raw-text and media elements with their content', () => {
    assert.strictEqual(run('a<script>b</script>c<style>d</style>e<video>f<source src=x></video>g<iframe>h</iframe>i').out, 'acegi');
  });

  it('drops closing tags that close nothing it opened', () => {
    assert.strictEqual(run('x</section></p>y').out, 'xy');
    assert.strictEqual(run('<p>a<em>b</p>c').out, '<p>a<em>b</em></p>c');
  });

  it('turns external anchors into what the link hook says and keeps WeChat links', () => {
    assert.strictEqual(run('<a href="https://example.com/">x</a>').out, '<span data-ref="20">x</span><sup>[1]</sup>');
    assert.strictEqual(run('<a href="https://mp.weixin.qq.com/s/a?b=1&amp;c=2">x</a>').out, '<a href="https://mp.weixin.qq.com/s/a?b=1&amp;c=2">x</a>');
    assert.strictEqual(run('<a href="#top">x</a>').out, '<a>x</a>');
  });

  it('escapes text and keeps character references', () => {
    assert.strictEqual(run('1 < 2 & 3 > 2 &amp; &#x4e2d; &nbsp;').out, '1 &lt; 2 &amp; 3 &gt; 2 &amp; &#x4e2d; &nbsp;');
    assert.strictEqual(run('<p title="a &quot;b&quot; <c>">x</p>').out, '<p title="a &quot;b&quot; &lt;c&gt;">x</p>');
  });

  it('keeps an unterminated tag as visible text', () => {
    assert.strictEqual(run('a <span title="x>').out, 'a &lt;span title="x&gt;');
  });

  describe('style', () => {
    const strip: string[] = [];
    const s = (css: string) => sanitizeStyle(css, { strip: (w) => strip.push(w) });
    it('drops position and transform, which would cost the whole attribute in WeChat', () => {
      assert.strictEqual(s('color:#c00; position:absolute; top:0; transform:rotate(3deg)'), 'color:#c00;top:0');
    });
    it('replaces pure black, which WeChat swallows', () => {
      assert.strictEqual(s('color:#000'), 'color:rgb(1,1,1)');
      assert.strictEqual(s('color: BLACK'), 'color:rgb(1,1,1)');
      assert.strictEqual(s('color:rgb(0, 0, 0)'), 'color:rgb(1,1,1)');
      assert.strictEqual(s('background-color:#000'), 'background-color:#000');
    });
    it('drops url() and escapes', () => {
      assert.strictEqual(s('background:url(x.png);margin:0'), 'margin:0');
      assert.strictEqual(s('background-image:image-set("https://x.example/a.png" 1x);color:red'), 'color:red');
      assert.strictEqual(s('background-image:-webkit-image-set("a.png" 1x)'), '');
      assert.strictEqual(s('font-family:"a;b",serif;color:red'), 'font-family:"a;b",serif;color:red');
    });
  });
});
