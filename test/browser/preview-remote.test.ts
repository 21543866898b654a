// Remote media in the preview (real Chromium): nothing from another host is fetched when the
// preview opens; each remote image waits behind a placeholder naming its host, and a click (or
// Enter) loads that one; `wxpush.preview.loadRemoteMedia` loads them all. The CSP is unchanged.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { OUT_DIR, ROOT } from './preview/harness';
import { usePreviewPage } from './preview/page';

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
  let fetched: string[];
  const png = fs.readFileSync(path.join(ROOT, 'test/fixtures/media/cover-235x100.png'));
  const ui = usePreviewPage({
    viewport: { width: 820, height: 900 },
    // The remote host, answered here: every request to it is recorded.
    context: (context) => {
      fetched = [];
      return context.route(/^https?:\/\/remote\.test\//, (route) => {
        fetched.push(new URL(route.request().url()).pathname);
        void route.fulfill({ status: 200, contentType: route.request().url().endsWith('.mp3') ? 'audio/mpeg' : 'image/png', body: png });
      });
    },
  });

  const open = (loadRemoteMedia?: boolean, name?: string) => ui.open({ text: PUSH, dir: 'examples', tweak: (m) => (m.loadRemoteMedia = loadRemoteMedia), name });
  const settle = () => ui.page.waitForTimeout(400);
  const remoteImgs = () => ui.page.$$eval('img', (els) => els.map((e) => e.getAttribute('src') ?? '').filter((s) => s.includes('remote.test')));

  it('opens without fetching anything remote: placeholders name the host, no img carries a remote src', async () => {
    await open(undefined, 'remote-chats');
    await settle();
    assert.deepStrictEqual(fetched, []);
    assert.deepStrictEqual(await remoteImgs(), []);
    const chats = await ui.page.$$eval('.wxp-surface:not([hidden]) [data-remote-src]', (els) => els.map((e) => [e.getAttribute('data-remote-src'), e.getAttribute('role'), e.textContent]));
    assert.ok(chats.length >= 2, JSON.stringify(chats));
    for (const [src, role, text] of chats) {
      assert.match(src!, /^https:\/\/remote\.test\//);
      assert.strictEqual(role, 'button');
      assert.ok(text!.includes('Remote media, not loaded. Click to load.') && text!.includes('remote.test'), text!);
    }
    fs.mkdirSync(OUT_DIR, { recursive: true });
    await ui.page.screenshot({ path: path.join(OUT_DIR, 'remote-media-chats.png') });
    await ui.page.click('[data-tab="article"]');
    const body = await ui.page.$$eval('.wxp-surface[data-surface="article"] .wxp-rich [data-remote-src]', (els) => els.map((e) => e.getAttribute('data-remote-src')));
    assert.deepStrictEqual(body, ['https://remote.test/body.png', '//remote.test/second.png']);
    await settle();
    assert.deepStrictEqual(fetched, []);
    await ui.page.screenshot({ path: path.join(OUT_DIR, 'remote-media-article.png'), fullPage: true });
  });

  it('a click loads that one image (with its alt), and nothing else', async () => {
    await open();
    await ui.page.click('[data-tab="article"]');
    await ui.page.click('.wxp-rich [data-remote-src="https://remote.test/body.png"]');
    await ui.page.waitForSelector('.wxp-rich img[src="https://remote.test/body.png"]');
    await ui.page.waitForFunction(() => (document.querySelector('.wxp-rich img[src="https://remote.test/body.png"]') as HTMLImageElement).complete);
    assert.deepStrictEqual(fetched, ['/body.png']);
    assert.strictEqual(await ui.page.getAttribute('.wxp-rich img[src="https://remote.test/body.png"]', 'alt'), 'a remote picture');
    assert.strictEqual(await ui.page.$$eval('.wxp-rich [data-remote-src]', (els) => els.length), 1);
    // A click on a placeholder is no click on the article (no reveal in the editor).
    const posted = (await ui.posted()).map((m) => m.type);
    assert.ok(!posted.includes('reveal'), posted.join());
  });

  it('Enter on a focused placeholder loads it too (keyboard)', async () => {
    await open();
    await ui.page.focus('.wxp-surface:not([hidden]) [data-remote-src="https://remote.test/poster.png"]');
    await ui.page.keyboard.press('Enter');
    await ui.page.waitForSelector('.wxp-surface:not([hidden]) img[src="https://remote.test/poster.png"]');
    assert.deepStrictEqual(fetched, ['/poster.png']);
  });

  it('with the setting on, everything remote loads at once; turning it on in an update re-draws', async () => {
    await open(true);
    await ui.page.click('[data-tab="article"]');
    await ui.page.waitForFunction(() => document.querySelectorAll('.wxp-rich img[src*="remote.test"]').length === 2);
    assert.strictEqual(await ui.page.$$eval('[data-remote-src]', (els) => els.length), 0);

    await ui.renew();
    const model = await open(false);
    await settle();
    assert.deepStrictEqual(fetched, []);
    model.loadRemoteMedia = true;
    await ui.update(model);
    await ui.page.waitForFunction(() => document.querySelectorAll('[data-remote-src]').length === 0);
    await ui.page.click('[data-tab="article"]');
    await ui.page.waitForFunction(() => document.querySelectorAll('.wxp-rich img[src*="remote.test"]').length === 2);
  });
});
