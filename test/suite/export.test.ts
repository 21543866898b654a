// Export: "Export Article HTML…" writes a page whose article HTML carries inline styles (what
// survives a paste into the WeChat editor) and nothing WeChat strips.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { askBrowser, BRIDGE_DIR } from './browserBridge';
import { closeAllEditors, openDocument } from './helpers';

describe('export', () => {
  after(closeAllEditors);

  it('Export Article HTML… saves the article as inline-styled HTML', async function () {
    // The save dialog needs an answer from the browser; desktop runs have no bridge to give one.
    if (!BRIDGE_DIR) this.skip();
    const doc = await openDocument('subscription-weekly.wxpush');
    await vscode.window.showTextDocument(doc);
    const saved = vscode.commands.executeCommand<vscode.Uri | undefined>('wxpush.export.html', doc.uri, 0);
    const dialog = await askBrowser({ kind: 'acceptQuickInput' });
    assert.ok(dialog.ok, dialog.error);
    assert.match(dialog.value ?? '', /subscription-weekly-1.*\.html$/, `the dialog proposes a file named after the push and the article, not "${dialog.value}"`);
    const target = await saved;
    assert.ok(target, 'the command returns the saved file');
    const html = fs.readFileSync(target.fsPath, 'utf8');

    assert.match(html, /^<!doctype html>/i);
    assert.ok(html.includes('What counts as push content on WeChat?'), 'the title is on the page');
    // Markdown rendered, with the styles inline on the elements themselves.
    assert.match(html, /<strong style="[^"]*font-weight:\s*bold[^"]*">push content<\/strong>/);
    assert.match(html, />Where a push lands</);
    const article = html.slice(html.indexOf('<section'));
    assert.ok(!/<script\b/i.test(article), 'no script in the article');
    assert.ok(!/\sclass="/i.test(article), 'no class attributes in the article (WeChat drops them)');
    fs.rmSync(target.fsPath);
  });
});
