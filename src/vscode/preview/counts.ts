// Errors and warnings per item, from the editor's own diagnostics: the preview badges then always
// agree with the Problems panel, whatever produced the diagnostics.
import * as vscode from 'vscode';
import { itemAt, type PushDocument } from '../../core/format';
import type { ItemCounts } from '../../core/surfaces';

export function diagnosticCounts(doc: PushDocument, document: vscode.TextDocument, diagnostics = vscode.languages.getDiagnostics(document.uri)): ItemCounts[] {
  const counts: ItemCounts[] = doc.items.map(() => ({ errors: 0, warnings: 0 }));
  for (const d of diagnostics) {
    if (d.severity !== vscode.DiagnosticSeverity.Error && d.severity !== vscode.DiagnosticSeverity.Warning) continue;
    const item = itemAt(doc, document.offsetAt(d.range.start));
    if (!item) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) counts[item.index].errors++;
    else counts[item.index].warnings++;
  }
  return counts;
}
