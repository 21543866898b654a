// Paths written in a push → URLs the webview may load. Local files go through `asWebviewUri` and
// must lie under the panel's resource roots; a file that does not exist becomes a placeholder.
import * as fs from 'fs';
import * as vscode from 'vscode';
import { isNetworkPath } from '../../core/language/mediaPaths';
import type { MediaView } from '../../core/surfaces';

const REMOTE = /^(?:https?:|data:image\/)/i;

export function mediaResolver(webview: vscode.Webview, document: vscode.TextDocument) {
  const folder = vscode.Uri.joinPath(document.uri, '..');
  const seen = new Map<string, Omit<MediaView, 'path'>>();
  const resolve = (p: string): Omit<MediaView, 'path'> => {
    const hit = seen.get(p);
    if (hit) return hit;
    let r: Omit<MediaView, 'path'>;
    if (REMOTE.test(p)) r = { src: p, missing: false };
    // A network (UNC) path is never looked at: checking it would contact that host.
    else if (isNetworkPath(p)) r = { missing: true };
    else if (/^[a-z][a-z0-9+.-]*:/i.test(p) && !/^[a-z]:[\\/]/i.test(p)) r = { missing: true };
    else {
      const uri = /^([a-z]:)?[\\/]/i.test(p) ? vscode.Uri.file(p) : vscode.Uri.joinPath(folder, p);
      r = exists(uri) ? { src: webview.asWebviewUri(uri).toString(), missing: false } : { missing: true };
    }
    seen.set(p, r);
    return r;
  };
  return {
    media: resolve,
    image: (src: string) => resolve(src).src,
  };
}

function exists(uri: vscode.Uri): boolean {
  if (uri.scheme !== 'file') return true;
  try {
    return fs.statSync(uri.fsPath).isFile();
  } catch {
    return false;
  }
}
