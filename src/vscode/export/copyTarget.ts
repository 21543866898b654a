// The rich copy happens inside a webview: `vscode.env.clipboard` holds text only, while a webview's
// `navigator.clipboard.write` can put text/html and text/plain on the clipboard together.
//
// Protocol (the preview implements the webview side):
//   extension → webview  { type: 'copyArticle', html, text, summary, requestId }
//   webview → extension  { type: 'copied', ok: boolean, error?: string, requestId }
// The webview writes `new ClipboardItem({ 'text/html': Blob(html), 'text/plain': Blob(text) })`
// and answers once. Any webview that speaks it registers here with `registerArticleCopyTarget`.
import * as vscode from 'vscode';

export interface CopyArticleMessage {
  type: 'copyArticle';
  html: string;
  text: string;
  /** One line saying what was copied and what the author still has to do. */
  summary: string;
  /** Echoed in the answer, so a late answer to an earlier request is not taken for this one. */
  requestId?: number;
}

export interface CopiedMessage {
  type: 'copied';
  ok: boolean;
  error?: string;
  requestId?: number;
}

export interface ArticleCopyTarget {
  webview: vscode.Webview;
  /** The document the panel shows; a target showing the article's document is preferred. */
  documentUri?(): vscode.Uri | undefined;
  /**
   * Brings the panel forward. Called with `preserveFocus` false before a copy: a browser lets only
   * a focused document write to the clipboard, so the webview must take focus (the command gives
   * it back to the editor afterwards).
   */
  reveal?(preserveFocus: boolean): void;
  /** Resolves once the webview's script listens (a message posted earlier could be missed). */
  ready?(): Thenable<void>;
}

const targets: ArticleCopyTarget[] = [];
const registered = new vscode.EventEmitter<ArticleCopyTarget>();

/** Called by the preview for each panel it creates; dispose when the panel closes. */
export function registerArticleCopyTarget(target: ArticleCopyTarget): vscode.Disposable {
  targets.push(target);
  registered.fire(target);
  return new vscode.Disposable(() => {
    const i = targets.indexOf(target);
    if (i !== -1) targets.splice(i, 1);
  });
}

export function findCopyTarget(uri: vscode.Uri | undefined): ArticleCopyTarget | undefined {
  const key = uri?.toString();
  return targets.find((t) => key && t.documentUri?.()?.toString() === key) ?? targets[targets.length - 1];
}

/** Waits for a target to register (after asking the preview to open), up to `ms`. */
export function waitForCopyTarget(uri: vscode.Uri | undefined, ms: number): Promise<ArticleCopyTarget | undefined> {
  const now = findCopyTarget(uri);
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const sub = registered.event((t) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(t);
    });
    const timer = setTimeout(() => {
      sub.dispose();
      resolve(undefined);
    }, ms);
  });
}

/** Posts the article to the webview and waits for its answer. */
let nextRequest = 1;

export function copyThroughWebview(target: ArticleCopyTarget, article: Omit<CopyArticleMessage, 'requestId'>, ms = 5000): Promise<CopiedMessage> {
  const message: CopyArticleMessage = { ...article, requestId: nextRequest++ };
  return new Promise((resolve) => {
    const sub = target.webview.onDidReceiveMessage((m: unknown) => {
      const reply = m as Partial<CopiedMessage> | undefined;
      if (!reply || reply.type !== 'copied') return;
      if (reply.requestId !== undefined && reply.requestId !== message.requestId) return;
      clearTimeout(timer);
      sub.dispose();
      resolve({ type: 'copied', ok: reply.ok === true, error: typeof reply.error === 'string' ? reply.error : undefined });
    });
    const timer = setTimeout(() => {
      sub.dispose();
      resolve({ type: 'copied', ok: false, error: vscode.l10n.t('the preview did not answer') });
    }, ms);
    target.webview.postMessage(message).then(
      (delivered) => {
        if (delivered) return;
        clearTimeout(timer);
        sub.dispose();
        resolve({ type: 'copied', ok: false, error: vscode.l10n.t('the preview is not visible') });
      },
      (e: unknown) => {
        clearTimeout(timer);
        sub.dispose();
        resolve({ type: 'copied', ok: false, error: String(e) });
      },
    );
  });
}
