// One preview panel: which document it shows, whether it is locked to it, and the traffic with its
// webview (first render in the HTML, then throttled `update` messages, scroll sync both ways).
import { randomBytes } from 'crypto';
import * as path from 'path';
import * as vscode from 'vscode';
import { buildPreview, fill, labelsFor, normalizeLocale, SentBodies, setThemeEdit, themePicker, type FromWebview, type InitialData, type PersistedState, type PreviewModel, type ToWebview } from '../../core/surfaces';
import { renderBody } from '../../core/surfaces/articleBody';
import { themeFiles } from '../theme';
import { listThemes } from '../../core/render/themes';
import { CodeCache } from '../../core/render';
import { getField, stringValue } from '../../core/format';
import type { DocumentModels } from '../documentModels';
import { registerArticleCopyTarget } from '../export/copyTarget';
import { draftLinks } from '../publish/draftLinks';
import { diagnosticCounts } from './counts';
import type { CutDiagnostics } from './cuts';
import { mediaResolver } from './media';
import { PREVIEW_STYLES, previewShellHtml } from './shell';

export const VIEW_TYPE = 'wxpush.preview';

/** Where a panel's view state (surface, theme, line) is kept between sessions, per document. */
export function viewStateKey(uri: vscode.Uri): string {
  return `wxpush.preview.viewState:${uri.toString()}`;
}
const UPDATE_DELAY_MS = 120;
/** Remote images, audio and video load at once; else each waits for a click in the preview. */
const LOAD_REMOTE_SETTING = 'wxpush.preview.loadRemoteMedia';
const ECHO_MS = 300;

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready: Promise<void>;
  private markReady!: () => void;
  private ignoreEditorScrollUntil = 0;
  private ignorePreviewScrollUntil = 0;
  private rootsKey = '';
  private disposed = false;
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;
  /** Coloured code blocks kept between this panel's renders (each keystroke re-renders the article). */
  private readonly codeCache = new CodeCache();
  /** The article bodies the webview holds, left out of the next update when unchanged (see core/surfaces/updates). */
  private readonly sentBodies = new SentBodies();
  /** The last update posted, as JSON: the same update is not posted twice. */
  private lastPosted = '';

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resourceUri: vscode.Uri,
    public locked: boolean,
    private readonly context: vscode.ExtensionContext,
    private readonly models: DocumentModels,
    private readonly cuts: CutDiagnostics,
    private readonly restored?: PersistedState,
  ) {
    this.ready = new Promise((r) => (this.markReady = r));
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.resourceUri.toString()) this.scheduleUpdate();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === this.resourceUri.toString())) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScroll(e)),
      themeFiles().onDidChange(() => this.scheduleUpdate()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(LOAD_REMOTE_SETTING, this.resourceUri)) this.scheduleUpdate();
      }),
      draftLinks.onDidChange((uri) => {
        if (uri.toString() === this.resourceUri.toString()) this.postDraftLink();
      }),
      registerArticleCopyTarget({ webview: panel.webview, documentUri: () => this.resourceUri, reveal: (preserveFocus) => this.panel.reveal(undefined, preserveFocus), ready: () => this.whenReady() }),
    );
    void this.reload();
  }

  get resource(): vscode.Uri {
    return this.resourceUri;
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Shows another document (the active editor changed, or the command was run for it). */
  async setResource(uri: vscode.Uri) {
    if (uri.toString() === this.resourceUri.toString()) return;
    this.cuts.release(this, this.resourceUri);
    this.resourceUri = uri;
    const document = await this.document();
    if (!document || this.disposed) return;
    if (this.roots(document).key !== this.rootsKey) return this.reload();
    this.updateTitle();
    this.postUpdate(document);
    this.postDraftLink();
  }

  toggleLock() {
    this.locked = !this.locked;
    this.updateTitle();
    void this.document().then((d) => d && this.postUpdate(d));
  }

  post(message: ToWebview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  // ---- rendering ---------------------------------------------------------------------------
  private async document(): Promise<vscode.TextDocument | undefined> {
    try {
      return await vscode.workspace.openTextDocument(this.resourceUri);
    } catch {
      return undefined;
    }
  }

  private roots(document: vscode.TextDocument) {
    const ext = this.context.extensionUri;
    const roots = [vscode.Uri.joinPath(ext, 'media'), vscode.Uri.joinPath(ext, 'dist', 'webview')];
    if (document.uri.scheme !== 'untitled') roots.push(vscode.Uri.joinPath(document.uri, '..'));
    const ws = vscode.workspace.getWorkspaceFolder(document.uri);
    if (ws) roots.push(ws.uri);
    return { roots, key: roots.map((r) => r.toString()).join('|') };
  }

  private locale() {
    return normalizeLocale(vscode.env.language);
  }

  buildModel(document: vscode.TextDocument): PreviewModel {
    const doc = this.models.get(document);
    const locale = this.locale();
    const resolver = mediaResolver(this.panel.webview, document);
    const resolved = themeFiles().themeNow(document.uri, doc);
    const model = buildPreview(doc, {
      locale,
      counts: diagnosticCounts(doc, document),
      resolveMedia: resolver.media,
      renderBody: (item) => renderBody(doc, item, { locale, resolveImage: resolver.image, theme: resolved.theme, codeCache: this.codeCache }),
    });
    model.themePicker = themePicker(resolved, listThemes(themeFiles().peek(document.uri)), locale);
    model.loadRemoteMedia = vscode.workspace.getConfiguration('wxpush', document.uri).get<boolean>('preview.loadRemoteMedia', false);
    return model;
  }

  /** The picker's choice becomes the push's own theme: one undoable edit of its front matter. */
  private async pickTheme(id: string) {
    const document = await this.document();
    if (!document || this.disposed) return;
    const edit = setThemeEdit(this.models.get(document), id);
    if (!edit) return;
    const we = new vscode.WorkspaceEdit();
    we.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
    await vscode.workspace.applyEdit(we);
  }

  /** A fresh HTML shell with the first render inside it (on open, reload and a change of folder). */
  private async reload() {
    const document = await this.document();
    if (this.disposed) return;
    const webview = this.panel.webview;
    this.ready = new Promise((r) => (this.markReady = r));
    this.forgetSent();
    const ext = this.context.extensionUri;
    const media = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(ext, ...p)).toString();
    const roots = document ? this.roots(document) : { roots: [vscode.Uri.joinPath(ext, 'media'), vscode.Uri.joinPath(ext, 'dist', 'webview')], key: '' };
    this.rootsKey = roots.key;
    webview.options = { enableScripts: true, localResourceRoots: roots.roots };
    const kind = vscode.window.activeColorTheme.kind;
    const initial: InitialData = {
      resource: this.resourceUri.toString(),
      locked: this.locked,
      theme: kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light',
      model: document ? this.buildModel(document) : undefined,
      state: this.restored,
    };
    webview.html = previewShellHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: media('dist', 'webview', 'preview.js'),
      styleUris: PREVIEW_STYLES.map((f) => media('media', 'preview', f)),
      initial,
      lang: this.locale() === 'zh-cn' ? 'zh-CN' : 'en',
    });
    this.updateTitle();
  }

  private scheduleUpdate() {
    // Throttle, not debounce: while the author types, the preview still moves every ~120 ms.
    if (this.timer || this.disposed) return;
    this.timer = setTimeout(async () => {
      this.timer = undefined;
      const document = await this.document();
      if (document && !this.disposed) this.postUpdate(document);
    }, UPDATE_DELAY_MS);
  }

  private postUpdate(document: vscode.TextDocument) {
    const { model, kept } = this.sentBodies.compact(this.buildModel(document));
    const message: ToWebview = { type: 'update', model, resource: this.resourceUri.toString(), locked: this.locked };
    if (kept.length) message.kept = kept;
    // A re-lint that changed no count schedules an update the webview already shows.
    const json = JSON.stringify(message);
    if (json === this.lastPosted) return;
    this.lastPosted = json;
    this.post(message).then(
      (delivered) => delivered || this.forgetSent(),
      () => this.forgetSent(),
    );
  }

  /** An update with every article body, for a page that may hold none of those sent before. */
  private async postWhole() {
    this.forgetSent();
    const document = await this.document();
    if (document && !this.disposed) this.postUpdate(document);
  }

  /** The webview's page may not hold what was sent: the next update goes whole. */
  private forgetSent() {
    this.sentBodies.reset();
    this.lastPosted = '';
  }

  /** The draft link of the shown document (or none), after a publish, a switch or a reload. */
  private postDraftLink() {
    if (!this.disposed) void this.post({ type: 'draftLink', link: draftLinks.view(this.resourceUri) });
  }

  private updateTitle() {
    const labels = labelsFor(this.locale());
    const name = path.basename(this.resourceUri.path);
    this.panel.title = fill(this.locked ? labels.lockedTitle : labels.previewTitle, { name });
  }

  // ---- messages from the webview -------------------------------------------------------------
  private async onMessage(m: FromWebview) {
    switch (m.type) {
      case 'ready':
        this.markReady();
        // Without retainContextWhenHidden the page is rebuilt from the HTML each time the panel is
        // shown again, and that HTML holds the first render: bring it up to date (text and counts).
        // Unchanged items keep their elements, so this costs little when nothing changed.
        await this.postWhole();
        this.postDraftLink();
        break;
      case 'resync':
        await this.postWhole();
        break;
      case 'openDraftLink': {
        const link = draftLinks.get(this.resourceUri);
        if (link) await vscode.env.openExternal(vscode.Uri.parse(link.url));
        break;
      }
      case 'closeDraftLink':
        draftLinks.set(this.resourceUri, undefined);
        break;
      case 'reveal':
        await this.revealInEditor(m.line, true);
        break;
      case 'revealLine':
        if (Date.now() < this.ignorePreviewScrollUntil) return;
        await this.revealInEditor(m.line, false);
        break;
      case 'revealSpan':
        await this.selectInEditor(m.start, m.end);
        break;
      case 'viewState':
        void this.context.workspaceState.update(viewStateKey(this.resourceUri), m.state);
        break;
      case 'toggleLock':
        this.toggleLock();
        break;
      case 'pickTheme':
        await this.pickTheme(m.id);
        break;
      case 'cuts': {
        // A measure of the document shown before a switch arrives late: it is not this one's.
        if (m.resource !== this.resourceUri.toString()) break;
        const document = await this.document();
        if (document && !this.disposed && m.resource === this.resourceUri.toString()) this.cuts.set(this, document, this.models.get(document), m.cuts);
        break;
      }
      case 'openSource':
        await this.openSource(m.itemIndex);
        break;
      case 'copyForWeChat':
        try {
          await vscode.commands.executeCommand('wxpush.export.copyArticle', this.resourceUri, m.itemIndex);
        } catch (e) {
          void this.post({ type: 'copyResult', ok: false, error: String(e) });
        }
        break;
    }
  }

  /** "Read more": opens the article's `source:` link (http/https only, read from the document itself). */
  private async openSource(itemIndex: number) {
    const document = await this.document();
    const item = document && this.models.get(document).items[itemIndex];
    const url = item?.kind === 'article' ? stringValue(getField(item.fields, 'source')) : undefined;
    if (url && /^https?:\/\//i.test(url)) await vscode.env.openExternal(vscode.Uri.parse(url));
  }

  private async revealInEditor(line: number, select: boolean) {
    const key = this.resourceUri.toString();
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
    const range = new vscode.Range(line, 0, line, 0);
    if (!select && editor) {
      // Scroll sync: move the editor only, and ignore the visible-range event that comes back.
      this.ignoreEditorScrollUntil = Date.now() + ECHO_MS;
      editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
      return;
    }
    if (!select) return;
    const document = await this.document();
    if (!document) return;
    await this.showSelection(document, new vscode.Range(line, 0, line, document.lineAt(Math.min(line, document.lineCount - 1)).text.length));
  }

  /** Selects `[start, end)` (offsets of the text the preview rendered, from the model's inline nodes). */
  private async selectInEditor(start: number, end: number) {
    const document = await this.document();
    if (!document || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return;
    await this.showSelection(document, new vscode.Range(document.positionAt(start), document.positionAt(end)));
  }

  private async showSelection(document: vscode.TextDocument, selection: vscode.Range) {
    const key = this.resourceUri.toString();
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
    const column = editor?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const shown = await vscode.window.showTextDocument(document, { viewColumn: column, selection });
    this.ignoreEditorScrollUntil = Date.now() + ECHO_MS;
    shown.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private onEditorScroll(e: vscode.TextEditorVisibleRangesChangeEvent) {
    if (e.textEditor.document.uri.toString() !== this.resourceUri.toString()) return;
    if (Date.now() < this.ignoreEditorScrollUntil || !e.visibleRanges.length) return;
    this.ignorePreviewScrollUntil = Date.now() + ECHO_MS;
    void this.post({ type: 'scrollToLine', line: e.visibleRanges[0].start.line });
  }

  dispose() {
    if (this.disposed) return;
    this.disposed = true;
    this.cuts.release(this, this.resourceUri);
    if (this.timer) clearTimeout(this.timer);
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
