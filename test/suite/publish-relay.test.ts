// Publishing from the real editor through a team relay (docs/relay.md): the relay
// (src/node/relay) and the fake WeChat API run in this extension host, the relay holding the
// AppSecret and a keys file it re-reads. The account's relay URL is in wxpush.accounts; its key
// goes through "Set Up Account…" into the real SecretStorage. Then the key is revoked in the file
// and the author is told what happened, and replaces the key from the notification.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { startRelay, type RunningRelay } from '../../src/cli/commands/relay';
import { startFakeWechat, type FakeWechat } from '../support/fakeWechat';
import { askBrowser, BRIDGE_DIR } from './browserBridge';
import { activeExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

const APP_ID = 'wx0123456789abcd15';
const APP_SECRET = 'relay-e2e-secret-0123456789abcdef';
const ACCOUNT = 'Crumb Relay Kitchen';
const FILE = 'publish-relay-e2e.wxpush';
const KEY = 'mei-key-0123456789abcdef0123456789abcdef';
const NEW_KEY = 'ren-key-fedcba9876543210fedcba9876543210';

const PUSH = `---
account: ${ACCOUNT}
type: service
verified: true
---

@article Sourdough through the relay
author: Crumb
cover: media/cover-menu.jpg

The starter wants feeding twice a day.

![The first fold](media/bread-step.jpg)

@article A second article, by relay
cover: media/cover-hours.png

Short and plain.
`;

async function notifications() {
  // The center lists every notification; toasts may be hidden, or pushed out by earlier ones.
  await vscode.commands.executeCommand('notifications.showList');
  const answer = await askBrowser({ kind: 'notifications' });
  assert.ok(answer.ok, answer.error);
  return answer.notifications ?? [];
}

/** Every .log file under `dir`. */
function logFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? logFiles(p) : e.name.endsWith('.log') ? [p] : [];
  });
}

