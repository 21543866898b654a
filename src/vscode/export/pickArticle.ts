// Which article a command works on: the one under the cursor, the one passed by the caller (the
// preview passes its document and item), or one the author picks.
import * as vscode from 'vscode';
import { articleTitle, itemAt, type Item, type PushDocument } from '../../core/format';
import type { DocumentModels } from '../documentModels';
import { LANGUAGE_ID } from '../documentModels';

export interface PickedArticle {
  document: vscode.TextDocument;
  doc: PushDocument;
  item: Item;
}

export async function pickArticle(models: DocumentModels, uri?: vscode.Uri, itemIndex?: number): Promise<PickedArticle | undefined> {
  const editor = vscode.window.activeTextEditor;
  let document: vscode.TextDocument | undefined;
  if (uri instanceof vscode.Uri) document = await vscode.workspace.openTextDocument(uri);
  else if (editor?.document.languageId === LANGUAGE_ID) document = editor.document;
  if (!document) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a .wxpush file to export one of its articles.'));
    return undefined;
  }
  const doc = models.get(document);
  const articles = doc.items.filter((i) => i.kind === 'article');
  if (!articles.length) {
    void vscode.window.showErrorMessage(vscode.l10n.t('This file has no @article to export.'));
    return undefined;
  }
  if (typeof itemIndex === 'number' && doc.items[itemIndex]?.kind === 'article') return { document, doc, item: doc.items[itemIndex] };
  if (articles.length === 1) return { document, doc, item: articles[0] };
  if (editor && editor.document === document) {
    const here = itemAt(doc, document.offsetAt(editor.selection.active));
    if (here?.kind === 'article') return { document, doc, item: here };
  }
  const choice = await vscode.window.showQuickPick(
    articles.map((item) => ({ label: articleTitle(item)?.text ?? vscode.l10n.t('(untitled)'), description: vscode.l10n.t('line {0}', doc.lines.positionAt(item.span.start).line + 1), item })),
    { placeHolder: vscode.l10n.t('Which article?') },
  );
  return choice && { document, doc, item: choice.item };
}
