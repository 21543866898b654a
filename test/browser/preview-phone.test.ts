// The Article tab as readers see it, in real Chromium: the phone's 375 CSS px and the desktop
// reader's 677 px column, WeChat's chrome field by field, in English and Chinese, light and dark;
// screenshots in test-results/preview/phone-*.png.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildModel, OUT_DIR } from './preview/harness';
import { usePreviewPage, type OpenOptions } from './preview/page';

const FULL = `---
account: 深夜读书会
type: subscription
date: 2026-11-25 20:00
---
@article 冬天来了，我们读哪几本书
author: 阿莲
original: true
source: https://example.com/winter-books
comments: followers

窗外下着雪，屋里一盏灯，一杯热茶。这是正文的第一段，讲冬天里读书的乐趣。

## 书单

| 书名 | 作者 |
| --- | --- |
| 雪国 | 川端康成 |
| 额尔古纳河右岸 | 迟子建 |
`;

const BARE = `---
account: Ashley Talks
type: service
---
@article Plain page

Only a body.
`;

describe('preview: the article on a phone (Chromium)', function () {
  this.timeout(60000);
  const ui = usePreviewPage({ viewport: { width: 900, height: 800 } });
  const { errors, posted, state, update } = ui;

  async function open(o: OpenOptions) {
    const model = await ui.open({ dir: 'examples', ...o });
    await ui.page.click('[data-tab="article"]');
    await ui.page.waitForSelector('.wxp-surface[data-surface="article"]:not([hidden])');
    return model;
  }
  /** The width of an element's content box (what the text is laid out in). */
  const contentWidth = (sel: string) =>
    ui.page.locator(sel).first().evaluate((e) => {
      const s = getComputedStyle(e);
      return e.getBoundingClientRect().width - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    });

  it('opens at 375 CSS px inside the phone frame; the switch gives the desktop column of 677 px and is kept', async () => {
    await open({ file: 'examples/service-mixed.wxpush' });
    const screen = ui.page.locator('.wxp-article-screen').first();
    assert.strictEqual(await screen.evaluate((e) => e.getBoundingClientRect().width), 375);
    assert.strictEqual(await screen.locator('.wxp-statusbar').count(), 1, 'the phone has its status bar');
    assert.strictEqual(await contentWidth('.wxp-page'), 343, 'the text column inside the phone: 375 minus 16 px each side');
    // The phone's width reaches the body: the recipe table is no wider than the phone.
    const table = await ui.page.locator('.wxp-rich table').first().evaluate((e) => e.getBoundingClientRect().width);
    assert.ok(table <= 343, `table ${table} px`);
    assert.strictEqual(await ui.page.getAttribute('[data-option="articleWidth"][data-value="phone"]', 'aria-pressed'), 'true');

    await ui.page.click('[data-option="articleWidth"][data-value="desktop"]');
    assert.strictEqual(await contentWidth('.wxp-page'), 677, 'the desktop reader’s column');
    assert.strictEqual(await ui.page.locator('.wxp-article-screen .wxp-statusbar').first().isVisible(), false, 'a desktop window has no phone status bar');
    assert.strictEqual(await ui.page.getAttribute('[data-option="articleWidth"][data-value="desktop"]', 'aria-pressed'), 'true');
    assert.strictEqual((await state()).articleWidth, 'desktop', 'the choice is kept in the view state');

    // A reload (VS Code hands the state back) opens on the desktop column again.
    await open({ file: 'examples/service-mixed.wxpush', state: await state() });
    assert.strictEqual(await contentWidth('.wxp-page'), 677);
    await ui.page.click('[data-option="articleWidth"][data-value="phone"]');
    assert.strictEqual(await contentWidth('.wxp-page'), 343);
    assert.deepStrictEqual(errors, []);
  });

  it('draws WeChat’s chrome from the fields: 原创, author, account, date, 阅读原文, comments for followers, the bottom bar', async () => {
    await open({ text: FULL, locale: 'zh-cn' });
    const p = ui.page.locator('[data-frame="0"]');
    assert.strictEqual(await p.locator('.wxp-page-title').textContent(), '冬天来了，我们读哪几本书');
    assert.deepStrictEqual(await p.locator('.wxp-page-meta > *').allTextContents(), ['原创', '阿莲', '深夜读书会', '2026年11月25日 20:00']);
    assert.strictEqual(await p.locator('.wxp-read-more').textContent(), '阅读原文');
    assert.strictEqual(await p.locator('.wxp-read-more').getAttribute('title'), 'https://example.com/winter-books');
    const comments = p.locator('[data-comments]');
    assert.strictEqual(await comments.getAttribute('data-comments'), 'followers');
    assert.match((await comments.textContent())!, /写留言/);
    assert.match((await comments.textContent())!, /仅关注者可留言/);
    assert.strictEqual(await p.locator('.wxp-bar-name').textContent(), '深夜读书会');
    assert.deepStrictEqual(await p.locator('.wxp-page-bar [data-bar]').evaluateAll((els) => els.map((e) => e.getAttribute('data-bar'))), ['share', 'like', 'wow', 'comment']);
    // The bar is the last thing in the phone, below the comments.
    const order = await p.evaluate((f) => {
      const bar = f.querySelector('.wxp-page-bar')!.getBoundingClientRect().top;
      const c = f.querySelector('[data-comments]')!.getBoundingClientRect().bottom;
      return bar >= c;
    });
    assert.ok(order, 'the bottom bar comes after the comments');
    // 阅读原文 asks the extension to open the source link.
    await p.locator('.wxp-read-more').click();
    assert.deepStrictEqual((await posted()).filter((m) => m.type === 'openSource'), [{ type: 'openSource', itemIndex: 0 }]);
    assert.deepStrictEqual(errors, []);
  });

  it('leaves out what the fields leave out: no 原创 mark, no 阅读原文, comments off with no comment action; everyone may comment with comments: all', async () => {
    await open({ text: BARE });
    const p = ui.page.locator('[data-frame="0"]');
    assert.strictEqual(await p.locator('.wxp-original').count(), 0);
    assert.strictEqual(await p.locator('.wxp-page-author').count(), 0);
    assert.strictEqual(await p.locator('.wxp-read-more').count(), 0);
    assert.strictEqual(await p.locator('[data-comments]').getAttribute('data-comments'), 'off');
    assert.strictEqual(await p.locator('.wxp-comment-write').count(), 0, 'no place to write a comment');
    assert.strictEqual(await p.locator('[data-bar="comment"]').count(), 0, 'and no comment button in the bar');
    assert.deepStrictEqual(await p.locator('.wxp-page-meta > *').allTextContents(), ['Ashley Talks']);

    await open({ text: BARE.replace('@article Plain page\n', '@article Plain page\noriginal: true\ncomments: all\n') });
    assert.strictEqual(await ui.page.locator('[data-frame="0"] .wxp-original').textContent(), 'Original');
    assert.strictEqual(await ui.page.locator('[data-frame="0"] [data-comments]').getAttribute('data-comments'), 'all');
    assert.match((await ui.page.locator('[data-frame="0"] [data-comments]').textContent())!, /Everyone can comment/);
    assert.strictEqual(await ui.page.locator('[data-frame="0"] [data-bar="comment"]').count(), 1);
  });

  it('keeps badges, Copy for WeChat and the reveal on the title inside the phone', async () => {
    const model = await open({ file: 'examples/service-mixed.wxpush', counts: [{ errors: 2, warnings: 1 }] });
    const title = ui.page.locator('[data-frame="0"] .wxp-page-title');
    assert.strictEqual(await title.locator('.wxp-badge').getAttribute('data-errors'), '2');
    assert.strictEqual(await title.locator('.wxp-badge').getAttribute('data-warnings'), '1');
    await title.click();
    await ui.page.locator('[data-frame="0"] [data-copy]').click();
    const msgs = (await posted()).filter((m) => m.type === 'reveal' || m.type === 'copyForWeChat');
    assert.deepStrictEqual(msgs, [
      { type: 'reveal', itemIndex: 0, line: model.items[0].line },
      { type: 'copyForWeChat', itemIndex: 0 },
    ]);
  });

  it('the theme picker shows the push’s theme, asks for another, and the article is drawn in the one the push gets', async () => {
    const text = BARE.replace('type: service\n', 'type: service\ntheme: classic\n');
    await open({ text, locale: 'zh-cn' });
    const select = ui.page.locator('select[data-action="pick-theme"]');
    assert.strictEqual(await select.inputValue(), 'classic');
    assert.strictEqual(await select.getAttribute('data-from'), 'front-matter');
    assert.deepStrictEqual(await select.locator('option').allTextContents(), ['默认', '经典', '紧凑（技术）']);
    const body = () => ui.page.locator('[data-frame="0"] .wxp-rich p').first().evaluate((e) => ({ size: getComputedStyle(e).fontSize, family: getComputedStyle(e).fontFamily }));
    const classic = await body();
    assert.match(classic.family, /serif/i);
    await select.selectOption('compact');
    assert.deepStrictEqual((await posted()).filter((m) => m.type === 'pickTheme'), [{ type: 'pickTheme', id: 'compact' }]);
    // The extension writes `theme: compact` into the front matter; the next update draws it.
    const model = buildModel(ui.origin, { text: text.replace('theme: classic', 'theme: compact'), dir: 'examples', locale: 'zh-cn' });
    await update(model);
    await ui.page.waitForFunction(() => (document.querySelector('select[data-action="pick-theme"]') as HTMLSelectElement | null)?.value === 'compact');
    const compact = await body();
    assert.strictEqual(compact.size, '15px', 'the compact theme’s body size');
    assert.notStrictEqual(compact.family, classic.family);
    assert.deepStrictEqual(errors, []);
  });

  it('saves screenshots of the phone article, light and dark, at both widths', async () => {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      for (const width of ['phone', 'desktop'] as const) {
        for (const [name, o] of [['zh', { text: FULL, locale: 'zh-cn' as const }], ['en', { file: 'examples/service-mixed.wxpush' }]] as const) {
          await open({ ...o, theme, state: { articleWidth: width } });
          await ui.page.waitForLoadState('networkidle');
          assert.strictEqual(await ui.page.getAttribute('body', 'data-weui-theme'), theme);
          const shot = path.join(OUT_DIR, `phone-article-${name}-${width}-${theme}.png`);
          await ui.page.screenshot({ path: shot, fullPage: true });
          assert.ok(fs.statSync(shot).size > 5000);
        }
      }
    }
  });
});
