// Publishing in the display language (run in English and, by the launcher's second pass, in
// Chinese): the command titles from package.nls*.json, the editor's own messages from the l10n
// bundle (a relay's refusal among them) and the API's advice from the core's tables.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { errorAdvice } from '../../src/core/publish/errors';
import { startRelay } from '../../src/cli/commands/relay';
import { startFakeWechat } from '../support/fakeWechat';
import { activeExtension, closeAllEditors, workspaceFile } from './helpers';

const EXPECTED = process.env.WXPUSH_E2E_LOCALE || 'en';
const ZH = EXPECTED.toLowerCase().startsWith('zh');
const pick = (en: string, zh: string) => (ZH ? zh : en);

describe(`i18n: publishing speaks the display language (${EXPECTED})`, () => {
  const files: vscode.Uri[] = [];
  after(async () => {
    await closeAllEditors();
    for (const f of files) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
  });

  async function push(name: string, account: string): Promise<vscode.Uri> {
    const uri = workspaceFile(name);
    files.push(uri);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`---\naccount: ${account}\ntype: service\n---\n\n@article Hello\ncover: media/cover-menu.jpg\n\nBody.\n`));
    return uri;
  }

  it('the publish commands are titled in the display language', async () => {
    const ext = await activeExtension();
    const title = (command: string): string => {
      const t: string | { value: string } = ext.packageJSON.contributes.commands.find((c: { command: string }) => c.command === command)?.title;
      return typeof t === 'string' ? t : t.value;
    };
    assert.strictEqual(title('wxpush.publish.draft'), pick('Publish to Draft Box', '发布到草稿箱'));
    assert.strictEqual(title('wxpush.publish.phonePreview'), pick('Send Preview to WeChat…', '发送预览到微信…'));
    assert.strictEqual(title('wxpush.publish.setUpAccount'), pick('Set Up Account…', '设置账号…'));
    assert.strictEqual(title('wxpush.publish.forgetSecret'), pick('Forget Account Secret', '删除账号密钥'));
  });

  it('an account with no AppID is explained, with Set Up Account… offered', async () => {
    const exports = (await activeExtension()).exports;
    const uri = await push('publish-i18n-unknown.wxpush', 'Nobody Here');
    assert.strictEqual(await vscode.commands.executeCommand('wxpush.publish.draft', uri), undefined);
    assert.strictEqual(exports.publish.lastFailure.message, pick('No AppID is set for the account “Nobody Here” (setting wxpush.accounts).', '账号“Nobody Here”还没有设置 AppID（设置项 wxpush.accounts）。'));
    assert.deepStrictEqual(exports.publish.lastFailure.actions, [pick('Set Up Account…', '设置账号…')]);
  });

  it('an API refusal carries the core’s advice in the display language', async () => {
    const exports = (await activeExtension()).exports;
    const appId = 'wx0123456789abcd18';
    const fake = await startFakeWechat({ appId, appSecret: 'i18n-secret-0123456789abcdef01' });
    process.env.WXPUSH_API_BASE = fake.url;
    const config = vscode.workspace.getConfiguration('wxpush');
    const before = config.inspect('accounts')?.globalValue;
    try {
      await config.update('accounts', { ...(before as object), 'I18n Kitchen': { appId } }, vscode.ConfigurationTarget.Global);
      // A wrong secret stored for the account: WeChat answers 40125 (invalid appsecret).
      await exports.publish.extension.secrets.store(`wxpush.appSecret.${appId}`, 'not-the-secret-0123456789abcdef');
      const uri = await push('publish-i18n-refused.wxpush', 'I18n Kitchen');
      assert.strictEqual(await vscode.commands.executeCommand('wxpush.publish.draft', uri), undefined);
      const message: string = exports.publish.lastFailure.message;
      assert.ok(message.startsWith(pick('WeChat said no (', '微信拒绝了请求（')), message);
      assert.ok(message.includes(errorAdvice(40125, ZH ? 'zh-cn' : 'en')), `the core's ${EXPECTED} advice for 40125 is in: ${message}`);
    } finally {
      await exports.publish.extension.secrets.delete(`wxpush.appSecret.${appId}`);
      await config.update('accounts', before, vscode.ConfigurationTarget.Global);
      delete process.env.WXPUSH_API_BASE;
      await fake.close();
    }
  });

  it('a relay that refuses the key is named, with the key problem and its offers, in the display language', async () => {
    const exports = (await activeExtension()).exports;
    const appId = 'wx0123456789abcd19';
    const appSecret = 'i18n-relay-secret-0123456789abcdef';
    const fake = await startFakeWechat({ appId, appSecret });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-i18n-relay-'));
    const relay = await startRelay({
      port: 0,
      host: '127.0.0.1',
      apiBase: fake.url,
      env: { WXPUSH_APPID: appId, WXPUSH_APPSECRET: appSecret, WXPUSH_RELAY_KEYS: `lin:${'k'.repeat(40)}`, WXPUSH_CACHE_DIR: dir },
      log: () => undefined,
    });
    const host = new URL(relay.url).host;
    const config = vscode.workspace.getConfiguration('wxpush');
    const before = config.inspect('accounts')?.globalValue;
    try {
      await config.update('accounts', { ...(before as object), 'I18n Relay': { appId, relay: relay.url } }, vscode.ConfigurationTarget.Global);
      // A key the relay does not hold (revoked, or mistyped).
      await exports.publish.extension.secrets.store(`wxpush.relayKey.${appId}`, 'revoked-key-0123456789abcdef0123456789');
      const uri = await push('publish-i18n-relay.wxpush', 'I18n Relay');
      assert.strictEqual(await vscode.commands.executeCommand('wxpush.publish.draft', uri), undefined);
      assert.strictEqual(
        exports.publish.lastFailure.message,
        pick(
          `The relay at ${host} refused the key of the account “I18n Relay”: the key is wrong or was revoked. Ask the relay’s owner for a new key, then store it with Set Up Account….`,
          `中转服务 ${host} 拒绝了账号“I18n Relay”的密钥：密钥不正确或已被吊销。请向中转服务的管理者要一个新密钥，再用“设置账号…”保存。`,
        ),
      );
      assert.deepStrictEqual(exports.publish.lastFailure.actions, [pick('Set Up Account…', '设置账号…'), pick('Open Relay Docs', '打开中转服务文档')]);
      assert.strictEqual(fake.state.calls.length, 0, 'nothing reached WeChat');
    } finally {
      await exports.publish.extension.secrets.delete(`wxpush.relayKey.${appId}`);
      await config.update('accounts', before, vscode.ConfigurationTarget.Global);
      await relay.close();
      await fake.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
