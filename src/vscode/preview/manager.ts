// The preview's commands and panels. Like the markdown preview: one panel follows the active
// `.wxpush` editor, a locked one stays on its file, and panels come back after a reload through a
// serializer (their state lives in the webview's `setState`, not in `retainContextWhenHidden`).
import * as vscode from 'vscode';
import { labelsFor, normalizeLocale, type PersistedState } from '../../core/surfaces';
import { LANGUAGE_ID, type DocumentModels } from '../documentModels';
import { CutDiagnostics } from './cuts';
import { PreviewPanel, VIEW_TYPE, viewStateKey } from './panel';

export const OPEN_COMMAND = 'wxpush.preview.open';
export const OPEN_TO_SIDE_COMMAND = 'wxpush.preview.openToSide';

export interface CopyPayload {
  html: string;
  text: string;
  summary?: string;
}

export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Set<PreviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Where the open previews measured titles and digests cut (one collection for all panels). */
  readonly cuts = new CutDiagnostics();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly models: DocumentModels,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand(OPEN_COMMAND, (uri?: vscode.Uri) => this.open(uri, false)),
      vscode.commands.registerCommand(OPEN_TO_SIDE_COMMAND, (uri?: vscode.Uri) => this.open(uri, true)),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: PersistedState | undefined) => {
          const resource = state?.resource ? vscode.Uri.parse(state.resource) : activeResource();
          if (!resource) {
            panel.dispose();
            return;
          }
          // VS Code may hand back a state saved a few seconds before the window closed; the copy the
          // panel kept in workspace storage is the latest.
          const kept = context.workspaceState.get<PersistedState>(viewStateKey(resource));
          const merged: PersistedState = { ...state, ...kept, resource: resource.toString() };
          this.track(new PreviewPanel(panel, resource, merged.locked === true, context, models, this.cuts, merged));
        },
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
        for (const p of this.panels) if (!p.locked) void p.setResource(editor.document.uri);
      }),
    );
  }

  /** The panels, for tests and for the export command. */
  get all(): readonly PreviewPanel[] {
    return [...this.panels];
  }

  async open(uri: vscode.Uri | undefined, toSide: boolean): Promise<PreviewPanel | undefined> {
    const resource = uri instanceof vscode.Uri ? uri : activeResource();
    if (!resource) {
      void vscode.window.showInformationMessage(labelsFor(normalizeLocale(vscode.env.language)).noPreviewFile);
      return undefined;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const existing = this.find(resource) ?? [...this.panels].find((p) => !p.locked);
    if (existing) {
      await existing.setResource(resource);
      existing.panel.reveal(existing.panel.viewColumn ?? column, toSide);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('WeChat Push Preview'), { viewColumn: column, preserveFocus: toSide }, { enableScripts: true, localResourceRoots: [] });
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'file-icon.svg');
    return this.track(new PreviewPanel(panel, resource, false, this.context, this.models, this.cuts));
  }

  /**
   * Puts an article on the clipboard as HTML and text through a preview webview (a webview can
   * write text/html; the extension host cannot). Opens the preview beside the editor when needed.
   */
  async copyArticle(uri: vscode.Uri, payload: CopyPayload, timeoutMs = 5000): Promise<{ ok: boolean; error?: string }> {
    const panel = this.find(uri) ?? (await this.open(uri, true));
    if (!panel) return { ok: false, error: 'no preview' };
    panel.panel.reveal(undefined, true);
    await panel.whenReady();
    const requestId = Math.floor(Math.random() * 1e9);
    return new Promise((resolve) => {
      const sub = panel.panel.webview.onDidReceiveMessage((m: { type?: string; ok?: boolean; error?: string; requestId?: number }) => {
        if (m?.type !== 'copied' || (m.requestId !== undefined && m.requestId !== requestId)) return;
        clearTimeout(timer);
        sub.dispose();
        resolve({ ok: m.ok === true, ...(m.error ? { error: m.error } : {}) });
      });
      const timer = setTimeout(() => {
        sub.dispose();
        resolve({ ok: false, error: 'the preview did not answer' });
      }, timeoutMs);
      void panel.post({ type: 'copyArticle', ...payload, requestId });
    });
  }

  private find(uri: vscode.Uri): PreviewPanel | undefined {
    const key = uri.toString();
    return [...this.panels].find((p) => p.resource.toString() === key);
  }

  private track(p: PreviewPanel): PreviewPanel {
    this.panels.add(p);
    p.onDidDispose(() => this.panels.delete(p));
    return p;
  }

  dispose() {
    for (const p of this.panels) p.dispose();
    for (const d of this.disposables) d.dispose();
    this.cuts.dispose();
  }
}

function activeResource(): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === LANGUAGE_ID) return editor.document.uri;
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (tab instanceof vscode.TabInputText && tab.uri.path.endsWith('.wxpush')) return tab.uri;
  return undefined;
}

export function registerPreview(context: vscode.ExtensionContext, models: DocumentModels): PreviewManager {
  const manager = new PreviewManager(context, models);
  context.subscriptions.push(manager);
  return manager;
}
