// Errors and warnings per item, from the editor's own diagnostics: the preview badges then always
// agree with the Problems panel, whatever produced the diagnostics.
import * as vscode from 'vscode';
import type { PushDocument } from '../../core/format';
import { countByItem, type CountedProblem, type ItemCounts } from '../../core/surfaces';

const SEVERITY: Record<vscode.DiagnosticSeverity, CountedProblem['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export function diagnosticCounts(doc: PushDocument, document: vscode.TextDocument, diagnostics = vscode.languages.getDiagnostics(document.uri)): ItemCounts[] {
  return countByItem(
    doc,
    diagnostics.map((d) => ({ start: document.offsetAt(d.range.start), severity: SEVERITY[d.severity] })),
  );
}
