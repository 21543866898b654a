// Keeps the Problems panel in step with the `.wxpush` documents: lint on open and while typing
// (throttled) or on save (`wxpush.lint.run`), clear on close, and lint the whole workspace on demand.
import * as vscode from 'vscode';
import type { PushDocument } from '../../core/format/model';
import { parsePush } from '../../core/format/parse';
import { lint } from '../../core/rules/engine';
import { gatherContext } from '../../core/rules/gather';
import { normalizeLocale } from '../../core/rules/messages';
import { summarizePush } from '../../core/rules/quota';
import type { Locale, Problem, RulesConfig } from '../../core/rules/types';
import { LANGUAGE_ID, type DocumentModels } from '../documentModels';
import { themeFiles, themeSettings } from '../theme';
import { toDiagnostic } from './convert';
import { folderOf, PUSH_EXCLUDE, PUSH_GLOB, rulesConfigFor, WorkspaceMediaReader, WorkspacePushes } from './io';

// A re-lint after a keystroke costs about a millisecond now that only the edited item is
// re-parsed, so the pause can be short: 120 ms follows an author closely, and still lets a fast
// typist (8 or more keys a second, under 125 ms between keys) finish a word before it runs.
const TYPING_DELAY_MS = 120;

export interface LintEntry {
  version: number;
  doc: PushDocument;
  problems: Problem[];
}

export class PushLinter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('wxpush');
  readonly locale: Locale = normalizeLocale(vscode.env.language);
  private readonly results = new Map<string, LintEntry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Files linted by "Lint Workspace": their problems stay after their editor closes. */
  private readonly workspaceLinted = new Set<string>();
  private readonly pushes = new WorkspacePushes();
  /** `.wxpushrc.json` lookups per folder; see rulesConfigFor. */
  private readonly rcCache = new Map<string, Promise<RulesConfig>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly models: DocumentModels) {
    this.disposables.push(
      this.collection,
      this.pushes,
      vscode.workspace.onDidOpenTextDocument((d) => this.lintSoon(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.runMode(e.document) === 'onType') this.lintSoon(e.document, TYPING_DELAY_MS);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.lintSoon(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('wxpush.rules') || e.affectsConfiguration('wxpush.lint')) this.lintOpen();
      }),
      this.pushes.onDidChange(() => this.lintOpen()),
      themeFiles().onDidChange(() => this.lintOpen()),
    );
    const rc = vscode.workspace.createFileSystemWatcher('**/.wxpushrc.json');
    const rcChanged = () => {
      this.rcCache.clear();
      this.lintOpen();
    };
    rc.onDidChange(rcChanged);
    rc.onDidCreate(rcChanged);
    rc.onDidDelete(rcChanged);
    this.disposables.push(rc);
    this.lintOpen();
  }

  /** The last lint of a document, if it matches the document's current version. */
  result(document: vscode.TextDocument): LintEntry | undefined {
    const r = this.results.get(document.uri.toString());
    return r && r.version === document.version ? r : undefined;
  }

  private runMode(document: vscode.TextDocument): 'onType' | 'onSave' {
    return vscode.workspace.getConfiguration('wxpush', document.uri).get('lint.run') === 'onSave' ? 'onSave' : 'onType';
  }

  private lintOpen() {
    for (const d of vscode.workspace.textDocuments) this.lintSoon(d, 0);
  }

  lintSoon(document: vscode.TextDocument, delay: number) {
    if (document.languageId !== LANGUAGE_ID) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lintDocument(document);
      }, delay),
    );
  }

  async lintDocument(document: vscode.TextDocument): Promise<LintEntry | undefined> {
    if (document.isClosed) return undefined;
    const version = document.version;
    const doc = this.models.get(document);
    this.pushes.update(document.uri, summarizePush(document.uri.toString(), doc));
    const problems = await this.run(document.uri, doc);
    // A newer version may have arrived while media were read; its own lint will report.
    if (document.isClosed || document.version !== version) return undefined;
    const entry = { version, doc, problems };
    this.results.set(document.uri.toString(), entry);
    this.collection.set(document.uri, problems.map((p) => toDiagnostic(document, p, this.locale)));
    return entry;
  }

  private async run(uri: vscode.Uri, doc: PushDocument): Promise<Problem[]> {
    const config = await rulesConfigFor(uri, this.rcCache);
    // An unsaved new file has no folder to resolve media paths against: their facts stay unknown.
    const media = uri.scheme === 'untitled' ? undefined : new WorkspaceMediaReader(folderOf(uri));
    const context = await gatherContext(doc, { media, workspacePushes: () => this.pushes.all() }, config, uri.toString());
    context.theme = { settings: themeSettings(uri), file: await themeFiles().forDocument(uri) };
    return lint(doc, context, { locale: this.locale });
  }

  private forget(document: vscode.TextDocument) {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    if (document.languageId === LANGUAGE_ID) this.pushes.reload(document.uri);
    if (this.workspaceLinted.has(key)) void this.lintFile(document.uri);
    else this.collection.delete(document.uri);
  }

  /** Lints a file that may not be open (from disk). */
  private async lintFile(uri: vscode.Uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      await this.lintDocument(open);
      return;
    }
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return;
    }
    const doc = parsePush(text);
    const problems = await this.run(uri, doc);
    // Diagnostics need a TextDocument for positions; the parsed document has the same line index.
    const positioned = { positionAt: (o: number) => toPosition(doc, o), uri } as unknown as vscode.TextDocument;
    this.collection.set(uri, problems.map((p) => toDiagnostic(positioned, p, this.locale)));
  }

  async lintWorkspace(): Promise<number> {
    const uris = await vscode.workspace.findFiles(PUSH_GLOB, PUSH_EXCLUDE);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'wxpush' }, async () => {
      for (const uri of uris) {
        this.workspaceLinted.add(uri.toString());
        await this.lintFile(uri);
      }
    });
    return uris.length;
  }

  dispose() {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

function toPosition(doc: PushDocument, offset: number): vscode.Position {
  const p = doc.lines.positionAt(offset);
  return new vscode.Position(p.line, p.character);
}
