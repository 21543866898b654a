// Remote media in the preview (real Chromium): nothing from another host is fetched when the
// preview opens; each remote image waits behind a placeholder naming its host, and a click (or
// Enter) loads that one; `wxpush.preview.loadRemoteMedia` loads them all. The CSP is unchanged.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './preview/browser';
import { buildModel, OUT_DIR, pageHtml, ROOT, serve, writePage, type Served } from './preview/harness';

const PUSH = `---
account: Remote Test
type: service
date: 2026-12-01 20:00
---

@article Pictures from elsewhere
cover: https://remote.test/cover.png
digest: d

Before the picture.

![a remote picture](https://remote.test/body.png)

Between the pictures.

![another](//remote.test/second.png)

@image https://remote.test/poster.png

@audio https://remote.test/voice.mp3
`;

describe('preview: remote media wait for a click (Chromium)', function () {
  this.timeout(60000);
  let browser: Browser;
  let server: Served;
  let context: BrowserContext;
  let page: Page;
  let fetched: string[];
  const png = fs.readFileSync(path.join(ROOT, 'test/fixtures/media/cover-235x100.png'));

  before(async () => {
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    fetched = [];
    context = await browser.newContext({ viewport: { width: 820, height: 900 } });
    // The remote host, answered here: every request to it is recorded.
    await context.route(/^https?:\/\/remote\.test\//, (route) => {
      fetched.push(new URL(route.request().url()).pathname);
      void route.fulfill({ status: 200, contentType: route.request().url().endsWith('.mp3') ? 'audio/mpeg' : 'image/png', body: png });
    });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  async function open(loadRemoteMedia?: boolean, name?: string) {
    const model = buildModel(server.origin, { text: PUSH, dir: 'examples', tweak: (m) => (m.loadRemoteMedia = loadRemoteMedia) });
    await page.goto(writePage(server.origin, pageHtml(server.origin, model), name));
    await page.waitForSelector('.wxp-surface:not([hidden])');
    return model;
  }
  const settle = () => page.waitForTimeout(400);
  const remoteImgs = () => page.$$eval('img', (els) => els.map((e) => e.getAttribute('src') ?? '').filter((s) => s.includes('remote.test')));

  it('opens without fetching anything remote: placeholders name the host, no img carries a remote src', async () => {
    await open(undefined, 'remote-chats');
    await settle();
    assert.deepStrictEqual(fetched, []);
    assert.deepStrictEqual(await remoteImgs(), []);
    const chats = await page.$$eval('.wxp-surface:not([hidden]) [data-remote-src]', (els) => els.map((e) => [e.getAttribute('data-remote-src'), e.getAttribute('role'), e.textContent]));
    assert.ok(chats.length >= 2, JSON.stringify(chats));
    for (const [src, role, text] of chats) {
      assert.match(src!, /^https:\/\/remote\.test\//);
      assert.strictEqual(role, 'button');
      assert.ok(text!.includes('Remote media, not loaded. Click to load.') && text!.includes('remote.test'), text!);
    }
    fs.mkdirSync(OUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUT_DIR, 'remote-media-chats.png') });
    await page.click('[data-tab="article"]');
    const body = await page.$$eval('.wxp-surface[data-surface="article"] .wxp-rich [data-remote-src]', (els) => els.map((e) => e.getAttribute('data-remote-src')));
    assert.deepStrictEqual(body, ['https://remote.test/body.png', '//remote.test/second.png']);
    await settle();
    assert.deepStrictEqual(fetched, []);
    await page.screenshot({ path: path.join(OUT_DIR, 'remote-media-article.png'), fullPage: true });
  });

  it('a click loads that one image (with its alt), and nothing else', async () => {
    await open();
    await page.click('[data-tab="article"]');
    await page.click('.wxp-rich [data-remote-src="https://remote.test/body.png"]');
    await page.waitForSelector('.wxp-rich img[src="https://remote.test/body.png"]');
    await page.waitForFunction(() => (document.querySelector('.wxp-rich img[src="https://remote.test/body.png"]') as HTMLImageElement).complete);
    assert.deepStrictEqual(fetched, ['/body.png']);
    assert.strictEqual(await page.getAttribute('.wxp-rich img[src="https://remote.test/body.png"]', 'alt'), 'a remote picture');
    assert.strictEqual(await page.$$eval('.wxp-rich [data-remote-src]', (els) => els.length), 1);
    // A click on a placeholder is no click on the article (no reveal in the editor).
    const posted = await page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted.map((m) => m.type));
    assert.ok(!posted.includes('reveal'), posted.join());
  });

  it('Enter on a focused placeholder loads it too (keyboard)', async () => {
    await open();
    await page.focus('.wxp-surface:not([hidden]) [data-remote-src="https://remote.test/poster.png"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.wxp-surface:not([hidden]) img[src="https://remote.test/poster.png"]');
    assert.deepStrictEqual(fetched, ['/poster.png']);
  });

  it('with the setting on, everything remote loads at once; turning it on in an update re-draws', async () => {
    await open(true);
    await page.click('[data-tab="article"]');
    await page.waitForFunction(() => document.querySelectorAll('.wxp-rich img[src*="remote.test"]').length === 2);
    assert.strictEqual(await page.$$eval('[data-remote-src]', (els) => els.length), 0);

    await context.close();
    context = await browser.newContext({ viewport: { width: 820, height: 900 } });
    await context.route(/^https?:\/\/remote\.test\//, (route) => {
      fetched.push(new URL(route.request().url()).pathname);
      void route.fulfill({ status: 200, contentType: 'image/png', body: png });
    });
    page = await context.newPage();
    fetched = [];
    const model = await open(false);
    await settle();
    assert.deepStrictEqual(fetched, []);
    model.loadRemoteMedia = true;
    await page.evaluate((m) => window.postMessage({ type: 'update', model: m, resource: 'file:///test.wxpush', locked: false }, '*'), model);
    await page.waitForFunction(() => document.querySelectorAll('[data-remote-src]').length === 0);
    await page.click('[data-tab="article"]');
    await page.waitForFunction(() => document.querySelectorAll('.wxp-rich img[src*="remote.test"]').length === 2);
  });
});
