import * as vscode from 'vscode';
import { hoverAt, mediaHover } from '../../core/language/hover';
import type { MediaReader } from '../../core/media/types';
import { ruleDocsUrl } from '../../core/rules/docs';
import { RULE_IDS } from '../../core/rules/catalogue/ids';
import { ruleDescription } from '../../core/rules/messages';
import { WorkspaceMediaReader, folderOf } from '../diagnostics/io';
import type { DocumentModels } from '../documentModels';
import { displayLocale } from '../locale';
import { themeFiles } from '../theme';
import { resolveMediaUri, toRange } from './convert';

/** Images up to this size are inlined as data URIs, which every hover renderer shows. */
const INLINE_THUMBNAIL_BYTES = 512 * 1024;

export class PushHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly models: DocumentModels,
    private readonly readerFor: (document: vscode.Uri) => MediaReader = (uri) => new WorkspaceMediaReader(folderOf(uri)),
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const doc = this.models.get(document);
    const locale = displayLocale();
    const target = hoverAt(doc, doc.lines.offsetAt(position), {
      themeFile: themeFiles().peek(document.uri),
      describeRule: (id) => (RULE_IDS.includes(id) ? ruleDescription(id, locale) : undefined),
      ruleDocsUrl: (id) => ruleDocsUrl(id, locale),
      locale,
    });
    if (!target) return undefined;
    const range = toRange(doc, target.span);
    if (target.type === 'info') return new vscode.Hover(new vscode.MarkdownString(target.markdown), range);
    const info = await this.readerFor(document.uri).info(target.path);
    let thumbnailUri: string | undefined;
    if (info.exists && target.media === 'image') thumbnailUri = await thumbnail(resolveMediaUri(document.uri, target.path), info.size, info.format);
    return new vscode.Hover(new vscode.MarkdownString(mediaHover(target, info, { thumbnailUri, locale })), range);
  }
}

async function thumbnail(uri: vscode.Uri, size: number | undefined, format: string | undefined): Promise<string> {
  const mime = format === 'jpg' || format === 'jpeg' ? 'image/jpeg' : format ? `image/${format}` : undefined;
  if (mime && size !== undefined && size <= INLINE_THUMBNAIL_BYTES) {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
    } catch {
      /* fall back to the file's URI */
    }
  }
  return uri.toString();
}
