// The theme of a push in the editor: the `wxpush.theme.*` settings, the workspace's
// `.wxpush/theme.json` (read once per workspace folder and kept fresh by a watcher) and the push's
// front matter, resolved by the core. Export, the preview and the linter all ask here, so every
// path renders with the same theme.
import * as vscode from 'vscode';
import type { PushDocument } from '../core/format';
import { parseThemeFile, pushTheme, THEME_FILE, type ResolvedTheme, type ThemeFile, type ThemeSettings } from '../core/render';

export function themeSettings(uri?: vscode.Uri): ThemeSettings {
  const c = vscode.workspace.getConfiguration('wxpush.theme', uri);
  return { name: c.get('name'), accentColor: c.get('accentColor'), fontSize: c.get('fontSize'), lineHeight: c.get('lineHeight'), headingStyle: c.get('headingStyle'), codeStyle: c.get('codeStyle') };
}

/** `.wxpush/theme.json` of the document's workspace folder (of its own folder outside a workspace). */
export function themeFileUri(uri: vscode.Uri): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(uri, '..'));
  return folder && vscode.Uri.joinPath(folder, THEME_FILE);
}

export class ThemeFiles implements vscode.Disposable {
  private readonly loaded = new Map<string, ThemeFile | undefined>();
  private readonly pending = new Map<string, Promise<ThemeFile | undefined>>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when a theme file or a `wxpush.theme` setting changed: re-render, re-lint. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${THEME_FILE}`);
    const changed = (u: vscode.Uri) => {
      this.loaded.delete(u.toString());
      this.pending.delete(u.toString());
      void this.read(u).then(() => this.emitter.fire());
    };
    watcher.onDidCreate(changed);
    watcher.onDidChange(changed);
    watcher.onDidDelete(changed);
    this.disposables.push(
      watcher,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('wxpush.theme')) this.emitter.fire();
      }),
      // An open theme file counts as written: its edits apply before it is saved.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.path.endsWith(`/${THEME_FILE}`)) changed(e.document.uri);
      }),
    );
  }

  private read(uri: vscode.Uri): Promise<ThemeFile | undefined> {
    const key = uri.toString();
    let p = this.pending.get(key);
    if (!p) {
      p = (async () => {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        let text: string | undefined = open?.getText();
        if (text === undefined) {
          try {
            text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          } catch {
            text = undefined;
          }
        }
        const file = text === undefined ? undefined : parseThemeFile(text, uri.scheme === 'file' ? uri.fsPath : key);
        this.loaded.set(key, file);
        return file;
      })();
      this.pending.set(key, p);
    }
    return p;
  }

  /** The theme file for a document, read if need be. */
  async forDocument(uri: vscode.Uri): Promise<ThemeFile | undefined> {
    const file = themeFileUri(uri);
    return file ? this.read(file) : undefined;
  }

  /** What is known now, without waiting; a first read is started and announced by onDidChange. */
  peek(uri: vscode.Uri): ThemeFile | undefined {
    const file = themeFileUri(uri);
    if (!file) return undefined;
    const key = file.toString();
    if (!this.loaded.has(key) && !this.pending.has(key)) void this.read(file).then(() => this.emitter.fire());
    return this.loaded.get(key);
  }

  /** The theme of one push, waiting for the theme file (export, publish). */
  async themeOf(uri: vscode.Uri, doc: PushDocument): Promise<ResolvedTheme> {
    return pushTheme(doc, themeSettings(uri), await this.forDocument(uri));
  }

  /** The theme of one push with what is known now (the preview, while typing). */
  themeNow(uri: vscode.Uri, doc: PushDocument): ResolvedTheme {
    return pushTheme(doc, themeSettings(uri), this.peek(uri));
  }

  dispose() {
    for (const d of this.disposables) d.dispose();
  }
}

let shared: ThemeFiles | undefined;

/** The one ThemeFiles of the extension (created on first use, disposed with the extension). */
export function themeFiles(context?: vscode.ExtensionContext): ThemeFiles {
  if (!shared) {
    shared = new ThemeFiles();
    context?.subscriptions.push(shared, { dispose: () => (shared = undefined) });
  }
  return shared;
}
