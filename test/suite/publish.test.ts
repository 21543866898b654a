// Publishing from the real editor against the fake WeChat API (test/support/fakeWechat.ts), which
// runs in this extension host; the extension reads its address from WXPUSH_API_BASE, like the CLI.
// The AppSecret goes through "Set Up Account…" into the real SecretStorage; commands run from the
// command palette; the fake holds the draft afterwards; the preview shows the QR code. Screenshots
// of the progress notification and of the QR code land in test-results/e2e/.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { startFakeWechat, type FakeWechat } from '../support/fakeWechat';
import { askBrowser, BRIDGE_DIR } from './browserBridge';
import { activeExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

const APP_ID = 'wx5e2e0123456789ab';
const APP_SECRET = 'e2e0secret0abcdef0123456789abcdef';
const ACCOUNT = 'Crumb Test Kitchen';
const FILE = 'publish-e2e.wxpush';
const BROKEN = 'publish-e2e-broken.wxpush';

const PUSH = `---
account: ${ACCOUNT}
type: service
verified: true
date: 2026-12-03 08:00
---

@article The winter loaf, step by step
author: Crumb
cover: media/cover-menu.jpg
comments: all

Our winter loaf takes two days. Here is the first fold:

![The first fold](media/bread-step.jpg)

Bake it at 230 °C for forty minutes.

@article Opening hours over the holidays
author: Crumb
cover: media/cover-hours.png

We are open every day except the 25th, from 7 to 14.

@text
Reply HOURS for the holiday times.

@video media/kitchen.mp4
title: In the kitchen
`;

const BROKEN_PUSH = `---
account: ${ACCOUNT}
type: subscripton
---

@article A push with a mistake
cover: media/cover-menu.jpg

Body.
`;

async function write(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function notifications() {
  // The center lists every notification; toasts may be hidden, or pushed out by earlier ones.
  await vscode.commands.executeCommand('notifications.showList');
  const answer = await askBrowser({ kind: 'notifications' });
  assert.ok(answer.ok, answer.error);
  return answer.notifications ?? [];
}

describe('publish', function () {
  this.timeout(120_000);
  let fake: FakeWechat;
  let uri: vscode.Uri;
  let exports: any;

  before(async function () {
    // The palette, the input boxes and the webview are driven through the browser.
    if (!BRIDGE_DIR) this.skip();
    fake = await startFakeWechat({ appId: APP_ID, appSecret: APP_SECRET, verified: true });
    process.env.WXPUSH_API_BASE = fake.url;
    exports = (await activeExtension()).exports;
    uri = await write(FILE, PUSH);
  });
  after(async () => {
    delete process.env.WXPUSH_API_BASE;
    await fake?.close();
    await closeAllEditors();
    for (const f of [FILE, BROKEN]) await vscode.workspace.fs.delete(workspaceFile(f)).then(undefined, () => undefined);
  });

  it('Set Up Account… asks account, AppID and AppSecret; the secret goes to SecretStorage, not the settings', async () => {
    await vscode.window.showTextDocument(uri, { preview: false });
    await askBrowser({ kind: 'runCommand', title: 'WeChat Push: Set Up Account…' });
    // The account's name is offered from the front matter; the answers are typed like a person would.
    await askBrowser({ kind: 'typeQuickInput', waitText: '1/3', text: ACCOUNT });
    await askBrowser({ kind: 'typeQuickInput', waitText: '2/3', text: APP_ID });
    await askBrowser({ kind: 'typeQuickInput', waitText: '3/3', text: APP_SECRET });
    const entry = await waitFor('the account in the settings', () => vscode.workspace.getConfiguration('wxpush').get<Record<string, unknown>>('accounts')?.[ACCOUNT]);
    assert.deepStrictEqual(entry, { appId: APP_ID });
    const inspected = JSON.stringify(vscode.workspace.getConfiguration('wxpush').inspect('accounts'));
    assert.ok(!inspected.includes(APP_SECRET), 'the secret is in no settings scope');
    // The notification names the account and the ends of its AppID only, never the secret.
    const toast = await waitFor('the set-up notification', async () => (await notifications()).find((n) => n.message.includes(ACCOUNT)));
    await vscode.commands.executeCommand('notifications.hideList');
    assert.ok(toast.message.includes(`${APP_ID.slice(0, 4)}…${APP_ID.slice(-4)}`), toast.message);
    assert.ok(!toast.message.includes(APP_ID) && !toast.message.includes(APP_SECRET), toast.message);
  });

  it('Publish to Draft Box from the palette: a progress notification, then one draft in the fake with both articles', async () => {
    await vscode.window.showTextDocument(uri, { preview: false });
    // Slow answers keep the progress notification on screen long enough for its picture.
    await vscode.commands.executeCommand('notifications.clearAll');
    fake.delayNext('/cgi-bin/material/add_material', 2500);
    fake.delayNext('/cgi-bin/media/uploadimg', 2500);
    await askBrowser({ kind: 'runCommand', title: 'WeChat Push: Publish to Draft Box' });
    const shot = await askBrowser({ kind: 'screenshot', name: 'publish-progress', waitSelector: '.notifications-toasts .notification-list-item', waitText: 'Publishing' });
    assert.ok(shot.ok, shot.error);
    await waitFor('a draft in the fake', () => (fake.state.drafts.size === 1 ? true : undefined), 60_000);
    const [articles] = [...fake.state.drafts.values()];
    assert.deepStrictEqual(
      articles.map((a: any) => a.title),
      ['The winter loaf, step by step', 'Opening hours over the holidays'],
    );
    assert.strictEqual(articles[0].need_open_comment, 1);
    assert.ok(articles[0].thumb_media_id && articles[1].thumb_media_id, 'both covers were uploaded as permanent material');
    assert.match(articles[0].content, /<img[^>]+src="http[^"]*mmbiz[^"]*"/, 'the body image points at its uploaded URL');
    assert.ok(!articles[0].content.includes('media/bread-step.jpg'), 'no local path is left in the payload');
    // The source file is never rewritten.
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), PUSH);
    // Each call was logged without the token (the fake keeps every raw request to compare).
    const calls = fake.state.calls.map((c) => c.path);
    assert.ok(calls.includes('/cgi-bin/draft/add') && calls.includes('/cgi-bin/draft/get'), calls.join(', '));
    const status = await waitFor('the last publish in the status bar', () => exports.publish.status.text as string | undefined);
    assert.match(status, /Draft/);
  });

  it('the preview shows the draft link and its QR code (SVG in the webview DOM)', async () => {
    const answer = await askBrowser({ kind: 'webview', selectors: ['#wxp-draft-link svg.wxp-draft-link-qr path', '.wxp-draft-link-open', '.wxp-draft-link-qr'], waitMs: 30_000 });
    assert.ok(answer.ok, answer.error);
    const m = answer.matches!;
    assert.strictEqual(m['#wxp-draft-link svg.wxp-draft-link-qr path'].length, 1);
    assert.ok(m['#wxp-draft-link svg.wxp-draft-link-qr path'][0].attrs.d.length > 200, 'a path with the modules');
    const href = m['.wxp-draft-link-open'][0].attrs.href;
    assert.ok(href.startsWith(`${fake.url}/s?`), `the draft's temporary link from draft/get: ${href}`);
    assert.strictEqual(m['.wxp-draft-link-qr'][0].attrs['data-url'], href, 'the QR code encodes the link');
    // The publish's messages sit over the preview's corner: clear them for the picture.
    await vscode.commands.executeCommand('notifications.clearAll');
    const shot = await askBrowser({ kind: 'screenshot', name: 'publish-qr' });
    assert.ok(shot.ok, shot.error);
  });

  it('Copy Article for WeChat Editor pastes the body image by the URL the publish uploaded it to', async () => {
    const [articles] = [...fake.state.drafts.values()];
    const uploaded = /<img[^>]+src="([^"]+)"/.exec(articles[0].content)![1];
    const copying = vscode.commands.executeCommand<'rich' | 'text' | undefined>('wxpush.export.copyArticle', uri, 0);
    const how = await Promise.race([copying, new Promise<string>((r) => setTimeout(() => r('still waiting after 15 s'), 15_000))]);
    assert.strictEqual(how, 'rich');
    const answer = await askBrowser({ kind: 'clipboard' });
    assert.ok(answer.ok, answer.error);
    const html = answer.clipboard!['text/html'];
    assert.ok(html.includes(uploaded.replace(/^http:/, 'https:')), `the uploaded URL ${uploaded} is on the clipboard`);
    assert.ok(!html.includes('bread-step.jpg'), 'no local path on the clipboard');
  });

  it('publishing the unchanged push again uploads nothing and adds no draft', async () => {
    const uploads = fake.state.uploads;
    const result = await vscode.commands.executeCommand<any>('wxpush.publish.draft', uri);
    assert.strictEqual(result?.action, 'unchanged');
    assert.strictEqual(fake.state.drafts.size, 1);
    assert.strictEqual(fake.state.uploads, uploads, 'every file came from the upload cache');
    assert.ok(result.uploads.every((u: any) => u.cached));
  });

  it('40164 names the IP WeChat saw and offers Copy IP and the developer platform', async () => {
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    // An unsaved change to the second title: the publish updates that article in place.
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('@article Opening hours'));
    await editor.edit((e) => e.insert(new vscode.Position(line, editor.document.lineAt(line).text.length), ' (updated)'));
    // Earlier toasts fill the corner (an unfocused headless window keeps them): start from none.
    await vscode.commands.executeCommand('notifications.clearAll');
    fake.failNext('/cgi-bin/draft/update', 40164);
    const result = await vscode.commands.executeCommand('wxpush.publish.draft', uri);
    assert.strictEqual(result, undefined, 'the publish failed');
    const shown = await waitFor('the 40164 notification', async () => (await notifications()).find((n) => n.message.includes('203.0.113.7'))).catch(async (e) => {
      await askBrowser({ kind: 'screenshot', name: 'publish-40164-missing' });
      throw new Error(`${e}; on screen: ${JSON.stringify(await notifications())}; shown: ${JSON.stringify(exports.publish.lastFailure)}`);
    });
    assert.match(shown.message, /40164/);
    assert.deepStrictEqual(shown.actions, ['Copy IP', 'Open the developer platform']);
    await askBrowser({ kind: 'screenshot', name: 'publish-40164' });
    await askBrowser({ kind: 'clickNotificationAction', messageText: '203.0.113.7', label: 'Copy IP' });
    await vscode.commands.executeCommand('notifications.hideList');
    assert.strictEqual(await waitFor('the IP on the clipboard', async () => ((await vscode.env.clipboard.readText()) === '203.0.113.7' ? true : undefined)), true);
    // Once the whitelist is right, the same change goes through as an update of that one article.
    const again = await vscode.commands.executeCommand<any>('wxpush.publish.draft', uri);
    assert.strictEqual(again?.action, 'updated');
    assert.deepStrictEqual(again.updatedIndexes, [1]);
    assert.strictEqual(fake.state.drafts.size, 1);
    assert.strictEqual([...fake.state.drafts.values()][0][1].title, 'Opening hours over the holidays (updated)');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('lint errors refuse the publish in a modal that lists them; nothing is sent', async () => {
    const broken = await write(BROKEN, BROKEN_PUSH);
    await vscode.window.showTextDocument(broken, { preview: false });
    const calls = fake.state.calls.length;
    const result = await vscode.commands.executeCommand('wxpush.publish.draft', broken);
    assert.strictEqual(result, undefined);
    // The extension-test workbench refuses to draw modal dialogs; what the modal was asked to show is kept.
    const shown = exports.publish.lastFailure;
    assert.strictEqual(shown?.modal, true);
    assert.match(shown.message, /Not published: the push has 1 error/);
    assert.match(shown.detail, /^3:7 .*\(account-type\)$/m, `each problem with its line and column: ${shown.detail}`);
    assert.strictEqual(fake.state.calls.length, calls, 'no request reached the API');
  });

  it('Send Preview to WeChat… asks the WeChat ID once, sends each item and counts the day against 100', async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    const pending = vscode.commands.executeCommand<any>('wxpush.publish.phonePreview', uri);
    await askBrowser({ kind: 'typeQuickInput', waitText: 'WeChat ID', text: 'crumb_e2e' });
    const first = await pending;
    assert.ok(first, 'the preview was sent');
    assert.strictEqual(first.towxname, 'crumb_e2e');
    assert.ok(first.sent >= 2, `the articles and the text: ${first.sent}`);
    assert.ok(first.explained.some((x: any) => x.itemIndex === 3), 'the @video item is explained, not sent');
    assert.ok(fake.state.previews.every((p: any) => p.towxname === 'crumb_e2e'));
    // Remembered for the account: no question the second time, and the count goes on.
    await vscode.commands.executeCommand('notifications.clearAll');
    const second = await vscode.commands.executeCommand<any>('wxpush.publish.phonePreview', uri);
    assert.strictEqual(second?.usedToday, first.usedToday + second.sent);
    const toast = await waitFor('the preview notification', async () => (await notifications()).find((n) => / of 100/.test(n.message)));
    assert.match(toast.message, /Not sent: #4/);
    await vscode.commands.executeCommand('notifications.hideList');
  });

  it('Cancel on the progress notification aborts the publish in flight', async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    // The unchanged push asks only for the draft's link: hold that answer back, then cancel.
    fake.delayNext('/cgi-bin/draft/get', 8000);
    const started = Date.now();
    const pending = vscode.commands.executeCommand('wxpush.publish.draft', uri);
    // The notification center lists the running publish with its Cancel button (toasts may be hidden).
    await vscode.commands.executeCommand('notifications.showList');
    const clicked = await askBrowser({ kind: 'clickNotificationAction', messageText: 'Publishing', label: 'Cancel' });
    assert.ok(clicked.ok, clicked.error);
    assert.strictEqual(await pending, undefined);
    await vscode.commands.executeCommand('notifications.hideList');
    assert.ok(Date.now() - started < 7500, 'the request was aborted, not waited for');
    assert.match(exports.publish.lastFailure?.message ?? '', /^Cancelled\./);
    assert.strictEqual(fake.state.drafts.size, 1);
  });

  it('Forget Account Secret removes the secret: the next publish asks to set the account up', async () => {
    await vscode.commands.executeCommand('wxpush.publish.forgetSecret', ACCOUNT);
    const calls = fake.state.calls.length;
    const result = await vscode.commands.executeCommand('wxpush.publish.draft', uri);
    assert.strictEqual(result, undefined);
    const shown = exports.publish.lastFailure;
    assert.match(shown?.message ?? '', /The AppSecret of the account “Crumb Test Kitchen” is not stored/);
    assert.deepStrictEqual(shown.actions, ['Set Up Account…']);
    assert.strictEqual(fake.state.calls.length, calls, 'nothing was sent');
  });
});
