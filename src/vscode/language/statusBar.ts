// A status-bar item while a push is the active editor: the article under the cursor against its
// limits, or the push's item count and sends.
import * as vscode from 'vscode';
import { statusAt } from '../../core/language/status';
import type { DocumentModels } from '../documentModels';
import { LANGUAGE_ID } from '../documentModels';
import { displayLocale } from '../locale';

export class PushStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly models: DocumentModels) {
    this.item = vscode.window.createStatusBarItem('wxpush.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('WeChat Push');
    this.item.command = 'workbench.action.gotoSymbol';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.update();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      this.item.hide();
      return;
    }
    const doc = this.models.get(editor.document);
    const status = statusAt(doc, doc.lines.offsetAt(editor.selection.active), displayLocale());
    this.item.text = status.text;
    this.item.tooltip = status.tooltip;
    this.item.backgroundColor =
      status.level === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : status.level === 'warning' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  /** What the item shows, for tests. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
