// Quick fixes from each problem's own fixes, "Disable <rule> for this line/item" and "… for this
// file" for every problem, and `source.fixAll.wxpush` for all safe fixes. Every change is a
// WorkspaceEdit (undoable); nothing is saved.
import * as vscode from 'vscode';
import { disableFixes, safeFixEdits } from '../../core/rules/edits';
import { formatMessage } from '../../core/rules/messages';
import type { Fix, Problem, TextEdit } from '../../core/rules/types';
import { DIAGNOSTIC_SOURCE, ruleIdOf, spanRange } from './convert';
import type { PushLinter } from './linter';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('wxpush');

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(document.uri, spanRange(document, e.span), e.newText);
  return we;
}

export class PushCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(private readonly linter: PushLinter) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    // Fix-all on save may come before the pending lint of the last keystrokes: lint now.
    const entry = this.linter.result(document) ?? (await this.linter.lintDocument(document));
    if (!entry) return [];
    const actions: vscode.CodeAction[] = [];
    if (context.only?.contains(FIX_ALL_KIND)) {
      const edits = safeFixEdits(entry.problems);
      if (edits.length) {
        const a = new vscode.CodeAction(formatMessage(this.linter.locale, 'fix.all'), FIX_ALL_KIND);
        a.edit = toWorkspaceEdit(document, edits);
        actions.push(a);
      }
      if (!context.only.contains(vscode.CodeActionKind.QuickFix)) return actions;
    }
    for (const diag of context.diagnostics) {
      if (diag.source !== DIAGNOSTIC_SOURCE) continue;
      const problem = entry.problems.find((p) => p.ruleId === ruleIdOf(diag) && spanRange(document, p.span).isEqual(diag.range) && p.message === diag.message);
      if (!problem) continue;
      const fixes: Fix[] = [...(problem.fixes ?? []), ...disableFixes(entry.doc, problem, this.linter.locale)];
      fixes.forEach((fix, i) => actions.push(this.action(document, diag, problem, fix, i === 0 && !!problem.fixes?.length)));
    }
    return actions;
  }

  private action(document: vscode.TextDocument, diag: vscode.Diagnostic, _problem: Problem, fix: Fix, preferred: boolean): vscode.CodeAction {
    const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    a.edit = toWorkspaceEdit(document, fix.edits);
    a.diagnostics = [diag];
    a.isPreferred = preferred && !!fix.safe;
    return a;
  }
}
