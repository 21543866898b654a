// The cuts the preview measured, as information diagnostics on the hidden part of each title and
// digest, in a collection of their own: they exist only while a preview shows the document, follow
// the author's typing (each render is measured again), and go when the preview closes.
import * as vscode from 'vscode';
import type { PushDocument } from '../../core/format';
import { cutProblems, type CutSurface, type MeasuredCut } from '../../core/surfaces';

export const CUT_SOURCE = 'wxpush preview';

function message(surface: CutSurface, shown: string): string {
  switch (surface) {
    case 'folder':
      return vscode.l10n.t('Cut after «{0}» in the Subscription folder', shown);
    case 'chat':
      return vscode.l10n.t('Cut after «{0}» in the card of a chat', shown);
    case 'moments':
      return vscode.l10n.t('Cut after «{0}» in Moments', shown);
  }
}

export class CutDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('wxpush-preview-cuts');
  /** The previews that measured each document: its cuts stay while one of them still shows it. */
  private readonly owners = new Map<string, Set<object>>();

  /** Replaces the document's cuts with the ones `owner` just measured (those of an older text are dropped). */
  set(owner: object, document: vscode.TextDocument, doc: PushDocument, cuts: readonly MeasuredCut[]) {
    const key = document.uri.toString();
    if (!this.owners.has(key)) this.owners.set(key, new Set());
    this.owners.get(key)!.add(owner);
    const diagnostics = cutProblems(doc, cuts).map((p) => {
      const d = new vscode.Diagnostic(new vscode.Range(document.positionAt(p.start), document.positionAt(p.end)), message(p.cut.surface, p.shownTail), vscode.DiagnosticSeverity.Information);
      d.source = CUT_SOURCE;
      return d;
    });
    this.collection.set(document.uri, diagnostics);
  }

  /** `owner` no longer shows the document (closed, or moved to another file). */
  release(owner: object, uri: vscode.Uri) {
    const key = uri.toString();
    const set = this.owners.get(key);
    set?.delete(owner);
    if (set && set.size) return;
    this.owners.delete(key);
    this.collection.delete(uri);
  }

  dispose() {
    this.collection.dispose();
  }
}
