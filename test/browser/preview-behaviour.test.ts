// How the preview webview behaves: updates re-render only what changed, clicks reveal the source,
// scroll sync (with its anti-echo guard), state kept for the serializer, theme, placeholders,
// labels, badges and the clipboard copy the export command asks for.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SentBodies } from '../../src/core/surfaces';
import { buildModel, ROOT } from './preview/harness';
import { usePreviewPage } from './preview/page';

const SERVICE = 'examples/service-mixed.wxpush';

describe('preview webview behaviour (Chromium)', function () {
  this.timeout(60000);
  const ui = usePreviewPage({ viewport: { width: 820, height: 700 } });
  const { open, posted, state, update } = ui;

  it('says it is ready, and an update re-renders only the items that changed', async () => {
    await open({ file: SERVICE });
    assert.deepStrictEqual((await posted())[0], { type: 'ready' });
    // Tag every message element, change only the text item, and see which tags survive.
    await ui.page.evaluate(() => document.querySelectorAll('#conversation .wxp-msg').forEach((e, i) => ((e as unknown as { __tag: number }).__tag = i)));
    const text = fs.readFileSync(path.join(ROOT, SERVICE), 'utf8').replace('Good morning!', 'Good evening!');
    await update(buildModel(ui.origin, { text, dir: 'examples' }));
    await ui.page.waitForFunction(() => document.querySelector('#conversation [data-kind="text"]')?.textContent?.includes('Good evening!'));
    const tags = await ui.page.evaluate(() => Array.from(document.querySelectorAll('#conversation .wxp-msg')).map((e) => (e as unknown as { __tag?: number }).__tag ?? null));
    assert.strictEqual(tags[1], null, 'the changed text message was rebuilt');
    assert.deepStrictEqual(
      tags.filter((_, i) => i !== 1),
      tags.map((_, i) => i).filter((i) => i !== 1),
      'every other message is the same element',
    );
  });

  it('an update without the unchanged article bodies shows them from the model it holds, and asks again when it cannot', async () => {
    const first = await open({ file: SERVICE });
    const sent = new SentBodies();
    sent.compact(first);
    const text = fs.readFileSync(path.join(ROOT, SERVICE), 'utf8');
    const edited = buildModel(ui.origin, { text: text.replace('Opening hours over the holidays', 'Opening hours over the holidays (changed)').replace(/(@article Opening hours[^\n]*\n(?:[^\n]+\n)*\n)/, '$1A new first paragraph.\n\n'), dir: 'examples' });
    const { model, kept } = sent.compact(edited);
    assert.strictEqual(kept.length, 1, 'the first article is unchanged, the second is not');
    const bodies = () => ui.page.$$eval('.wxp-surface[data-surface="article"] .wxp-page', (pages) => pages.map((p) => [p.getAttribute('data-page'), p.querySelector('.wxp-rich')?.textContent ?? '']));
    await ui.page.evaluate((m) => window.postMessage({ type: 'update', model: m.model, kept: m.kept, resource: 'file:///test.wxpush', locked: false }, '*'), { model, kept });
    await ui.page.waitForFunction(() => document.querySelector('.wxp-surface[data-surface="article"] .wxp-rich')?.closest('.wxp-surface')?.textContent?.includes('A new first paragraph.'));
    const shown = await bodies();
    assert.strictEqual(shown.length, 2);
    assert.ok(shown.every(([, t]) => (t ?? '').trim().length > 20), 'every article shows its body');
    // The same model sent whole shows the same bodies.
    await update(edited);
    assert.deepStrictEqual(await bodies(), shown);

    // An update leaving out a body the page does not hold (an article at an item it has not seen).
    const other = buildModel(ui.origin, { text: '@text a\n\n@text b\n\n@text c\n\n@text d\n\n@text e\n\n@text f\n\n@text g\n\n@text h\n\n@text i\n\n@text j\n\n@article Far\n\nFar body.\n', dir: 'examples' });
    const far = other.articles[0].itemIndex;
    other.articles[0].html = '';
    await ui.page.evaluate((m) => window.postMessage({ type: 'update', model: m, kept: [{ item: m.articles[0].itemIndex, lines: 0, offset: 0 }], resource: 'file:///test.wxpush', locked: false }, '*'), other);
    await ui.waitForPosted('resync');
    assert.ok(far >= 10);
    assert.deepStrictEqual(await bodies(), shown, 'the page keeps what it showed until the whole model comes');
  });

  it('typing above an article keeps its page and moves its source positions, as a fresh page has them', async () => {
    const text = fs.readFileSync(path.join(ROOT, SERVICE), 'utf8');
    const first = await open({ file: SERVICE });
    const sent = new SentBodies();
    sent.compact(first);
    // Two lines added to the first article's body: the second article moves by two lines.
    const movedText = text.replace(/(@article The winter menu[^\n]*\n(?:[^\n]+\n)*\n)/, '$1One more line of text.\n\n');
    const moved = buildModel(ui.origin, { text: movedText, dir: 'examples' });
    const { model, kept } = sent.compact(moved);
    const second = moved.articles[1].itemIndex;
    assert.deepStrictEqual(kept.find((k) => k.item === second)?.lines, 2, 'the second article is left out, moved');
    const page = `.wxp-surface[data-surface="article"] .wxp-page-frame[data-frame="${second}"]`;
    const positions = () => ui.page.$$eval(`${page} .wxp-page, ${page} .wxp-rich [data-line], ${page} .wxp-rich [data-span]`, (els) => els.map((e) => `${e.getAttribute('data-line')}|${e.getAttribute('data-span')}`));
    const before = await positions();
    await ui.page.evaluate((sel) => ((document.querySelector(sel) as unknown as { __tag: string }).__tag = 'kept'), page);
    await ui.page.evaluate((m) => window.postMessage({ type: 'update', model: m.model, kept: m.kept, resource: 'file:///test.wxpush', locked: false }, '*'), { model, kept });
    await ui.page.waitForFunction(() => document.querySelector('.wxp-surface[data-surface="article"]')?.textContent?.includes('One more line of text.'));
    assert.strictEqual(await ui.page.evaluate((sel) => (document.querySelector(sel) as unknown as { __tag?: string }).__tag, page), 'kept', 'the same page element');
    const after = await positions();
    assert.notDeepStrictEqual(after, before);
    assert.ok(after.length >= 2, "the page and its body carry positions");
    // A page built from the moved model carries the same positions.
    await open({ text: movedText, dir: 'examples' });
    assert.deepStrictEqual(await positions(), after);
  });

  it('clicking an item asks the editor to reveal its directive line', async () => {
    const model = await open({ file: SERVICE });
    await ui.page.click('#conversation [data-kind="text"]');
    const text = model.items.find((i) => i.kind === 'text')!;
    const reveal = (await posted()).filter((m) => m.type === 'reveal');
    assert.deepStrictEqual(reveal, [{ type: 'reveal', itemIndex: text.index, line: text.line }]);
    const source = fs.readFileSync(path.join(ROOT, SERVICE), 'utf8').split('\n');
    assert.ok(source[text.line].startsWith('@text'));
  });

  it('scroll sync: scrollToLine moves the article to that line without echo; a user scroll reports the top line', async () => {
    await open({ file: 'examples/subscription-weekly.wxpush' });
    await ui.page.click('[data-tab="article"]');
    const lines = await ui.page.$$eval('.wxp-surface[data-surface="article"] .wxp-rich [data-line]', (els) => els.map((e) => Number(e.getAttribute('data-line'))));
    assert.ok(lines.length > 5, 'the renderer marks body blocks with source lines');
    const target = lines[Math.floor(lines.length * 0.7)];
    await ui.page.evaluate(() => ((window as unknown as { __posted: unknown[] }).__posted.length = 0));
    await ui.page.evaluate((line) => window.postMessage({ type: 'scrollToLine', line }, '*'), target);
    await ui.page.waitForTimeout(100);
    const top = await ui.page.evaluate((line) => document.querySelector(`.wxp-surface:not([hidden]) .wxp-rich [data-line="${line}"]`)!.getBoundingClientRect().top, target);
    assert.ok(top >= -2 && top < 60, `the element of line ${target} is at the top (${top})`);
    assert.deepStrictEqual((await posted()).filter((m) => m.type === 'revealLine'), [], 'no echo back to the editor');
    assert.strictEqual((await state()).line, target);
    await ui.page.waitForTimeout(300);
    await ui.page.mouse.move(400, 400);
    await ui.page.mouse.wheel(0, 400);
    await ui.waitForPosted('revealLine');
    const reported = (await posted()).filter((m) => m.type === 'revealLine').pop()!.line as number;
    assert.ok(reported > target, `scrolling down reports a later line (${reported} > ${target})`);
  });

  it('inline images and links carry their source: scroll sync lands on an image inside a long paragraph, a double-click selects its source', async () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Line ${i} of a long paragraph that goes on and on`).join('\n');
    const text = [
      '---\naccount: A\ntype: subscription\n---\n\n@article Long\ncover: media/cover-push.jpg\n',
      `${filler}\nand here is ![the step](media/bread-step.jpg) in it,\n${filler}\nthen [a link](https://example.com/x) and ![a poster](media/poster.jpg "P")`,
      '\n- a list item with ![avatar](media/avatar.png)\n',
      `${filler}\n`,
    ].join('\n');
    await open({ text, dir: 'examples' });
    await ui.page.click('[data-tab="article"]');
    const rich = '.wxp-surface[data-surface="article"] .wxp-rich';
    await ui.page.waitForFunction((sel) => Array.from(document.querySelectorAll<HTMLImageElement>(`${sel} img`)).every((i) => i.complete), rich);
    const lines = text.split('\n');
    const poster = lines.findIndex((l) => l.includes('![a poster]'));
    assert.ok(poster > 80, 'the poster sits far down in its paragraph');
    await ui.page.evaluate((line) => window.postMessage({ type: 'scrollToLine', line }, '*'), poster);
    await ui.page.waitForTimeout(100);
    const top = await ui.page.evaluate((sel) => document.querySelector(`${sel} img[alt="a poster"]`)!.getBoundingClientRect().top, rich);
    assert.ok(top >= -2 && top < 60, `the poster, not its paragraph, is at the top (${top})`);
    // A double-click on an image or link posts its exact span in the text the preview rendered.
    await ui.page.evaluate(() => ((window as unknown as { __posted: unknown[] }).__posted.length = 0));
    for (const [selector, source] of [
      ['img[alt="a poster"]', '![a poster](media/poster.jpg "P")'],
      ['img[alt="the step"]', '![the step](media/bread-step.jpg)'],
      ['img[alt="avatar"]', '![avatar](media/avatar.png)'],
      ['[data-span]:not(img)', '[a link](https://example.com/x)'],
    ]) {
      await ui.page.locator(`${rich} ${selector}`).first().dblclick();
      const span = (await posted()).filter((m) => m.type === 'revealSpan').pop() as { start: number; end: number } | undefined;
      assert.ok(span, `${selector}: a revealSpan was posted`);
      assert.strictEqual(text.slice(span.start, span.end), source);
    }
    assert.deepStrictEqual((await posted()).filter((m) => m.type === 'revealLine'), [], 'no line-only reveal for an image or link');
  });

  it('keeps its state for the serializer and restores the surface after a reload', async () => {
    await open({ file: SERVICE });
    await ui.page.click('[data-tab="moments"]');
    const s = await state();
    assert.strictEqual(s.surface, 'moments');
    assert.strictEqual(s.resource, 'file:///test.wxpush');
    await open({ file: SERVICE, state: s });
    assert.strictEqual(await ui.page.getAttribute('.wxp-surface:not([hidden])', 'data-surface'), 'moments');
  });

  it('follows the VS Code theme until the author picks one with the toggle', async () => {
    await open({ file: SERVICE });
    assert.strictEqual(await ui.page.getAttribute('body', 'data-weui-theme'), 'light');
    await ui.page.evaluate(() => document.body.classList.add('vscode-dark'));
    await ui.page.waitForFunction(() => document.body.getAttribute('data-weui-theme') === 'dark');
    const bg = await ui.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.strictEqual(bg, 'rgb(17, 17, 17)', 'WeChat dark background');
    await ui.page.click('[data-action="theme"]');
    assert.strictEqual(await ui.page.getAttribute('body', 'data-weui-theme'), 'light');
    assert.strictEqual((await state()).theme, 'light');
  });

  it('dark mode recolours the article’s inline colours as WeChat does, and light mode restores them', async () => {
    await open({ file: SERVICE, theme: 'dark' });
    await ui.page.click('[data-tab="article"]');
    const luminance = () =>
      ui.page.locator('.wxp-rich p').first().evaluate((e) => {
        const [r, g, b] = getComputedStyle(e).color.match(/[\d.]+/g)!.map(Number);
        return { lum: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255, style: e.getAttribute('style') };
      });
    const dark = await luminance();
    assert.ok(dark.lum > 0.6, `light text on the dark page (${dark.lum})`);
    await ui.page.click('[data-action="theme"]');
    const light = await luminance();
    assert.ok(light.lum < 0.4, `dark text on the light page (${light.lum})`);
    const section = await ui.page.locator('.wxp-rich > section').first().evaluate((e) => ({ style: e.getAttribute('style'), original: e.getAttribute('data-wxp-light-style') }));
    assert.match(section.original!, /color:#333/, 'the renderer set a dark text colour');
    assert.strictEqual(section.style, section.original);
    const original = await ui.page.locator('.wxp-rich p').first().getAttribute('data-wxp-light-style');
    assert.ok(original !== null);
    assert.strictEqual(light.style, original, 'the inline style is back as the renderer wrote it');
  });

  it('a mini-program card the renderer keeps is drawn as a card with its title', async () => {
    await open({ text: '@article A\n\n<mp-miniprogram data-miniprogram-appid="wx1234" data-miniprogram-title="Order a cake" data-miniprogram-path="pages/cake"></mp-miniprogram>\n', dir: 'examples' });
    await ui.page.click('[data-tab="article"]');
    const card = ui.page.locator('.wxp-rich mp-miniprogram');
    assert.strictEqual(await card.getAttribute('data-miniprogram-title'), 'Order a cake');
    const before = await card.evaluate((e) => getComputedStyle(e, '::before').content);
    assert.strictEqual(before, '"Order a cake"');
  });

  it('missing media show a placeholder that names the file', async () => {
    await open({ text: '---\ntype: service\navatar: media/none.png\n---\n@article A\ncover: media/nope.jpg\n\nx\n\n@audio media/gone.mp3\n', dir: 'examples' });
    assert.strictEqual(await ui.page.locator('#conversation .wxp-headline [data-missing="media/nope.jpg"]').count(), 1);
    assert.match((await ui.page.locator('#conversation .wxp-headline .is-missing').textContent())!, /Missing file\s*media\/nope\.jpg/);
    assert.strictEqual(await ui.page.locator('#conversation .wxp-voice.is-missing').count(), 1);
    assert.strictEqual(await ui.page.locator('.wxp-chat-row.is-ours .wxp-avatar.is-missing').count(), 1);
  });

  it('voice and video lengths come from the files themselves', async () => {
    await open({ text: '---\ntype: service\n---\n@audio media/oven-timer.mp3\n\n@video media/kitchen.mp4\n', dir: 'examples' });
    await ui.page.waitForFunction(() => document.querySelector('#conversation .wxp-voice-len')?.textContent !== '');
    const voice = await ui.page.textContent('#conversation .wxp-voice-len');
    assert.match(voice!, /^\d+"$/);
    const video = await ui.page.textContent('#conversation .wxp-video-len');
    assert.ok(video === '' || /^\d+:\d\d$/.test(video!), `video length ${video}`);
  });

  it('Chinese labels as WeChat shows them', async () => {
    await open({ file: 'examples/subscription-weekly.wxpush', locale: 'zh-cn' });
    assert.strictEqual(await ui.page.textContent('[data-tab="subscriptions"]'), '订阅号消息');
    assert.strictEqual(await ui.page.textContent('[data-tab="moments"]'), '朋友圈');
    assert.match((await ui.page.textContent('.wxp-card-more'))!, /^余下 \d+ 篇$/);
    await ui.page.click('[data-tab="article"]');
    assert.strictEqual(await ui.page.locator('.wxp-read-more').first().textContent(), '阅读原文');
    assert.strictEqual(await ui.page.getAttribute('html', 'lang'), 'zh-CN');
  });

  it('badges show each item’s errors and warnings', async () => {
    await open({ file: SERVICE, counts: [{ errors: 2, warnings: 0 }, { errors: 0, warnings: 1 }] });
    const headline = ui.page.locator('#conversation .wxp-headline .wxp-badge');
    assert.strictEqual(await headline.getAttribute('data-errors'), '2');
    assert.strictEqual(await headline.getAttribute('title'), '2 errors');
    assert.strictEqual(await ui.page.locator('#conversation .wxp-card-row .wxp-badge').getAttribute('data-warnings'), '1');
    assert.strictEqual(await ui.page.locator('#conversation .wxp-card-row .wxp-badge').getAttribute('title'), '1 warning');
    assert.strictEqual(await ui.page.locator('#conversation [data-kind="text"] .wxp-badge').count(), 0);
  });

  it('copyArticle puts HTML and text on the clipboard and answers with its request id', async () => {
    await ui.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ui.origin });
    await open({ file: SERVICE });
    await ui.page.bringToFront();
    await ui.page.evaluate(() => window.postMessage({ type: 'copyArticle', html: '<p><strong>Hi</strong></p>', text: 'Hi', summary: 's', requestId: 7 }, '*'));
    await ui.waitForPosted('copied');
    const reply = (await posted()).find((m) => m.type === 'copied');
    assert.deepStrictEqual(reply, { type: 'copied', ok: true, requestId: 7 });
    const clip = await ui.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: item.types, html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
    });
    assert.ok(clip.types.includes('text/html') && clip.types.includes('text/plain'));
    assert.match(clip.html, /<strong>Hi<\/strong>/);
    assert.strictEqual(clip.text, 'Hi');
  });

  it('a refused clipboard is reported, not swallowed', async () => {
    await open({ file: SERVICE });
    await ui.page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { write: () => Promise.reject(new Error('denied')) } });
      window.postMessage({ type: 'copyArticle', html: '<p>x</p>', text: 'x', requestId: 8 }, '*');
    });
    await ui.waitForPosted('copied');
    assert.deepStrictEqual((await posted()).find((m) => m.type === 'copied'), { type: 'copied', ok: false, error: 'denied', requestId: 8 });
  });

  it('the lock button asks the extension to toggle the lock', async () => {
    await open({ file: SERVICE });
    await ui.page.click('[data-action="lock"]');
    assert.deepStrictEqual((await posted()).filter((m) => m.type === 'toggleLock'), [{ type: 'toggleLock' }]);
  });
});
