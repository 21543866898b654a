// Language features wired into the editor: completion that lists the workspace's real media files,
// folding per item, and links from media paths to the files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, openDocument, waitFor, workspaceFile } from './helpers';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function complete(doc: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position, trigger);
  return list.items.map(labelOf);
}

describe('language features', () => {
  const draft = workspaceFileLazy('draft.wxpush');
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(draft()).then(undefined, () => undefined);
  });

  it('completes item directives at the start of a line and media files after `cover:`', async () => {
    const text = '---\naccount: Draft\ntype: subscription\n---\n\n@article A draft\ncover: \n\n@';
    await vscode.workspace.fs.writeFile(draft(), new TextEncoder().encode(text));
    const doc = await openDocument('draft.wxpush');
    await vscode.window.showTextDocument(doc);

    const directives = await complete(doc, doc.positionAt(text.length), '@');
    for (const kind of ['article', 'text', 'image', 'audio', 'video']) {
      assert.ok(directives.some((l) => l.replace(/^@/, '') === kind), `@${kind} is offered; got ${directives.join(', ')}`);
    }

    // The images really in the workspace's media/ folder are offered for a cover.
    const folder = path.dirname(doc.uri.fsPath);
    const images = fs.readdirSync(path.join(folder, 'media')).filter((f) => /\.(png|jpe?g|gif)$/i.test(f)).map((f) => `media/${f}`);
    assert.ok(images.length > 0);
    const coverLine = doc.getText().split('\n').indexOf('cover: ');
    const offered = await waitFor('media files to be offered', async () => {
      const labels = await complete(doc, new vscode.Position(coverLine, 'cover: '.length));
      return labels.some((l) => l.startsWith('media/')) ? labels : undefined;
    });
    for (const image of images) assert.ok(offered.includes(image), `${image} is offered; got ${offered.join(', ')}`);
    assert.ok(!offered.some((l) => /\.(mp3|mp4)$/i.test(l)), `no audio or video for a cover; got ${offered.join(', ')}`);
  });

  it('folds each item from its directive line', async () => {
    const doc = await openDocument('service-mixed.wxpush');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    const starts = new Set(ranges.map((r) => r.start));
    const headers = doc.getText().split('\n').flatMap((l, i) => (/^@(article|text|image|audio|video)\b/.test(l) ? [i] : []));
    assert.ok(headers.length > 1);
    // An item of one line has nothing to fold; every longer one does.
    for (const [i, line] of headers.entries()) {
      const next = headers[i + 1] ?? doc.lineCount;
      const lastNonBlank = (() => {
        for (let l = next - 1; l > line; l--) if (doc.lineAt(l).text.trim()) return l;
        return line;
      })();
      if (lastNonBlank > line) assert.ok(starts.has(line), `the item on line ${line + 1} folds; fold starts: ${[...starts].map((s) => s + 1).join(', ')}`);
    }
  });

  it('links media paths to the files in the workspace', async () => {
    const doc = await openDocument('subscription-weekly.wxpush');
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri);
    const cover = links.find((l) => doc.getText(l.range) === 'media/cover-push.jpg');
    assert.ok(cover, `a link on media/cover-push.jpg; links on: ${links.map((l) => doc.getText(l.range)).join(', ')}`);
    assert.ok(cover.target, 'the link has a target');
    assert.strictEqual(cover.target.fsPath, workspaceFile('media/cover-push.jpg').fsPath);
    assert.ok(fs.existsSync(cover.target.fsPath));
  });
});

/** A workspace URI computed when first needed (the workspace exists only once the tests run). */
function workspaceFileLazy(relative: string): () => vscode.Uri {
  let uri: vscode.Uri | undefined;
  return () => (uri ??= workspaceFile(relative));
}
