// The words the export commands show: what went to the clipboard or the file, and what the author
// still has to do in the WeChat editor.
import * as vscode from 'vscode';
import type { RenderedArticle } from '../../core/render';

export function todoList(r: RenderedArticle): string[] {
  const todo: string[] = [];
  const local = r.localImages.length;
  if (local === 1) todo.push(vscode.l10n.t('1 local image to upload'));
  else if (local > 1) todo.push(vscode.l10n.t('{0} local images to upload', local));
  const remote = r.remoteImages.length;
  if (remote === 1) todo.push(vscode.l10n.t('1 image on another host, which WeChat filters out'));
  else if (remote > 1) todo.push(vscode.l10n.t('{0} images on other hosts, which WeChat filters out', remote));
  if (r.stripped.length) todo.push(vscode.l10n.t('removed: {0}', r.stripped.join('; ')));
  return todo;
}

export function copiedSummary(title: string, r: RenderedArticle): string {
  const what =
    r.references.length === 0
      ? vscode.l10n.t('Copied “{0}” for the WeChat editor ({1} characters).', title, r.chars)
      : vscode.l10n.t('Copied “{0}” for the WeChat editor ({1} characters, {2} link references).', title, r.chars, r.references.length);
  return withTodo(what, r);
}

export function withTodo(what: string, r: RenderedArticle): string {
  const todo = todoList(r);
  return todo.length ? `${what} ${vscode.l10n.t('Still to do: {0}.', todo.join(', '))}` : what;
}
