// "Copy for WeChat" with images that work after the paste: for an account that is set up, each
// local image of the article that a publish already uploaded is replaced by its WeChat URL from the
// upload cache (same bytes, same AppID). Nothing is uploaded here and the file is not changed.
import * as path from 'path';
import * as vscode from 'vscode';
import type { Item, PushDocument } from '../../core/format';
import { uploadKey } from '../../core/publish/plan';
import { renderArticle } from '../../core/render';
import { loadMedia } from '../../node/publish/media';
import { UploadCache } from '../../node/publish/store';
import { accountEntries, accountOf } from './accounts';

/** Local image path as written in the article → its uploaded URL. Empty when nothing is known. */
export async function uploadedImageUrls(context: vscode.ExtensionContext, doc: PushDocument, item: Item, document: vscode.TextDocument): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const name = accountOf(doc);
  const appId = name ? accountEntries()[name]?.appId : undefined;
  if (!appId || document.uri.scheme !== 'file') return out;
  const local = renderArticle(doc, item).localImages.map((i) => i.src);
  if (local.length === 0) return out;
  const files = await loadMedia(path.dirname(document.uri.fsPath), local);
  const cache = new UploadCache(path.join(context.globalStorageUri.fsPath, 'publish'));
  for (const [src, file] of files) {
    // A body image goes through uploadimg, or as image material when uploadimg refuses its format.
    const hit = cache.get(uploadKey(appId, 'uploadimg', file.sha256)) ?? cache.get(uploadKey(appId, 'image', file.sha256));
    if (hit?.url) out.set(src, hit.url.replace(/^http:\/\//i, 'https://'));
  }
  return out;
}
