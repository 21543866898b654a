// Themes in the real editor: the `wxpush.theme.name` setting and a push's front-matter `theme:`
// change the HTML that "Export Article HTML…" writes (the front matter winning), and a wrong
// theme value is a theme-value diagnostic at its place, not a broken article.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { askBrowser, BRIDGE_DIR } from './browserBridge';
import { closeAllEditors, openDocument, ruleId, waitForDiagnostics } from './helpers';

async function exportHtml(doc: vscode.TextDocument): Promise<string> {
  const saved = vscode.commands.executeCommand<vscode.Uri | undefined>('wxpush.export.html', doc.uri, 0);
  const dialog = await askBrowser({ kind: 'acceptQuickInput' });
  assert.ok(dialog.ok, dialog.error);
  const target = await saved;
  assert.ok(target, 'the command returns the saved file');
  const html = fs.readFileSync(target.fsPath, 'utf8');
  fs.rmSync(target.fsPath);
  return html.slice(html.indexOf('<section'));
}

describe('themes', () => {
  const setting = () => vscode.workspace.getConfiguration('wxpush.theme');
  afterEach(async () => {
    await setting().update('name', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('the wxpush.theme.name setting changes the exported HTML', async function () {
    if (!BRIDGE_DIR) this.skip();
    const doc = await openDocument('subscription-weekly.wxpush');
    await vscode.window.showTextDocument(doc);
    const before = await exportHtml(doc);
    assert.match(before, /^<section style="font-size:17px;line-height:1.75;/, 'the default theme first');
    await setting().update('name', 'compact', vscode.ConfigurationTarget.Workspace);
    const after = await exportHtml(doc);
    assert.match(after, /^<section style="font-size:15px;line-height:1.65;/, 'the compact theme after the setting');
    assert.match(after, /<h2 style="[^"]*border-left:4px solid #0e7c66/);
  });

  it('the front matter’s theme: overrides the setting in the exported HTML', async function () {
    if (!BRIDGE_DIR) this.skip();
    await setting().update('name', 'compact', vscode.ConfigurationTarget.Workspace);
    const doc = await vscode.workspace.openTextDocument({
      language: 'wxpush',
      content: '---\naccount: Theme Test\ntype: subscription\ntheme:\n  name: classic\n  accentColor: "#1f6feb"\n---\n\n@article Classic\n\n## A heading\n\nText with **bold**.\n',
    });
    await vscode.window.showTextDocument(doc);
    const html = await exportHtml(doc);
    assert.match(html, /font-family:Georgia/, 'classic, not the setting’s compact');
    assert.match(html, /<h2 style="[^"]*color:#1f6feb;text-align:center/);
    assert.match(html, /<strong style="font-weight:bold;color:#1f6feb">bold<\/strong>/);
  });

  it('a wrong theme value is a theme-value diagnostic on the value', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'wxpush', content: '---\naccount: A\ntype: subscription\ntheme:\n  name: clasic\n  fontSize: 40\n---\n\n@article T\n\nBody.\n' });
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(doc.uri, (d) => d.filter((x) => ruleId(x) === 'theme-value').length === 2, 'two theme-value diagnostics');
    const found = ds.filter((d) => ruleId(d) === 'theme-value').map((d) => [doc.getText(d.range), d.severity, d.message]);
    assert.deepStrictEqual(found.map((f) => f.slice(0, 2)), [
      ['clasic', vscode.DiagnosticSeverity.Warning],
      ['40', vscode.DiagnosticSeverity.Warning],
    ]);
    assert.match(String(found[0][2]), /Did you mean `classic`\?|你是不是想写 `classic`？/);
  });
});
