// The display language: run by the launcher once in English and once with WXPUSH_E2E_LOCALE=zh-cn.
// In Chinese, the manifest (package.nls.zh-cn.json), the extension's own strings
// (l10n/bundle.l10n.zh-cn.json), the diagnostics, their docs links, the hovers and the preview's
// labels are Chinese; in English they are English.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { askBrowser, BRIDGE_DIR } from './browserBridge';
import { activeExtension, closeAllEditors, openDocument, ruleId, showDocument, waitFor, waitForDiagnostics } from './helpers';

const EXPECTED = process.env.WXPUSH_E2E_LOCALE || 'en';
const ZH = EXPECTED.toLowerCase().startsWith('zh');
const pick = (en: string, zh: string) => (ZH ? zh : en);

describe(`i18n: the display language (${EXPECTED})`, () => {
  after(closeAllEditors);

  it(`VS Code reports ${EXPECTED} to extensions`, () => {
    assert.strictEqual(vscode.env.language, EXPECTED);
  });

  it('the manifest comes from the matching package.nls file', async () => {
    const ext = await activeExtension();
    // A localized title arrives as { value, original }; an English one as the plain string.
    type Title = string | { value: string; original: string };
    const title = (command: string): string => {
      const t: Title = ext.packageJSON.contributes.commands.find((c: { command: string }) => c.command === command)?.title;
      return typeof t === 'string' ? t : t.value;
    };
    assert.strictEqual(title('wxpush.lintWorkspace'), pick('Lint Workspace', '检查工作区'));
    assert.strictEqual(title('wxpush.preview.openToSide'), pick('Open Preview to the Side', '在侧边打开预览'));
  });

  it('the extension’s own strings come from its l10n bundle (document link tooltips)', async () => {
    await activeExtension();
    const doc = await openDocument('with-mistakes.wxpush');
    const links = await waitFor('document links', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri, 50);
      return found && found.some((l) => l.tooltip) ? found : undefined;
    });
    const tooltips = new Set(links.map((l) => l.tooltip));
    assert.ok(tooltips.has(pick('Open link', '打开链接')), `tooltips: ${[...tooltips].join(', ')}`);
  });

  it('diagnostics speak the display language and link to the rule page in it', async () => {
    const doc = await openDocument('with-mistakes.wxpush');
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'media-missing'));
    const missing = diags.find((d) => ruleId(d) === 'media-missing')!;
    assert.strictEqual(missing.message, pick('File not found: media/missing-cover.jpg', '找不到文件：media/missing-cover.jpg'));
    const target = (missing.code as { target: vscode.Uri }).target.toString();
    assert.ok(target.endsWith(pick('/docs/rules/media-missing.md', '/docs/rules/zh-cn/media-missing.md')), target);
  });

  it('hovers and the delivery CodeLens use WeChat’s words in the display language', async () => {
    const doc = await openDocument('subscription-weekly.wxpush');
    const at = doc.positionAt(doc.getText().indexOf('@article') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, ZH ? /\*\*图文消息\*\*/ : /An \*\*article\*\*/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const titles = lenses.map((l) => l.command?.title ?? '').join('\n');
    assert.match(titles, ZH ? /订阅号 · / : /Subscription account · /);
  });

  it('the preview labels its surfaces in the display language', async function () {
    if (!BRIDGE_DIR) this.skip();
    await showDocument('subscription-weekly.wxpush');
    await vscode.commands.executeCommand('wxpush.preview.openToSide');
    const answer = await askBrowser({ kind: 'webview', selectors: ['[data-tab]', 'html'], waitMs: 20_000 });
    assert.ok(answer.ok, answer.error);
    const tabs = Object.fromEntries(answer.matches!['[data-tab]'].map((e) => [e.attrs['data-tab'], e.text.trim()]));
    assert.strictEqual(tabs.subscriptions, pick('Subscriptions', '订阅号消息'));
    assert.strictEqual(tabs.moments, pick('Moments', '朋友圈'));
  });
});
