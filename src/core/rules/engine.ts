// lint(document, context) → Problem[]: runs every rule of the catalogue, applies severities and
// disable comments, builds messages from the templates. Pure and synchronous: all IO (media
// facts, other pushes, configuration) is gathered beforehand into the LintContext.
import type { PushDocument } from '../format/model';
import { Analysis } from './analysis';
import { RULES } from './catalogue';
import { formatMessage } from './messages';
import { collectMediaRefs } from './refs';
import type { RuleContext, RuleDefinition } from './rule';
import { configuredSeverity, finalSeverity, frontMatterRules } from './severity';
import { Suppressions } from './suppress';
import type { LintContext, LintOptions, Problem } from './types';

export const INTERNAL_RULE_ID = 'internal';

export function lint(doc: PushDocument, context: LintContext = {}, options: LintOptions = {}, rules: readonly RuleDefinition[] = RULES): Problem[] {
  const locale = options.locale ?? 'en';
  const t = (key: string, data?: Record<string, string | number>) => formatMessage(locale, key, data);
  const analysis = new Analysis(doc);
  let refs: RuleContext['refs'] = [];
  const problems: Problem[] = [];
  try {
    refs = collectMediaRefs(doc, analysis);
  } catch (e) {
    problems.push(internalProblem('media-refs', e, t));
  }
  const ctx: RuleContext = { doc, context, refs, analysis, t };
  const layers = [frontMatterRules(doc), context.config];
  let suppressions: Suppressions | undefined;
  for (const rule of rules) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const configured = configuredSeverity(rule, layers);
    if (configured === 'off') continue;
    let findings;
    try {
      findings = rule.check(ctx);
    } catch (e) {
      problems.push(internalProblem(rule.id, e, t));
      continue;
    }
    for (const f of findings) {
      const severity = finalSeverity(configured, f.severity, rule);
      if (severity === 'off') continue;
      if (doc.comments.length) {
        suppressions ??= new Suppressions(doc);
        if (suppressions.isSuppressed(rule, f.span)) continue;
      }
      const problem: Problem = {
        ruleId: rule.id,
        severity,
        message: t(f.key ? `${rule.id}.${f.key}` : rule.id, f.data),
        span: f.span,
      };
      if (f.fixes?.length) problem.fixes = f.fixes;
      if (f.related?.length) problem.related = f.related;
      problems.push(problem);
    }
  }
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return problems;
}

function internalProblem(ruleId: string, e: unknown, t: RuleContext['t']): Problem {
  const error = e instanceof Error ? e.message : String(e);
  return { ruleId: INTERNAL_RULE_ID, severity: 'error', message: t(INTERNAL_RULE_ID, { rule: ruleId, error }), span: { start: 0, end: 0 } };
}
