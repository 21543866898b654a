// The shapes the rule engine produces. Every consumer (VS Code diagnostics, CLI, preview badges)
// reads these; rules themselves live one per file beside this one.
import type { Span } from '../format/model';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by "fix all" (`source.fixAll.wxpush`, `wxpush lint --fix`). */
  safe?: boolean;
}

export interface RelatedInformation {
  /** A file path (or URI string) other than the linted one; absent means the same document. */
  file?: string;
  span?: Span;
  /** 0-based line when only the line is known (e.g. another file). */
  line?: number;
  message: string;
}

export interface Problem {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes?: Fix[];
  related?: RelatedInformation[];
}
