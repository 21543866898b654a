// Small waits and lookups shared by the suite's files. Everything here talks to the real editor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './paths';

export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder (the examples)');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function openDocument(relative: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(workspaceFile(relative));
}

export async function showDocument(relative: string): Promise<vscode.TextEditor> {
  const doc = await openDocument(relative);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The installed wxpush extension, activated. */
export async function activeExtension(): Promise<vscode.Extension<any>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

/** Polls `probe` until it returns a value that is not undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Diagnostics of `uri` from wxpush once `ready` accepts them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (d: vscode.Diagnostic[]) => boolean,
  what = 'wxpush diagnostics',
): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'wxpush');
    return ready(ds) ? ds : undefined;
  });
}

export function ruleId(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
