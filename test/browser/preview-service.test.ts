// A service account's chat list both ways, in real Chromium: the classic muted row, and the folded
// "服务号" box of WeChat's gray test (通知 / 关注 / 看一看), switched and kept; screenshots in
// test-results/preview/service-*.png.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { OUT_DIR } from './preview/harness';
import { usePreviewPage, type OpenOptions } from './preview/page';

const SERVICE = 'examples/service-mixed.wxpush';

describe('preview: the service account’s chat list, classic and folded (Chromium)', function () {
  this.timeout(60000);
  const ui = usePreviewPage({ viewport: { width: 900, height: 900 } });
  const { errors, posted, state } = ui;

  async function open(o: OpenOptions) {
    const model = await ui.load(o);
    await ui.page.waitForSelector('.wxp-surface[data-surface="chats"]:not([hidden])');
    return model;
  }
  const chats = () => ui.page.locator('.wxp-surface[data-surface="chats"]');

  it('classic by default: the account’s own row, muted; the folded box and the gray-test note are not shown', async () => {
    await open({ file: SERVICE });
    assert.strictEqual(await ui.page.getAttribute('[data-option="serviceLayout"][data-value="classic"]', 'aria-pressed'), 'true');
    const classicRow = chats().locator('.wxp-layout-classic .wxp-chat-row.is-ours');
    assert.ok(await classicRow.isVisible());
    assert.strictEqual(await classicRow.locator('.wxp-chat-name').textContent(), 'Crumb & Co. Bakery');
    assert.strictEqual(await classicRow.locator('[data-muted]').count(), 1);
    assert.strictEqual(await chats().locator('#service-box').isVisible(), false);
    assert.strictEqual(await chats().locator('[data-notice="gray-test"]').isVisible(), false);
    assert.ok(await chats().locator('#conversation').isVisible(), 'the conversation is there in both layouts');
    assert.deepStrictEqual(errors, []);
  });

  it('folded: one "服务号" row with the count, and inside 通知, 关注 (ours by its first article’s title and cover, then two more) and 看一看', async () => {
    const model = await open({ file: SERVICE, locale: 'zh-cn' });
    await ui.page.click('[data-option="serviceLayout"][data-value="folded"]');
    assert.strictEqual((await state()).serviceLayout, 'folded', 'the choice is kept in the view state');
    assert.strictEqual(await chats().locator('.wxp-layout-classic .wxp-chat-row').first().isVisible(), false, 'the classic row is gone');
    const notice = chats().locator('[data-notice="gray-test"]');
    assert.ok(await notice.isVisible(), 'the folded layout is labelled as a gray test');
    assert.match((await notice.textContent())!, /灰度测试/);

    const row = chats().locator('.wxp-layout-folded .wxp-chat-row.is-ours');
    assert.strictEqual(await row.count(), 1, 'one row for every service account');
    assert.strictEqual(await row.locator('.wxp-chat-name').textContent(), '服务号');
    const messages = model.chats.messages.length;
    assert.strictEqual(await row.locator('.wxp-unread').textContent(), String(messages));
    assert.strictEqual(await row.locator('.wxp-chat-preview').textContent(), `Crumb & Co. Bakery: ${model.chats.row.preview}`);

    const box = chats().locator('#service-box');
    assert.ok(await box.isVisible());
    assert.strictEqual(await box.locator('.wxp-nav-title').textContent(), '服务号');
    assert.deepStrictEqual(await box.locator('[data-block]').evaluateAll((els) => els.map((e) => e.getAttribute('data-block'))), ['notifications', 'following', 'top-stories']);
    assert.deepStrictEqual(await box.locator('.wxp-box-title').allTextContents(), ['通知', '关注', '看一看']);
    assert.strictEqual(await box.locator('[data-block="notifications"] .wxp-box-extra').textContent(), '0条通知');

    const following = box.locator('[data-block="following"]');
    assert.strictEqual(await following.locator('.wxp-box-push').count(), 3, 'the latest three pushes');
    const ours = following.locator('.wxp-box-push.is-ours');
    assert.strictEqual(await following.locator('.wxp-box-push').first().getAttribute('class'), await ours.getAttribute('class'), 'ours is the latest');
    assert.strictEqual(await ours.locator('.wxp-box-push-title').textContent(), 'The winter menu is here');
    assert.strictEqual(await ours.locator('.wxp-box-push-name').textContent(), 'Crumb & Co. Bakery');
    assert.ok(await ours.locator('.wxp-box-cover img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the first article’s cover is drawn');
    assert.strictEqual(await ours.getAttribute('data-hidden'), String(messages - 1 + 1), 'the second article and the other messages are not shown');
    assert.strictEqual(await following.locator('.wxp-box-more').textContent(), '查看更多');

    // The row opens the box; our push reveals its item in the editor.
    await row.click();
    await ours.click();
    assert.deepStrictEqual((await posted()).filter((m) => m.type === 'reveal'), [{ type: 'reveal', itemIndex: 0, line: model.items[0].line }]);

    // Kept across a reload, and switched back.
    await open({ file: SERVICE, state: await state() });
    assert.ok(await chats().locator('#service-box').isVisible());
    await ui.page.click('[data-option="serviceLayout"][data-value="classic"]');
    assert.strictEqual(await chats().locator('#service-box').isVisible(), false);
    assert.ok(await chats().locator('.wxp-layout-classic .wxp-chat-row.is-ours').isVisible());
    assert.deepStrictEqual(errors, []);
  });

  it('saves screenshots of both layouts, light and dark', async () => {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      for (const layout of ['classic', 'folded'] as const) {
        await open({ file: SERVICE, theme, state: { serviceLayout: layout }, locale: theme === 'dark' ? 'zh-cn' : 'en' });
        await ui.page.waitForLoadState('networkidle');
        const shot = path.join(OUT_DIR, `service-${layout}-${theme}.png`);
        await ui.page.screenshot({ path: shot, fullPage: true });
        assert.ok(fs.statSync(shot).size > 5000);
      }
    }
  });
});
