import type { LintProblemSummary } from '../../core/publish/types';

/** Lint errors (or files the API cannot take): nothing was sent. */
export class PublishRefused extends Error {
  readonly problems: LintProblemSummary[];
  readonly warnings: LintProblemSummary[];
  constructor(problems: LintProblemSummary[], warnings: LintProblemSummary[] = []) {
    super(problems.map((p) => `${p.line}:${p.column} ${p.message} (${p.ruleId})`).join('\n') || 'publish refused');
    this.name = 'PublishRefused';
    this.problems = problems;
    this.warnings = warnings;
  }
}
