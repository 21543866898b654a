// The extension as users get it: installed from the .vsix, activated by a .wxpush file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, REPO_ROOT } from './paths';
import { activeExtension, closeAllEditors, openDocument, waitFor } from './helpers';

describe('installed extension', () => {
  after(closeAllEditors);

  it('is the copy installed from the .vsix, not the source folder', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const installed = fs.realpathSync(ext.extensionPath);
    assert.notStrictEqual(installed, fs.realpathSync(REPO_ROOT), 'the extension runs from the source folder');
    const expectedDir = process.env.WXPUSH_E2E_EXTENSIONS_DIR;
    assert.ok(expectedDir, 'the launcher names the extensions folder it installed the .vsix into');
    assert.strictEqual(path.dirname(installed), fs.realpathSync(expectedDir), "installed into the run's own extensions folder");
    // Only what .vscodeignore lets through is there.
    assert.ok(fs.existsSync(path.join(installed, 'dist', 'extension.js')), 'dist/extension.js is packaged');
    for (const absent of ['src', 'test', 'node_modules', 'out', 'tsconfig.json', 'esbuild.js']) {
      assert.ok(!fs.existsSync(path.join(installed, absent)), `${absent} must not be packaged`);
    }
  });

  it('gives .wxpush files the wxpush language', async () => {
    const doc = await openDocument('subscription-weekly.wxpush');
    assert.strictEqual(doc.languageId, 'wxpush');
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('wxpush'));
  });

  it('activates when a .wxpush file opens and parses it', async () => {
    const doc = await openDocument('subscription-weekly.wxpush');
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor('activation by the wxpush language', () => (ext.isActive ? true : undefined));
    const api = (await activeExtension()).exports;
    assert.ok(api && api.models, 'activate() returns the document models');
    const parsed = api.models.get(doc);
    const kinds = parsed.items.map((i: { kind: string }) => i.kind);
    assert.ok(kinds.length > 0, 'the example has items');
    // Every item the parser found starts with its directive at the right place in the real buffer.
    for (const item of parsed.items) {
      assert.strictEqual(doc.getText().slice(item.directiveSpan.start, item.directiveSpan.end), `@${item.kind}`);
    }
  });
});
