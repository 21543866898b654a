// Hostile article bodies in the real webview page: nothing from a document may run. Each payload
// tries to set `window.__pwned` (or to open a dialog). Every payload is shown twice: through the
// whole pipeline (parser → article renderer → webview) and raw, as if the renderer had let it
// through, so the webview's own guard and the CSP are tested on their own.
import * as assert from 'assert';
import { buildModel, pageHtml, writePage } from './preview/harness';
import { usePreviewPage } from './preview/page';

const PAYLOADS: string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<a href="javascript:window.__pwned=3">click me</a>',
  '<svg><script>window.__pwned=4</script></svg>',
  '<svg onload="window.__pwned=5"><circle r="5"/></svg>',
  '<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>',
  '<div style="width: expression(window.__pwned=7)">css expression</div>',
  '<body onload="window.__pwned=8"><p>body</p>',
  '<a href="jav&#x09;ascript:window.__pwned=9">tab in scheme</a>',
  '<a href="JaVaScRiPt:window.__pwned=10">mixed case</a>',
  '<object data="javascript:window.__pwned=11"></object>',
  '<embed src="javascript:window.__pwned=12">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=13">',
  '<details open ontoggle="window.__pwned=14"><summary>s</summary>d</details>',
  '<input autofocus onfocus="window.__pwned=15">',
  '<form action="javascript:window.__pwned=16"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=17">',
  "<style>@import 'javascript:window.__pwned=18'; p{background:url(javascript:window.__pwned=18)}</style>",
  '<video><source onerror="window.__pwned=19"></video>',
  '<a href="data:text/html,<script>parent.__pwned=20</script>">data url</a>',
  '<base href="javascript:window.__pwned=21//"><a href="x">relative</a>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=22>"></noscript>',
  '<svg><a xlink:href="javascript:window.__pwned=23"><text x="20" y="20">svg link</text></a></svg>',
  '<template><img src=x onerror=window.__pwned=24></template><img src=x onerror=window.__pwned=24>',
  '<div style="background:url(javascript:window.__pwned=25)">background</div>',
  '<marquee onstart="window.__pwned=26">marquee</marquee>',
  '<img src="x" onerror="alert(27)">',
  '[markdown link](javascript:window.__pwned=28) and ![image](javascript:window.__pwned=28)',
  '![x](x" onerror="window.__pwned=29)',
  '</textarea></title><script>window.__pwned=30</script>',
  '<img src="x" onerror="window.__pwned=31"',
  '<p onclick="window.__pwned=32" onmouseover="window.__pwned=32">hover and click me</p>',
  '<a href="#" onclick="window.__pwned=33">hash link</a>',
  '<svg><animate onbegin="window.__pwned=34" attributeName="x" dur="1s"/></svg>',
  '<link rel="import" href="data:text/html,<script>parent.__pwned=35</script>">',
  '<img srcset="x 1x" onerror="window.__pwned=36">',
];

describe('preview webview: hostile documents run nothing (Chromium)', function () {
  this.timeout(120000);
  const ui = usePreviewPage({ viewport: { width: 820, height: 900 }, scope: 'suite' });
  let dialogs: string[];

  before(async () => {
    dialogs = [];
    ui.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await ui.open({ text: '@article Start\n\nStart.\n', dir: 'examples', name: 'xss-shell' });
    await ui.page.click('[data-tab="article"]');
  });

  async function showAndPoke(model: unknown) {
    await ui.page.evaluate((m) => window.postMessage({ type: 'update', model: m, resource: 'file:///x.wxpush', locked: false }, '*'), model);
    await ui.page.waitForFunction(() => document.querySelector('.wxp-page-title')?.textContent?.startsWith('Hostile'));
    // Give events a chance: click and hover everything in the body, focus every element.
    await ui.page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('.wxp-rich *'))) {
        el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        el.click();
        el.focus?.();
      }
    });
    await ui.page.waitForTimeout(150);
  }

  async function assertClean(label: string) {
    const state = await ui.page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      url: location.href,
      scripts: document.querySelectorAll('.wxp-rich script, .wxp-rich iframe, .wxp-rich object, .wxp-rich embed, .wxp-rich form, .wxp-rich meta, .wxp-rich base, .wxp-rich link, .wxp-rich style').length,
      handlers: Array.from(document.querySelectorAll('.wxp-rich *')).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
      jsUrls: Array.from(document.querySelectorAll('.wxp-rich [href], .wxp-rich [src], .wxp-rich [action], .wxp-rich [data]')).filter((e) =>
        ['href', 'src', 'action', 'data', 'xlink:href'].some((n) => /^\s*(javascript|vbscript|data:text)/i.test((e.getAttribute(n) ?? '').replace(/[\u0000-\u0020]/g, ''))),
      ).length,
    }));
    assert.strictEqual(state.pwned, undefined, `${label}: a payload ran (window.__pwned = ${state.pwned})`);
    assert.deepStrictEqual(dialogs, [], `${label}: a dialog opened`);
    assert.ok(state.url.endsWith('xss-shell.html'), `${label}: the page navigated to ${state.url}`);
    assert.strictEqual(state.scripts, 0, `${label}: active elements left in the body`);
    assert.strictEqual(state.handlers, 0, `${label}: event handler attributes left`);
    assert.strictEqual(state.jsUrls, 0, `${label}: script URLs left`);
  }

  PAYLOADS.forEach((payload, i) => {
    it(`payload ${i + 1} through the renderer: ${payload.slice(0, 60)}`, async () => {
      const model = buildModel(ui.origin, { text: `@article Hostile ${i + 1}\n\n${payload}\n\nAfter.\n`, dir: 'examples' });
      await showAndPoke(model);
      await assertClean(`rendered #${i + 1}`);
    });
    it(`payload ${i + 1} raw, past the renderer`, async () => {
      const model = buildModel(ui.origin, {
        text: `@article Hostile raw ${i + 1}\n\nx\n`,
        dir: 'examples',
        tweak: (m) => {
          m.articles[0].html = payload;
        },
      });
      await showAndPoke(model);
      await assertClean(`raw #${i + 1}`);
    });
  });

  it('hostile text in titles, names, digests and text messages stays text (also in the initial JSON)', async () => {
    const evil = '</script><script>window.__pwned="t"</script><img src=x onerror="window.__pwned=\'t\'">';
    const text = `---\naccount: ${evil}\ntype: service\n---\n@article Hostile ${evil}\ndigest: ${evil}\n\nBody\n\n@text ${evil}\n\n@video media/nothing.mp4\ntitle: ${evil}\n`;
    const model = buildModel(ui.origin, { text, dir: 'examples' });
    // Load it as the first render (embedded JSON in the shell), then look at every surface.
    const p = await ui.browser.newPage();
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await p.goto(writePage(ui.origin, pageHtml(ui.origin, model), 'xss-text'));
    await p.waitForSelector('.wxp-surface:not([hidden])');
    for (const s of ['chats', 'subscriptions', 'moments', 'article']) await p.click(`[data-tab="${s}"]`);
    await p.waitForTimeout(150);
    const r = await p.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      imgs: document.querySelectorAll('img[onerror]').length,
      name: document.querySelector('.wxp-chat-row.is-ours .wxp-chat-name')?.textContent,
    }));
    await p.close();
    assert.strictEqual(r.pwned, undefined);
    assert.strictEqual(r.imgs, 0);
    assert.ok(r.name?.includes('<script>'), 'the name is shown as written');
    assert.deepStrictEqual(dialogs, []);
  });
});
