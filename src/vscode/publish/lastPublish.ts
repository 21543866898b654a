// The last publish of each document (kept in the workspace's state), shown in the status bar while
// the document is active. A click brings its draft link and QR code back into the preview.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../documentModels';

export interface LastPublish {
  at: number;
  action: string;
  articles: number;
  account: string;
  draftMediaId?: string;
  previewUrl?: string;
}

export const SHOW_LAST_COMMAND = 'wxpush.publish.showLast';
const key = (uri: vscode.Uri) => `wxpush.publish.last:${uri.toString()}`;

export class LastPublishStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('wxpush.publish.last', vscode.StatusBarAlignment.Right, 99);
  private readonly subscriptions: vscode.Disposable[] = [];
  private shown = false;

  constructor(private readonly state: vscode.Memento) {
    this.item.name = vscode.l10n.t('WeChat Push: last publish');
    this.item.command = SHOW_LAST_COMMAND;
    this.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.update();
  }

  get(uri: vscode.Uri): LastPublish | undefined {
    return this.state.get<LastPublish>(key(uri));
  }

  async set(uri: vscode.Uri, last: LastPublish) {
    await this.state.update(key(uri), last);
    this.update();
  }

  update() {
    const document = vscode.window.activeTextEditor?.document;
    const last = document?.languageId === LANGUAGE_ID ? this.get(document.uri) : undefined;
    this.shown = !!last;
    if (!last) {
      this.item.hide();
      return;
    }
    const when = new Date(last.at);
    const sameDay = when.toDateString() === new Date().toDateString();
    const time = sameDay ? when.toLocaleTimeString(vscode.env.language, { hour: '2-digit', minute: '2-digit' }) : when.toLocaleDateString(vscode.env.language);
    this.item.text = `$(cloud-upload) ${vscode.l10n.t('Draft {0}', time)}`;
    this.item.tooltip = vscode.l10n.t('Last published to the draft box of “{0}”: {1} article(s), {2}. Click to show the draft’s link and QR code.', last.account, last.articles, when.toLocaleString(vscode.env.language));
    this.item.show();
  }

  /** What the item shows (undefined while hidden), for tests. */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  dispose() {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
