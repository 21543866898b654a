// "Copy Article for WeChat Editor" and "Export Article HTML…".
import * as path from 'path';
import * as vscode from 'vscode';
import { articleTitle, type PushDocument } from '../../core/format';
import { renderArticle, renderStandaloneHtml, type RenderOptions } from '../../core/render';
import type { DocumentModels } from '../documentModels';
import { displayLocale } from '../locale';
import { themeFiles } from '../theme';
import { copyThroughWebview, findCopyTarget, waitForCopyTarget } from './copyTarget';
import { pickArticle } from './pickArticle';
import { uploadedImageUrls } from '../publish/uploadedImages';
import { copiedSummary, withTodo } from './summary';

export const COPY_COMMAND = 'wxpush.export.copyArticle';
export const EXPORT_COMMAND = 'wxpush.export.html';
const PREVIEW_COMMAND = 'wxpush.preview.openToSide';

/** How every export path renders a push: the export settings and the push's theme. */
export async function exportOptions(document: vscode.TextDocument, doc: PushDocument): Promise<RenderOptions> {
  const config = vscode.workspace.getConfiguration('wxpush.export', document.uri);
  return {
    linkReferences: config.get<boolean>('linkReferences', true),
    locale: displayLocale(),
    theme: (await themeFiles().themeOf(document.uri, doc)).theme,
  };
}

export function registerExportCommands(context: vscode.ExtensionContext, models: DocumentModels) {
  context.subscriptions.push(
    vscode.commands.registerCommand(COPY_COMMAND, (uri?: vscode.Uri, itemIndex?: number) => copyArticle(models, uri, itemIndex, context)),
    vscode.commands.registerCommand(EXPORT_COMMAND, (uri?: vscode.Uri, itemIndex?: number) => exportHtml(models, uri, itemIndex)),
  );
}

/** Returns what happened, for tests: 'rich' (HTML + text), 'text' (fallback) or undefined (cancelled). */
export async function copyArticle(models: DocumentModels, uri?: vscode.Uri, itemIndex?: number, context?: vscode.ExtensionContext): Promise<'rich' | 'text' | undefined> {
  const picked = await pickArticle(models, uri, itemIndex);
  if (!picked) return undefined;
  const { document, doc, item } = picked;
  const options = await exportOptions(document, doc);
  // Images a publish already uploaded for the push's account paste as their WeChat URLs.
  const uploaded = context ? await uploadedImageUrls(context, doc, item, document).catch(() => new Map<string, string>()) : new Map<string, string>();
  if (uploaded.size) options.resolveImage = (src) => uploaded.get(src);
  const rendered = renderArticle(doc, item, options);
  const title = articleTitle(item)?.text ?? vscode.l10n.t('(untitled)');
  const stillLocal = { ...rendered, localImages: rendered.localImages.filter((i) => !uploaded.has(i.src)) };
  const summary = uploaded.size
    ? `${copiedSummary(title, stillLocal)} ${vscode.l10n.t('{0} image(s) use their uploaded WeChat URL.', uploaded.size)}`
    : copiedSummary(title, rendered);

  let target = findCopyTarget(document.uri);
  if (!target && (await vscode.commands.getCommands(true)).includes(PREVIEW_COMMAND)) {
    await vscode.commands.executeCommand(PREVIEW_COMMAND, document.uri);
    target = await waitForCopyTarget(document.uri, 5000);
  }
  let error = vscode.l10n.t('no preview is open to copy from');
  if (target) {
    const editor = vscode.window.activeTextEditor;
    target.reveal?.(false);
    // A preview that never becomes visible never loads: do not wait on it for ever.
    await Promise.race([target.ready?.(), new Promise((r) => setTimeout(r, 5000))]);
    const reply = await copyThroughWebview(target, { type: 'copyArticle', html: rendered.html, text: rendered.text, summary });
    // The webview took focus to write the clipboard; the author goes on writing where they were.
    if (editor && editor.document === document) await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, selection: editor.selection });
    if (reply.ok) {
      void vscode.window.showInformationMessage(summary);
      return 'rich';
    }
    error = reply.error ?? error;
  }
  // The text still helps (it keeps markers and reference numbers); say plainly that styles were not copied.
  await vscode.env.clipboard.writeText(rendered.text);
  const exportLabel = vscode.l10n.t('Export Article HTML…');
  // Not awaited: the command has done its work; the button is an offer, not a question.
  void vscode.window
    .showWarningMessage(
      vscode.l10n.t('Copied the article as plain text only ({0}). Use “Export Article HTML…” and copy from the page in a browser to keep the formatting.', error),
      exportLabel,
    )
    .then((choice) => (choice ? vscode.commands.executeCommand(EXPORT_COMMAND, document.uri, item.index) : undefined));
  return 'text';
}

export async function exportHtml(models: DocumentModels, uri?: vscode.Uri, itemIndex?: number): Promise<vscode.Uri | undefined> {
  const picked = await pickArticle(models, uri, itemIndex);
  if (!picked) return undefined;
  const { document, doc, item } = picked;
  const title = articleTitle(item)?.text ?? '';
  const base = document.uri.scheme === 'untitled' ? 'article' : path.basename(document.uri.path).replace(/\.[^.]+$/, '');
  const defaultName = `${base}-${item.index + 1}${fileSafe(title) ? `-${fileSafe(title)}` : ''}.html`;
  const folder = document.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(document.uri, '..');
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, defaultName) : undefined,
    filters: { HTML: ['html', 'htm'] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return undefined;
  const options = await exportOptions(document, doc);
  // Local images keep working from the saved page: their paths are rewritten relative to it.
  if (document.uri.scheme === 'file' && target.scheme === 'file') {
    const from = path.dirname(target.fsPath);
    const docDir = path.dirname(document.uri.fsPath);
    options.resolveImage = (src) => {
      if (/^file:/i.test(src)) return src;
      return path.relative(from, path.resolve(docDir, src)).split(path.sep).join('/');
    };
  }
  const html = renderStandaloneHtml(doc, item, options);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
  const rendered = renderArticle(doc, item, options);
  void vscode.window.showInformationMessage(withTodo(vscode.l10n.t('Exported “{0}” to {1}.', title || vscode.l10n.t('(untitled)'), path.basename(target.path)), rendered));
  return target;
}

function fileSafe(s: string): string {
  return s
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
}
