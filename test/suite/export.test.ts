// Export: "Export Article HTML…" writes a page, and "Copy Article for WeChat Editor" fills the
// clipboard, with article HTML that carries inline styles (what survives a paste into the WeChat
// editor) and nothing WeChat strips.
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

  it('Copy Article for WeChat Editor puts inline-styled HTML and plain text on the clipboard', async function () {
    // The copy happens in the preview webview; the clipboard is read back in the browser.
    if (!BRIDGE_DIR) this.skip();
    const doc = await openDocument('subscription-weekly.wxpush');
    await vscode.window.showTextDocument(doc);
    const copying = vscode.commands.executeCommand<'rich' | 'text' | undefined>('wxpush.export.copyArticle', doc.uri, 0);
    // After a plain-text fallback the command waits on its warning's button; do not wait with it.
    const how = await Promise.race([copying, new Promise<string>((r) => setTimeout(() => r('still waiting after 15 s'), 15_000))]);
    if (how !== 'rich') {
      const shown = await askBrowser({ kind: 'notifications' });
      await vscode.commands.executeCommand('notifications.clearAll');
      const what = how === 'text' ? 'fell back to plain text' : `did not finish (${how})`;
      assert.fail(`the copy ${what}; notifications on screen: ${shown.value || '(none)'}`);
    }
    const answer = await askBrowser({ kind: 'clipboard' });
    assert.ok(answer.ok, answer.error);
    const clip = answer.clipboard!;
    assert.deepStrictEqual(Object.keys(clip).sort(), ['text/html', 'text/plain']);
    assert.match(clip['text/html'], /<strong style="[^"]*font-weight:\s*bold[^"]*">push content<\/strong>/);
    assert.ok(!/<script\b/i.test(clip['text/html']), 'no script on the clipboard');
    assert.ok(clip['text/plain'].includes('push content'), 'the plain-text part holds the words');
    assert.ok(!clip['text/plain'].includes('<'), 'the plain-text part holds no markup');
  });
});
