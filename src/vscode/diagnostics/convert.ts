// Core problems → VS Code diagnostics (code with the rule's docs link, source `wxpush`, related
// information pointing at other files when another place matters).
import * as vscode from 'vscode';
import { ruleDocsUrl } from '../../core/rules/docs';
import type { Locale, Problem, Severity } from '../../core/rules/types';

export const DIAGNOSTIC_SOURCE = 'wxpush';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function spanRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

function relatedUri(file: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:/i.test(file) && !/^[a-z]:[\\/]/i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}

export function toDiagnostic(document: vscode.TextDocument, p: Problem, locale: Locale = 'en'): vscode.Diagnostic {
  const d = new vscode.Diagnostic(spanRange(document, p.span), p.message, SEVERITY[p.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: p.ruleId, target: vscode.Uri.parse(ruleDocsUrl(p.ruleId, locale)) };
  if (p.related?.length) {
    d.relatedInformation = p.related.map((r) => {
      const uri = r.file ? relatedUri(r.file) : document.uri;
      const range = r.span && !r.file ? spanRange(document, r.span) : new vscode.Range(r.line ?? 0, 0, r.line ?? 0, 0);
      return new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, range), r.message);
    });
  }
  return d;
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (typeof c === 'object' && c) return String(c.value);
  return typeof c === 'string' ? c : undefined;
}
