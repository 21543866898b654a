// The preview webview in real Chromium: the examples rendered from the built assets, their DOM
// asserted, and a screenshot of every surface in light and dark (test-results/preview/, ignored).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { OUT_DIR } from './preview/harness';
import { usePreviewPage } from './preview/page';

const SURFACES = ['chats', 'subscriptions', 'moments', 'article'] as const;

describe('preview webview (Chromium)', function () {
  this.timeout(60000);
  before(() => {
    assert.ok(fs.existsSync(path.join(__dirname, '../../../dist/webview/preview.js')), 'run `node esbuild.js` first');
  });
  const ui = usePreviewPage({ viewport: { width: 820, height: 900 }, consoleErrors: true });
  const { errors, open } = ui;

  async function show(surface: string) {
    await ui.page.click(`[data-tab="${surface}"]`);
    await ui.page.waitForSelector(`.wxp-surface[data-surface="${surface}"]:not([hidden])`);
  }

  it('draws the service example: chat row with badge, banner, one article card and a message per item', async () => {
    const model = await open({ file: 'examples/service-mixed.wxpush', name: 'service-mixed' });
    const expectedKinds = ['articles', ...model.items.filter((i) => i.kind !== 'article').map((i) => (i.kind === 'audio' ? 'voice' : i.kind))];
    const visible = await ui.page.getAttribute('.wxp-surface:not([hidden])', 'data-surface');
    assert.strictEqual(visible, 'chats', 'a service account opens on the chat list');
    const chats = ui.page.locator('.wxp-surface[data-surface="chats"]');
    assert.strictEqual(await chats.locator('.wxp-layout-classic .wxp-chat-row.is-ours .wxp-chat-name').textContent(), 'Crumb & Co. Bakery');
    // Muted by default: a dot, the count in the preview line, the bell with a stroke.
    assert.strictEqual(await chats.locator('.wxp-layout-classic .wxp-chat-row.is-ours .wxp-dot').getAttribute('data-unread'), String(expectedKinds.length));
    assert.match((await chats.locator('.wxp-layout-classic .wxp-chat-row.is-ours .wxp-chat-preview').textContent())!, new RegExp(`^\\[${expectedKinds.length} messages\\] `));
    assert.strictEqual(await chats.locator('.wxp-layout-classic .wxp-chat-row.is-ours [data-muted]').count(), 1);
    assert.strictEqual(await chats.locator('.wxp-banner-title').textContent(), 'Crumb & Co. Bakery');
    const kinds = await chats.locator('#conversation .wxp-msg > [data-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    assert.deepStrictEqual(kinds, expectedKinds);
    assert.deepStrictEqual(kinds.slice(0, 4), ['articles', 'text', 'image', 'video']);
    assert.strictEqual(await chats.locator('.wxp-headline-title').textContent(), 'The winter menu is here');
    assert.strictEqual(await chats.locator('.wxp-card-row').count(), 1);
    assert.strictEqual(await chats.locator('.wxp-emoji-code').first().textContent(), '[Smile]');
    // Covers load from the example's media folder.
    const loaded = await chats.locator('.wxp-headline img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
    assert.ok(loaded, 'the headline cover is drawn');
    // The other delivery surface is reachable but marked.
    await show('subscriptions');
    assert.strictEqual(await ui.page.locator('.wxp-surface[data-surface="subscriptions"] [data-notice="not-delivery"]').count(), 1);
    assert.deepStrictEqual(errors, []);
  });

  it('draws the subscription example: one quiet row, the folder with ours first and "N more"', async () => {
    const model = await open({ file: 'examples/subscription-weekly.wxpush', name: 'subscription-weekly' });
    assert.strictEqual(await ui.page.getAttribute('.wxp-surface:not([hidden])', 'data-surface'), 'subscriptions');
    const subs = ui.page.locator('.wxp-surface[data-surface="subscriptions"]');
    assert.strictEqual(await subs.locator('.wxp-chat-row.is-ours .wxp-chat-name').textContent(), 'Subscriptions');
    assert.strictEqual(await subs.locator('.wxp-chat-row.is-ours .wxp-unread').count(), 0, 'no count on the folder row');
    assert.strictEqual(await subs.locator('.wxp-chat-row.is-ours [data-dot]').count(), 1);
    assert.strictEqual(await subs.locator('.wxp-feed-account').first().evaluate((e) => e.classList.contains('is-ours')), true);
    const articles = model.items.filter((i) => i.kind === 'article').length;
    const card = subs.locator('.wxp-feed-card[data-card="articles"]');
    assert.strictEqual(await card.locator('.wxp-card-row').count(), Math.min(1, articles - 1));
    if (articles > 2) assert.strictEqual(await card.locator('.wxp-card-more').getAttribute('data-more'), String(articles - 2));
    assert.strictEqual(await subs.locator('.wxp-card-digest').count(), 0, 'the folder shows no digest');
    await show('chats');
    assert.strictEqual(await ui.page.locator('.wxp-surface[data-surface="chats"] [data-notice="not-delivery"]').count(), 1);
    assert.deepStrictEqual(errors, []);
  });

  it('Moments: each article as a link card, everything else blocked; share cards with digest or auto digest', async () => {
    const model = await open({ file: 'examples/service-mixed.wxpush', name: 'service-moments' });
    await show('moments');
    const m = ui.page.locator('.wxp-surface[data-surface="moments"]');
    assert.strictEqual(await m.locator('.wxp-moment[data-kind="article"] .wxp-link-card').count(), 2);
    assert.strictEqual(await m.locator('.wxp-moment.is-blocked').count(), model.items.length - 2);
    assert.strictEqual(await m.locator('.wxp-moment.is-blocked s').count(), model.items.length - 2, 'placeholders are struck out');
    assert.strictEqual(await m.locator('.wxp-link-card .wxp-share-desc').count(), 0, 'the Moments card has no description');
    const sources = await m.locator('.wxp-share-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-digest-source')));
    assert.deepStrictEqual(sources, ['digest', 'auto']);
    const auto = await m.locator('.wxp-share-card[data-digest-source="auto"] .wxp-share-desc').textContent();
    assert.strictEqual(Array.from(auto!).length, 54);
  });

  it('article page: title, meta, body typography, read more, comments and the copy button', async () => {
    await open({ file: 'examples/service-mixed.wxpush', name: 'service-article' });
    await show('article');
    const p = ui.page.locator('.wxp-page').first();
    assert.strictEqual(await p.locator('.wxp-page-title').textContent(), 'The winter menu is here');
    assert.strictEqual(await p.locator('.wxp-page-author').textContent(), 'Mei Lin');
    assert.strictEqual(await p.locator('.wxp-page-account').textContent(), 'Crumb & Co. Bakery');
    const style = await p.locator('.wxp-rich').evaluate((e) => {
      const s = getComputedStyle(e);
      return { size: s.fontSize, line: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
    });
    assert.strictEqual(style.size, '17px');
    assert.ok(Math.abs(style.line - 1.75) < 0.01, `line height ${style.line}`);
    assert.ok((await p.locator('.wxp-rich table td').count()) >= 9, 'the table is drawn');
    assert.strictEqual(await p.locator('.wxp-read-more').textContent(), 'Read more');
    assert.strictEqual(await p.locator('[data-comments]').getAttribute('data-comments'), 'followers');
    await ui.page.locator('[data-frame="0"] [data-copy]').click();
    const posted = await ui.posted();
    assert.deepStrictEqual(posted.filter((m) => m.type === 'copyForWeChat'), [{ type: 'copyForWeChat', itemIndex: 0 }]);
    const width = await ui.page.locator('.wxp-article-screen').first().evaluate((e) => e.getBoundingClientRect().width);
    assert.strictEqual(width, 375, 'the article opens on the phone');
  });

  it('cuts long titles and digests with line clamps, as WeChat does', async () => {
    const long = 'A title that goes on and on, far longer than any feed card can hold, so WeChat cuts it after the second line and the reader never sees the end of it';
    await open({ text: `---\ntype: service\n---\n@article ${long}\ndigest: ${long} ${long}\n\nBody\n\n@article ${long}\n`, dir: 'examples' });
    const measure = (sel: string) =>
      ui.page.locator(sel).first().evaluate((e) => {
        const s = getComputedStyle(e);
        return { lines: e.clientHeight / parseFloat(s.lineHeight), cut: e.scrollHeight > e.clientHeight + 1, text: e.textContent };
      });
    const headline = await measure('#conversation .wxp-headline-title .clamp-2');
    assert.ok(headline.cut && Math.round(headline.lines) === 2, `headline: ${JSON.stringify(headline)}`);
    assert.strictEqual(headline.text, long, 'the whole title is in the DOM; only the view cuts it');
    const row = await measure('#conversation .wxp-card-row-title');
    assert.ok(row.cut && Math.round(row.lines) === 2, `row: ${JSON.stringify(row)}`);
    await show('moments');
    const shareDesc = await measure('.wxp-share-desc');
    assert.ok(shareDesc.cut && Math.round(shareDesc.lines) === 3, `share digest: ${JSON.stringify(shareDesc)}`);
    const momentsTitle = await measure('.wxp-link-title');
    assert.ok(momentsTitle.cut && Math.round(momentsTitle.lines) === 2, `moments title: ${JSON.stringify(momentsTitle)}`);
  });

  it('saves a screenshot of every surface in light and dark', async () => {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const files = fs.readdirSync(path.join(__dirname, '../../../examples')).filter((f) => f.endsWith('.wxpush')).map((f) => `examples/${f}`);
    for (const file of files) {
      for (const theme of ['light', 'dark'] as const) {
        await open({ file, theme, counts: [{ errors: 1, warnings: 2 }], locale: file.includes('mistakes') ? 'zh-cn' : 'en' });
        assert.strictEqual(await ui.page.getAttribute('body', 'data-weui-theme'), theme);
        for (const s of SURFACES) {
          await show(s);
          await ui.page.waitForLoadState('networkidle');
          const shot = path.join(OUT_DIR, `${path.basename(file, '.wxpush')}-${s}-${theme}.png`);
          await ui.page.screenshot({ path: shot, fullPage: true });
          assert.ok(fs.statSync(shot).size > 5000);
        }
      }
    }
  });
});
