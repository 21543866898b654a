// The preview: "Open Preview to the Side" opens a webview beside the editor, and its DOM (read
// through the workbench's webview iframes) shows the push on WeChat's surfaces.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { askBrowser, BRIDGE_DIR } from './browserBridge';
import { closeAllEditors, showDocument, waitFor } from './helpers';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('wxpush'));
}

describe('preview', () => {
  afterEach(closeAllEditors);

  it('Open Preview to the Side opens a webview beside the editor', async () => {
    const editor = await showDocument('subscription-weekly.wxpush');
    await vscode.commands.executeCommand('wxpush.preview.openToSide');
    const [tab] = await waitFor('a wxpush webview tab', () => (previewTabs().length ? previewTabs() : undefined));
    assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'the preview is in another column than the editor');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === editor.document), 'the editor stays visible');
  });

  it('the webview shows the push on the surface its account type delivers to', async function () {
    // Reading the webview's DOM needs the browser; desktop runs have no bridge to it.
    if (!BRIDGE_DIR) this.skip();
    const editor = await showDocument('subscription-weekly.wxpush');
    await vscode.commands.executeCommand('wxpush.preview.openToSide');
    await waitFor('a wxpush webview tab', () => (previewTabs().length ? true : undefined));
    const answer = await askBrowser({ kind: 'webview', selectors: ['.wxp-surface', '.wxp-surface:not([hidden])', '[data-tab]'], waitMs: 20_000 });
    assert.ok(answer.ok, answer.error);
    const m = answer.matches!;
    assert.deepStrictEqual(m['.wxp-surface'].map((e) => e.attrs['data-surface']), ['chats', 'subscriptions', 'moments', 'article']);
    // A subscription account's push lands in the Subscription folder: that surface is shown first.
    const shown = m['.wxp-surface:not([hidden])'];
    assert.deepStrictEqual(shown.map((e) => e.attrs['data-surface']), ['subscriptions']);
    const text = shown[0].text;
    const doc = editor.document.getText();
    const account = /^account:\s*(.+)$/m.exec(doc)![1].trim();
    const firstTitle = /^@article\s+(.+)$/m.exec(doc)![1].trim();
    assert.ok(text.includes(account), `the account name is shown; the surface says:\n${text.slice(0, 500)}`);
    assert.ok(text.includes(firstTitle), `the first article's title is shown; the surface says:\n${text.slice(0, 500)}`);
    const active = m['[data-tab]'].filter((e) => e.attrs['aria-selected'] === 'true').map((e) => e.attrs['data-tab']);
    assert.deepStrictEqual(active, ['subscriptions'], 'the tab of the shown surface is selected');
  });
});
