// Problems in the editor: the example full of mistakes gets diagnostics with the right rule ids
// and ranges, and a quick fix changes the text through an undoable edit and clears its diagnostic.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, openDocument, ruleId, showDocument, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

const EXAMPLE = 'with-mistakes.wxpush';

/** The range of the `nth` occurrence of `text` in the document, found in its own text. */
function rangeOf(doc: vscode.TextDocument, text: string, nth = 0): vscode.Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (#${nth + 1}) is not in ${EXAMPLE}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length));
}

/** The replacement texts of a code action's edit. */
function newTexts(a: vscode.CodeAction): string[] {
  return (a.edit?.entries() ?? []).flatMap(([, edits]) => edits.map((e) => e.newText));
}

function describeAction(a: vscode.CodeAction) {
  return `${a.title} → ${JSON.stringify(newTexts(a))}`;
}

function show(d: vscode.Diagnostic) {
  const r = d.range;
  return `${ruleId(d)} ${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

describe('diagnostics', () => {
  after(closeAllEditors);

  it('reports the mistakes of the example with their rule ids and exact ranges', async () => {
    const doc = await openDocument(EXAMPLE);
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.length > 0);
    const expected: Array<[rule: string, text: string, severity: vscode.DiagnosticSeverity]> = [
      ['account-type', 'subscripton', vscode.DiagnosticSeverity.Error],
      ['unknown-item-type', '@artcle', vscode.DiagnosticSeverity.Error],
      ['title-length', 'This title is far too long for a WeChat push, and the feed will cut it somewhere in the middle', vscode.DiagnosticSeverity.Error],
      ['author-length', 'Ashley Talks Team Editorial', vscode.DiagnosticSeverity.Error],
      ['media-missing', 'media/missing-cover.jpg', vscode.DiagnosticSeverity.Error],
      ['invalid-value', 'maybe', vscode.DiagnosticSeverity.Error],
      ['remote-media', 'https://example.com/picture.png', vscode.DiagnosticSeverity.Warning],
    ];
    for (const [rule, text, severity] of expected) {
      const range = rangeOf(doc, text);
      const hit = diags.find((d) => ruleId(d) === rule && d.range.isEqual(range));
      assert.ok(hit, `no ${rule} diagnostic on "${text}" (${range.start.line + 1}:${range.start.character + 1}); got:\n${diags.map(show).join('\n')}`);
      assert.strictEqual(hit.severity, severity, `${rule} severity`);
      assert.strictEqual(hit.source, 'wxpush');
    }
    // The rule id links to the rule's documentation page.
    const withLink = diags.find((d) => ruleId(d) === 'account-type')!;
    assert.ok(typeof withLink.code === 'object' && String(withLink.code.target).includes('account-type'), 'the code links to the rule docs');
    // Every diagnostic of the example points at text in it, never past its end.
    const end = doc.positionAt(doc.getText().length);
    for (const d of diags) assert.ok(!d.range.end.isAfter(end), `${show(d)} ends past the document`);
  });

  it('a well-formed example has no errors', async () => {
    const doc = await openDocument('subscription-weekly.wxpush');
    const { linter } = (await activeExtension()).exports;
    await waitFor('the example to be linted', () => linter.result(doc));
    const errors = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'wxpush' && d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(errors.map(show), []);
  });

  it('Lint Workspace reports problems in files that are not open', async () => {
    const uri = workspaceFile('never-opened.wxpush');
    const text = '---\naccount: Unopened\ntype: servise\n---\n\n@text\nHello.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const count = await vscode.commands.executeCommand<number>('wxpush.lintWorkspace');
      const files = await vscode.workspace.findFiles('**/*.wxpush');
      assert.strictEqual(count, files.length, 'every .wxpush file of the workspace is linted');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file was not opened in an editor');
      const diags = await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleId(d) === 'account-type'));
      const d = diags.find((x) => ruleId(x) === 'account-type')!;
      assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [2, 6, 2, 13], show(d));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('a quick fix corrects the text, clears its diagnostic and can be undone', async () => {
    const editor = await showDocument(EXAMPLE);
    const doc = editor.document;
    const before = doc.getText();
    const range = rangeOf(doc, 'subscripton');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'account-type' && d.range.isEqual(range)));

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    // (The command's result carries no `diagnostics`; the fix is known by the edit it makes.)
    const fix = actions.find((a) => newTexts(a).length === 1 && newTexts(a)[0] === 'subscription');
    assert.ok(fix, `no quick fix to \`subscription\`; offered: ${actions.map(describeAction).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit applies');

    assert.strictEqual(doc.lineAt(range.start.line).text, 'type: subscription');
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !ds.some((d) => ruleId(d) === 'account-type'), 'the account-type diagnostic to go away');
    assert.ok(doc.isDirty, 'the fix edits the buffer; it does not save');

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before, 'undo restores the text');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'account-type'), 'the diagnostic to return after undo');
  });

  it('a quick fix renames a mistyped item directive', async () => {
    const editor = await showDocument(EXAMPLE);
    const doc = editor.document;
    const range = rangeOf(doc, '@artcle');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'unknown-item-type' && d.range.isEqual(range)));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => newTexts(a).length === 1 && newTexts(a)[0] === '@article');
    assert.ok(fix, `no quick fix to \`@article\`; offered: ${actions.map(describeAction).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.ok(doc.lineAt(range.start.line).text.startsWith('@article A directive with a typo'), doc.lineAt(range.start.line).text);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !ds.some((d) => ruleId(d) === 'unknown-item-type'), 'the unknown-item-type diagnostic to go away');
    await vscode.commands.executeCommand('undo');
  });
});
