// The hostile-media set in the real editor: made at test time in the workspace (a named pipe, links
// to /dev/zero, links that loop, a folder, cut and lying headers, pushes and a .wxpushrc.json that
// are pipes or devices). Each gets its diagnostic and hover, and the extension host keeps answering:
// another document's symbols, a file read and a lint of another push all come back at once.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { HOSTILE_MEDIA, HOSTILE_SUPPORTED, hostilePush, makeHostileMedia } from '../support/hostileMedia';
import { activeExtension, closeAllEditors, openDocument, ruleId, waitForDiagnostics, workspaceFile } from './helpers';

/** Resolves `p` or fails after `ms`: a blocked extension host would never answer. */
async function within<T>(what: string, p: Thenable<T>, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([Promise.resolve(p), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

describe('hostile media in the editor', function () {
  this.timeout(90_000);
  let dir: string;

  before(async function () {
    if (!HOSTILE_SUPPORTED) this.skip();
    await activeExtension();
    dir = workspaceFile('hostile').fsPath;
    fs.rmSync(dir, { recursive: true, force: true });
    makeHostileMedia(dir);
    fs.writeFileSync(path.join(dir, 'hostile.wxpush'), hostilePush());
  });
  after(async () => {
    await closeAllEditors();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports each path that is not a regular file as such, at its exact range', async () => {
    const doc = await openDocument('hostile/hostile.wxpush');
    await vscode.window.showTextDocument(doc);
    const want = Object.entries(HOSTILE_MEDIA).filter(([, v]) => v.key);
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => ruleId(d) === 'media-missing').length >= want.length, 'media-missing on every hostile path');
    const text = doc.getText();
    const expected: Record<string, RegExp> = { 'not-regular': /is not a regular file/, 'link-loop': /symbolic link that loops/, directory: /is a folder, not a file/ };
    for (const [name, v] of want) {
      const at = text.indexOf(`media/${name}`);
      const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + `media/${name}`.length));
      const hit = diags.find((d) => ruleId(d) === 'media-missing' && d.range.isEqual(range));
      assert.ok(hit, `no media-missing on media/${name}; got ${diags.map((d) => `${ruleId(d)} ${d.range.start.line + 1}: ${d.message}`).join('\n')}`);
      assert.match(hit.message, expected[v.key!], name);
    }
    // Cut and lying headers: a diagnostic each, none from a rule that failed.
    for (const name of Object.keys(HOSTILE_MEDIA).filter((n) => !HOSTILE_MEDIA[n].key)) {
      const line = doc.positionAt(text.indexOf(`media/${name}`)).line;
      assert.ok(diags.some((d) => d.range.start.line === line), `no diagnostic for media/${name}`);
    }
    assert.deepStrictEqual(diags.filter((d) => ruleId(d) === 'internal').map((d) => d.message), []);
  });

  it('the hover says "not a regular file" for a pipe and a link to /dev/zero', async () => {
    const doc = await openDocument('hostile/hostile.wxpush');
    for (const name of ['fifo.png', 'zero.png']) {
      const pos = doc.positionAt(doc.getText().indexOf(`media/${name}`) + 3);
      const hovers = await within('hover', vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
      const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
      assert.match(md, /not a regular file/, name);
    }
  });

  it('the extension host keeps answering: symbols, file reads and another push’s diagnostics', async () => {
    const other = await openDocument('service-mixed.wxpush');
    const symbols = await within('document symbols', vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', other.uri));
    assert.ok(symbols.length > 0);
    const bytes = await within('a file read', vscode.workspace.fs.readFile(workspaceFile('service-mixed.wxpush')));
    assert.ok(bytes.length > 0);
    // A new push next to the hostile ones: it is linted (the quota's scan of the folder passes the
    // pipe and the device named *.wxpush) and its diagnostics come.
    const fresh = path.join(dir, 'fresh.wxpush');
    fs.writeFileSync(fresh, '@artcle Hello\n');
    const doc = await openDocument('hostile/fresh.wxpush');
    await within('diagnostics of a new push', waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'unknown-item-type')), 20_000);
  });

  it('a .wxpushrc.json stops at a repository root inside the workspace, as the CLI does', async () => {
    // The workspace root turns media rules off; a repository below it does not inherit that.
    const rc = workspaceFile('.wxpushrc.json').fsPath;
    const had = fs.existsSync(rc) ? fs.readFileSync(rc) : undefined;
    fs.writeFileSync(rc, JSON.stringify({ rules: { media: 'off' } }));
    try {
      fs.mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'repo', 'p.wxpush'), '@image gone.png\n');
      const doc = await openDocument('hostile/repo/p.wxpush');
      await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'media-missing'), 'media-missing inside the nested repository');
    } finally {
      if (had) fs.writeFileSync(rc, had);
      else fs.rmSync(rc, { force: true });
    }
  });
});
