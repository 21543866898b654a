// The last publish's draft link per document, for the preview panels: a panel shows the link of
// the document it shows, after a publish, after the author switches documents and after a reload.
import * as vscode from 'vscode';
import type { DraftLinkView } from '../../core/surfaces';
import { qrPath } from '../../core/surfaces/qr';

export interface DraftLinkInfo {
  url: string;
  /** Articles in the draft, for the heading. */
  articles: number;
  publishedAt: number;
}

class DraftLinks {
  private readonly links = new Map<string, DraftLinkInfo>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, info: DraftLinkInfo | undefined) {
    if (info) this.links.set(uri.toString(), info);
    else this.links.delete(uri.toString());
    this.changed.fire(uri);
  }

  get(uri: vscode.Uri): DraftLinkInfo | undefined {
    return this.links.get(uri.toString());
  }

  /** What the webview draws, in the display language; null when the document has no link. */
  view(uri: vscode.Uri): DraftLinkView | null {
    const info = this.get(uri);
    const qr = info && qrPath(info.url);
    if (!info || !qr) return null;
    const time = new Date(info.publishedAt).toLocaleTimeString(vscode.env.language, { hour: '2-digit', minute: '2-digit' });
    return {
      url: info.url,
      qr,
      heading: vscode.l10n.t('In the draft box ({0} articles, {1})', info.articles, time),
      scan: vscode.l10n.t('Scan with WeChat to read the draft on your phone'),
      open: vscode.l10n.t('Open the draft'),
      note: vscode.l10n.t('A temporary link: it works for a while after publishing.'),
      close: vscode.l10n.t('Hide'),
    };
  }
}

export const draftLinks = new DraftLinks();
