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

  /** Replaces the document's cuts with the ones just measured (those of an older text are dropped). */
  set(document: vscode.TextDocument, doc: PushDocument, cuts: readonly MeasuredCut[]) {
    const diagnostics = cutProblems(doc, cuts).map((p) => {
      const d = new vscode.Diagnostic(new vscode.Range(document.positionAt(p.start), document.positionAt(p.end)), message(p.cut.surface, p.shownTail), vscode.DiagnosticSeverity.Information);
      d.source = CUT_SOURCE;
      return d;
    });
    this.collection.set(document.uri, diagnostics);
  }

  clear(uri: vscode.Uri) {
    this.collection.delete(uri);
  }

  dispose() {
    this.collection.dispose();
  }
}