describe('publish through a relay', function () {
  this.timeout(120_000);
  let fake: FakeWechat;
  let relay: RunningRelay;
  let relayLog: string[];
  let dir: string;
  let keysFile: string;
  let uri: vscode.Uri;
  let exports: any;
  let accountsBefore: unknown;
  let host: string;

  /** The output channel "WeChat Push: Publish" as written to its log file by the editor. */
  function outputChannelText(): string {
    const logDir: string = exports.publish.extension.logUri.fsPath;
    return logFiles(logDir)
      .filter((f) => /Publish/.test(path.basename(f)))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
  }

  function assertNothingSecret(where: string, text: string) {
    for (const [what, s] of [['the key', KEY], ['the new key', NEW_KEY], ['the AppSecret', APP_SECRET], ['the access token', fake.state.token]] as const) {
      if (s) assert.ok(!text.includes(s), `${what} is in ${where}`);
    }
  }

  before(async function () {
    // The input boxes and the notifications are driven through the browser.
    if (!BRIDGE_DIR) this.skip();
    fake = await startFakeWechat({ appId: APP_ID, appSecret: APP_SECRET, verified: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-relay-e2e-'));
    keysFile = path.join(dir, 'keys');
    fs.writeFileSync(keysFile, `mei:${KEY}\n`);
    relayLog = [];
    relay = await startRelay({
      port: 0,
      host: '127.0.0.1',
      apiBase: fake.url,
      keysFile,
      env: { WXPUSH_APPID: APP_ID, WXPUSH_APPSECRET: APP_SECRET, WXPUSH_CACHE_DIR: path.join(dir, 'relay-cache') },
      log: (line) => relayLog.push(line),
    });
    host = new URL(relay.url).host;
    exports = (await activeExtension()).exports;
    const config = vscode.workspace.getConfiguration('wxpush');
    accountsBefore = config.inspect('accounts')?.globalValue;
    // What a writer is told by the relay's owner: the account's AppID and the relay's URL.
    await config.update('accounts', { ...(accountsBefore as object), [ACCOUNT]: { appId: APP_ID, relay: relay.url } }, vscode.ConfigurationTarget.Global);
    uri = workspaceFile(FILE);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(PUSH));
  });
  after(async () => {
    await exports?.publish.extension.secrets.delete(`wxpush.relayKey.${APP_ID}`);
    if (exports) await vscode.workspace.getConfiguration('wxpush').update('accounts', accountsBefore, vscode.ConfigurationTarget.Global);
    await relay?.close();
    await fake?.close();
    await vscode.commands.executeCommand('notifications.clearAll');
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceFile(FILE)).then(undefined, () => undefined);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('Set Up Account… for an account with a relay asks for the relay’s key and keeps it in SecretStorage only', async () => {
    await vscode.window.showTextDocument(uri, { preview: false });
    await askBrowser({ kind: 'runCommand', title: 'WeChat Push: Set Up Account…' });
    await askBrowser({ kind: 'typeQuickInput', waitText: '1/3', text: ACCOUNT });
    await askBrowser({ kind: 'typeQuickInput', waitText: '2/3', text: APP_ID });
    // The third step asks for the key of the relay the settings name, not for an AppSecret.
    const third = await askBrowser({ kind: 'typeQuickInput', waitText: `The key of your relay at ${relay.url}`, text: KEY });
    assert.ok(third.ok, third.error);
    const stored = await waitFor('the key in SecretStorage', () => exports.publish.extension.secrets.get(`wxpush.relayKey.${APP_ID}`));
    assert.strictEqual(stored, KEY);
    assert.strictEqual(await exports.publish.extension.secrets.get(`wxpush.appSecret.${APP_ID}`), undefined, 'no AppSecret is stored for a relay account');
    const config = vscode.workspace.getConfiguration('wxpush');
    assert.deepStrictEqual(config.get<Record<string, unknown>>('accounts')?.[ACCOUNT], { appId: APP_ID, relay: relay.url });
    assert.ok(!JSON.stringify(config.inspect('accounts')).includes(KEY), 'the key is in no settings scope');
  });

  it('Publish to Draft Box goes through the relay: one draft in the fake; the relay logs the key’s name and each path, nothing secret', async () => {
    await vscode.window.showTextDocument(uri, { preview: false });
    await vscode.commands.executeCommand('notifications.clearAll');
    const result = await vscode.commands.executeCommand<any>('wxpush.publish.draft', uri);
    assert.strictEqual(result?.action, 'created', `the publish failed: ${JSON.stringify(exports.publish.lastFailure)}`);
    assert.strictEqual(fake.state.drafts.size, 1);
    const articles = fake.state.drafts.get(result.draftMediaId)!;
    assert.deepStrictEqual(
      articles.map((a: any) => a.title),
      ['Sourdough through the relay', 'A second article, by relay'],
    );
    assert.ok(articles[0].thumb_media_id && articles[1].thumb_media_id, 'both covers were uploaded through the relay');
    assert.match(articles[0].content, /<img[^>]+src="http[^"]*mmbiz[^"]*"/, 'the body image points at its uploaded URL');
    // The relay fetched the one token; the editor never asked WeChat for one.
    assert.strictEqual(fake.state.tokenFetches, 1);
    for (const p of ['/cgi-bin/media/uploadimg', '/cgi-bin/material/add_material', '/cgi-bin/draft/add', '/cgi-bin/draft/get']) {
      const line = relayLog.find((l) => l.includes(` mei POST ${p} 200 `));
      assert.ok(line, `a log line for ${p} by the key named mei:\n${relayLog.join('\n')}`);
      assert.match(line, /^\S+Z mei POST \/cgi-bin\/\S+ 200 (0|-) \d+ms$/);
    }
    assertNothingSecret('the relay’s log', relayLog.join('\n'));
    // The relay keeps the writer's key to itself: WeChat sees the relay's token, never the key.
    assert.ok(fake.state.raw.length > 0 && fake.state.raw.every((r) => !r.includes(KEY) && !/Bearer/i.test(r)), 'no key and no Authorization header reached WeChat');
    const channel = await waitFor('the publish in the output channel', () => {
      const text = outputChannelText();
      return text.includes('/cgi-bin/draft/add') && text.includes('created') ? text : undefined;
    }).catch((e) => {
      throw new Error(`${e}; log files under ${exports.publish.extension.logUri.fsPath}: ${logFiles(path.dirname(exports.publish.extension.logUri.fsPath)).join(', ')}`);
    });
    assert.ok(channel.includes(host), `the output channel names the relay it went through:\n${channel}`);
    assertNothingSecret('the output channel', channel);
  });

  it('a revoked key: the publish stops at the relay, the message names it and the key problem, and Set Up Account… replaces the key', async () => {
    // The relay's owner revokes the key: the keys file is re-read, no restart.
    fs.writeFileSync(keysFile, `# mei left the team\nren:${NEW_KEY}\n`);
    await new Promise((r) => setTimeout(r, 1200));
    await vscode.commands.executeCommand('notifications.clearAll');
    const calls = fake.state.calls.length;
    const result = await vscode.commands.executeCommand('wxpush.publish.draft', uri);
    assert.strictEqual(result, undefined, 'the publish failed');
    const expected = `The relay at ${host} refused the key of the account “${ACCOUNT}”: the key is wrong or was revoked. Ask the relay’s owner for a new key, then store it with Set Up Account….`;
    assert.strictEqual(exports.publish.lastFailure?.message, expected);
    assert.deepStrictEqual(exports.publish.lastFailure.actions, ['Set Up Account…', 'Open Relay Docs']);
    const shown = await waitFor('the relay notification', async () => (await notifications()).find((n) => n.message.includes('refused the key'))).catch(async (e) => {
      await askBrowser({ kind: 'screenshot', name: 'publish-relay-refused-missing' });
      throw new Error(`${e}; on screen: ${JSON.stringify(await notifications())}`);
    });
    assert.strictEqual(shown.message, expected);
    assert.deepStrictEqual(shown.actions, ['Set Up Account…', 'Open Relay Docs']);
    await askBrowser({ kind: 'screenshot', name: 'publish-relay-refused' });
    assert.strictEqual(fake.state.calls.length, calls, 'nothing reached WeChat');
    assert.ok(relayLog.some((l) => / - POST \/cgi-bin\/draft\/get 401 - \d+ms$/.test(l)), `the refusal is logged without a key name:\n${relayLog.join('\n')}`);
    assertNothingSecret('the relay’s log', relayLog.join('\n'));

    // The notification's Set Up Account… asks the same three questions; the new key replaces the old.
    await askBrowser({ kind: 'clickNotificationAction', messageText: 'refused the key', label: 'Set Up Account…' });
    await vscode.commands.executeCommand('notifications.hideList');
    await askBrowser({ kind: 'typeQuickInput', waitText: '1/3', text: ACCOUNT });
    await askBrowser({ kind: 'typeQuickInput', waitText: '2/3', text: APP_ID });
    await askBrowser({ kind: 'typeQuickInput', waitText: `The key of your relay at ${relay.url}`, text: NEW_KEY });
    await waitFor('the new key in SecretStorage', async () => ((await exports.publish.extension.secrets.get(`wxpush.relayKey.${APP_ID}`)) === NEW_KEY ? true : undefined));
    const again = await vscode.commands.executeCommand<any>('wxpush.publish.draft', uri);
    assert.strictEqual(again?.action, 'unchanged', `the publish with the new key: ${JSON.stringify(exports.publish.lastFailure)}`);
    assert.ok(relayLog.some((l) => / ren POST \/cgi-bin\/draft\/get 200 /.test(l)), relayLog.join('\n'));
    assert.strictEqual(fake.state.drafts.size, 1);
    const channel = await waitFor('the refusal in the output channel', () => {
      const text = outputChannelText();
      return text.includes('key-refused') ? text : undefined;
    });
    assertNothingSecret('the output channel', channel);
  });

  it('a relay that is not running: the message says the relay cannot be reached, not the connection', async () => {
    await relay.close();
    // A changed title, so the publish must update the draft (an unchanged push only reads the
    // draft's link, and goes on without it).
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('@article A second article'));
    await editor.edit((e) => e.insert(new vscode.Position(line, editor.document.lineAt(line).text.length), ' (updated)'));
    await vscode.commands.executeCommand('notifications.clearAll');
    const calls = fake.state.calls.length;
    try {
      const result = await vscode.commands.executeCommand('wxpush.publish.draft', uri);
      assert.strictEqual(result, undefined);
      assert.strictEqual(
        exports.publish.lastFailure?.message,
        `Could not reach the relay at ${host} (ECONNREFUSED). Check that the relay is running and that the account’s relay URL in the setting wxpush.accounts is right.`,
      );
      assert.deepStrictEqual(exports.publish.lastFailure.actions, ['Open Relay Docs', 'Show Log']);
      assert.strictEqual(fake.state.calls.length, calls);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
