// The draft link card after a publish: the QR code is drawn as SVG under the real CSP, a phone
// camera (here: jsQR on the rendered pixels) reads the link back, the link opens through the
// extension, and the card survives surface re-renders. Screenshots in test-results/preview/.
import * as assert from 'assert';
import * as path from 'path';
import jsQR from 'jsqr';
import type { DraftLinkView } from '../../src/core/surfaces';
import { qrPath } from '../../src/core/surfaces/qr';
import { OUT_DIR } from './preview/harness';
import { usePreviewPage } from './preview/page';

const URL_ = 'https://mp.weixin.qq.com/s?__biz=MzkxNjY1NTI0MA==&tempkey=MTI4Nl9hYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx&chksm=1a2b3c#rd';

function view(url = URL_): DraftLinkView {
  return { url, qr: qrPath(url)!, heading: 'In the draft box (2 articles, 21:04)', scan: 'Scan with WeChat', open: 'Open the draft', note: 'A temporary link.', close: 'Hide' };
}

describe('preview draft link card (Chromium)', function () {
  this.timeout(60000);
  const ui = usePreviewPage({ viewport: { width: 820, height: 700 }, consoleErrors: true });
  const { errors, posted } = ui;

  const open = (theme: 'light' | 'dark' = 'light') => ui.open({ file: 'examples/subscription-weekly.wxpush', theme, name: `draft-link-${theme}` });
  const send = (link: DraftLinkView | null) => ui.page.evaluate((l) => window.postMessage({ type: 'draftLink', link: l }, '*'), link);

  /** The QR code's pixels as the page draws them, read by a QR decoder. */
  async function readQr(): Promise<string | undefined> {
    const { width, height, data } = await ui.page.evaluate(async () => {
      const svg = document.querySelector('.wxp-draft-link-qr') as SVGSVGElement;
      const img = new Image();
      img.src = 'data:image/svg+xml,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 400;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, 400, 400);
      return { width: 400, height: 400, data: Array.from(ctx.getImageData(0, 0, 400, 400).data) };
    });
    return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
  }

  it('draws the link and a QR code that decodes to it, with no CSP complaint', async () => {
    await open();
    await send(view());
    await ui.page.waitForSelector('#wxp-draft-link svg.wxp-draft-link-qr path');
    assert.strictEqual(await ui.page.locator('.wxp-draft-link-heading').innerText(), 'In the draft box (2 articles, 21:04)');
    assert.strictEqual(await ui.page.locator('.wxp-draft-link-open').getAttribute('href'), URL_);
    assert.strictEqual(await readQr(), URL_);
    await ui.page.locator('#wxp-draft-link').screenshot({ path: path.join(OUT_DIR, 'draft-link-card.png') });
    await ui.page.screenshot({ path: path.join(OUT_DIR, 'draft-link-light.png') });
    assert.deepStrictEqual(errors, []);
  });

  it('stays readable in the dark theme: dark modules on a light square', async () => {
    await open('dark');
    await send(view());
    await ui.page.waitForSelector('#wxp-draft-link svg');
    assert.strictEqual(await readQr(), URL_);
    await ui.page.screenshot({ path: path.join(OUT_DIR, 'draft-link-dark.png') });
  });

  it('the link opens through the extension, not by navigating; Hide removes the card and says so', async () => {
    await open();
    await send(view());
    await ui.page.click('.wxp-draft-link-open');
    assert.strictEqual(ui.page.url().includes('mp.weixin.qq.com'), false, 'the page did not navigate');
    await ui.page.click('.wxp-draft-link-close');
    assert.strictEqual(await ui.page.locator('#wxp-draft-link').count(), 0);
    const types = (await posted()).map((m) => m.type);
    assert.ok(types.includes('openDraftLink') && types.indexOf('closeDraftLink') > types.indexOf('openDraftLink'), types.join(','));
  });

  it('survives a surface re-render and a tab switch; a new link replaces the old; null removes it', async () => {
    const model = await open();
    await send(view());
    await ui.page.waitForSelector('#wxp-draft-link');
    await ui.page.evaluate((m) => window.postMessage({ type: 'update', model: m, resource: 'file:///test.wxpush', locked: false }, '*'), model);
    await ui.page.click('[data-tab="article"]');
    assert.strictEqual(await ui.page.locator('#wxp-draft-link').count(), 1);
    const other = 'https://mp.weixin.qq.com/s?tempkey=other';
    await send(view(other));
    await ui.page.waitForFunction((u) => document.querySelector('.wxp-draft-link-qr')?.getAttribute('data-url') === u, other);
    assert.strictEqual(await ui.page.locator('#wxp-draft-link').count(), 1);
    assert.strictEqual(await readQr(), other);
    await send(null);
    await ui.page.waitForFunction(() => !document.getElementById('wxp-draft-link'));
  });
});
