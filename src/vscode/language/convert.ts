// Core spans and lines → VS Code ranges. The model's offsets index the same text the editor holds.
import * as vscode from 'vscode';
import type { PushDocument, Span } from '../../core/format/model';

export function toRange(doc: PushDocument, span: Span): vscode.Range {
  const s = doc.lines.positionAt(span.start);
  const e = doc.lines.positionAt(span.end);
  return new vscode.Range(s.line, s.character, e.line, e.character);
}

/** A path as written in a push, relative to the document's folder, as a URI. */
export function resolveMediaUri(document: vscode.Uri, written: string): vscode.Uri {
  const p = written.trim().replace(/[?#].*$/, '');
  let decoded = p;
  try {
    decoded = decodeURIComponent(p);
  } catch {
    /* keep it as written */
  }
  if (/^file:\/\//i.test(p)) return vscode.Uri.parse(p);
  if (/^(?:\/|[A-Za-z]:[\\/])/.test(decoded)) return vscode.Uri.file(decoded);
  return vscode.Uri.joinPath(document, '..', decoded);
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
