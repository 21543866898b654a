// The outline: the push, its items and the headings inside articles, with ranges that select the
// right lines of the real buffer.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, openDocument, waitFor } from './helpers';

describe('outline', () => {
  after(closeAllEditors);

  it('shows the push, its articles and their headings at the right places', async () => {
    const doc = await openDocument('subscription-weekly.wxpush');
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length ? s : undefined;
    });
    assert.strictEqual(symbols.length, 1, 'one root: the push');
    const push = symbols[0];
    const account = /^account:\s*(.+)$/m.exec(doc.getText())![1].trim();
    assert.strictEqual(push.name, account);

    // Items in document order, named by their titles, each selecting its directive line.
    const headers = doc.getText().split('\n').map((text, line) => ({ text, line })).filter((l) => /^@\w+/.test(l.text));
    assert.deepStrictEqual(
      push.children.map((c) => c.selectionRange.start.line),
      headers.map((h) => h.line),
    );
    for (const [i, child] of push.children.entries()) {
      const header = headers[i];
      const title = /^@article\s+(.+)$/.exec(header.text)?.[1];
      if (title) assert.strictEqual(child.name, title.trim());
      assert.strictEqual(doc.getText(child.selectionRange), header.text.trimEnd());
      assert.ok(child.range.contains(child.selectionRange), `${child.name}: the range holds the selection`);
      assert.ok(push.range.contains(child.range), `${child.name}: inside the push`);
    }

    // The first article's markdown headings are its children.
    const first = push.children[0];
    const end = push.children[1].selectionRange.start.line;
    const headings = doc.getText().split('\n').slice(first.selectionRange.start.line, end).filter((l) => /^#{1,6}\s/.test(l));
    assert.ok(headings.length > 0, 'the example has headings in its first article');
    assert.deepStrictEqual(first.children.map((c) => doc.getText(c.selectionRange)), headings.map((h) => h.trimEnd()));
  });
});
