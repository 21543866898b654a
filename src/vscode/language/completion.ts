import * as vscode from 'vscode';
import { buildCompletions, type CompletionKind } from '../../core/language/completion';
import { MEDIA_GLOB } from '../../core/language/mediaPaths';
import { RULE_IDS } from '../../core/rules/catalogue/ids';
import { ruleDescription } from '../../core/rules/messages';
import type { DocumentModels } from '../documentModels';
import { displayLocale } from '../locale';
import { themeFiles } from '../theme';
import { today, toRange } from './convert';

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  directive: vscode.CompletionItemKind.Keyword,
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  file: vscode.CompletionItemKind.File,
  rule: vscode.CompletionItemKind.Reference,
  snippet: vscode.CompletionItemKind.Snippet,
};

export const COMPLETION_TRIGGERS = ['@', ':', ' ', '/', '(', '-'];

export class PushCompletionProvider implements vscode.CompletionItemProvider {
  private readonly files = new MediaFileCache();

  constructor(private readonly models: DocumentModels) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionItem[]> {
    const doc = this.models.get(document);
    const offset = doc.lines.offsetAt(position);
    const files = await this.files.near(document.uri);
    if (token.isCancellationRequested) return [];
    const ruleIds = RULE_IDS.filter((id) => id !== 'internal');
    const locale = displayLocale();
    return buildCompletions(doc, offset, { files, ruleIds, today: today(), locale, themeFile: themeFiles().peek(document.uri), describeRule: (id) => ruleDescription(id, locale) || undefined }).map((e) => {
      const item = new vscode.CompletionItem(e.label, KINDS[e.kind]);
      item.insertText = e.snippet ? new vscode.SnippetString(e.insertText) : e.insertText;
      item.range = toRange(doc, e.replace);
      item.detail = e.detail;
      if (e.documentation) item.documentation = new vscode.MarkdownString(e.documentation);
      if (e.filterText) item.filterText = e.filterText;
      if (e.sortText) item.sortText = e.sortText;
      return item;
    });
  }
}

/** Media files under a document's folder, listed at most every few seconds per folder. */
class MediaFileCache {
  private readonly cache = new Map<string, { at: number; files: Promise<string[]> }>();

  near(document: vscode.Uri): Promise<string[]> {
    const folder = vscode.Uri.joinPath(document, '..');
    const key = folder.toString();
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < 5000) return hit.files;
    const files = Promise.resolve(vscode.workspace.findFiles(new vscode.RelativePattern(folder, MEDIA_GLOB), '**/node_modules/**', 500)).then(
      (uris) =>
        uris
          .map((u) => (u.path.startsWith(folder.path + '/') ? u.path.slice(folder.path.length + 1) : ''))
          .filter(Boolean)
          .sort(),
      () => [] as string[],
    );
    this.cache.set(key, { at: Date.now(), files });
    return files;
  }
}
