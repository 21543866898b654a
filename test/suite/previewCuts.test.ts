// The cuts the preview measures, in the real editor: information diagnostics on the hidden part of
// a title while the preview is open, following the author's typing, gone when the preview closes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, showDocument, waitFor } from './helpers';

const SOURCE = 'wxpush preview';
const LONG = 'Five books for the long winter nights, and why we keep coming back to them every single year when the snow falls';
const FOLDER = /^(?:Cut after «(.+)» in the Subscription folder|在订阅号消息中，显示到«(.+)»后被截断)$/;

const cuts = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('wxpush'));
}

describe('preview: measured cuts in the editor', () => {
  afterEach(async () => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.isDirty);
    if (editor) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
  });

  it('marks where the Subscription folder cuts a title, follows the typing, and goes with the preview', async function () {
    this.timeout(90_000);
    const editor = await showDocument('subscription-weekly.wxpush');
    const doc = editor.document;
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('@article '));
    const titleRange = new vscode.Range(line, '@article '.length, line, doc.lineAt(line).text.length);
    await editor.edit((b) => b.replace(titleRange, LONG));
    assert.deepStrictEqual(cuts(doc.uri), [], 'nothing before a preview measures');

    await vscode.commands.executeCommand('wxpush.preview.openToSide');
    const found = await waitFor('a cut measured by the preview', () => {
      const ds = cuts(doc.uri);
      return ds.some((d) => FOLDER.test(d.message)) ? ds : undefined;
    }, 40_000);
    const folder = found.find((d) => FOLDER.test(d.message))!;
    assert.strictEqual(folder.severity, vscode.DiagnosticSeverity.Information);
    // The range is the hidden end of the title: it starts inside the title, right after the words shown.
    assert.strictEqual(folder.range.start.line, line);
    assert.strictEqual(folder.range.end.character, doc.lineAt(line).text.length, 'to the end of the title');
    const shownText = doc.lineAt(line).text.slice('@article '.length, folder.range.start.character);
    assert.ok(shownText.length > 20 && shownText.length < LONG.length, `shown: «${shownText}»`);
    const tail = FOLDER.exec(folder.message)!.slice(1).find(Boolean)!;
    assert.ok(shownText.trimEnd().endsWith(tail.replace(/^…/, '')), `the message quotes the last words shown: «${tail}» / «${shownText}»`);

    // The author shortens the title: the cut goes.
    await editor.edit((b) => b.replace(new vscode.Range(line, '@article '.length, line, doc.lineAt(line).text.length), 'Winter reading'));
    await waitFor('no cut once the title fits', () => (cuts(doc.uri).length === 0 ? true : undefined), 20_000);

    // Long again, then the preview closes: the cuts go with it.
    await editor.edit((b) => b.replace(new vscode.Range(line, '@article '.length, line, doc.lineAt(line).text.length), LONG));
    await waitFor('the cut again', () => (cuts(doc.uri).some((d) => FOLDER.test(d.message)) ? true : undefined), 20_000);
    const tab = previewTab();
    assert.ok(tab, 'the preview tab');
    await vscode.window.tabGroups.close(tab);
    await waitFor('no cut once the preview is closed', () => (cuts(doc.uri).length === 0 ? true : undefined), 10_000);
    assert.ok(doc.isDirty && doc.getText().includes(LONG), 'the document itself is untouched by closing the preview');
  });
});
