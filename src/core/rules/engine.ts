// lint(document, context) → Problem[]: runs every rule of the catalogue, applies severities and
// disable comments, builds messages from the templates. Pure and synchronous: all IO (media
// facts, other pushes, configuration) is gathered beforehand into the LintContext.
import { itemOrigin } from '../format/incremental';
import type { Item, PushDocument, Span } from '../format/model';
import { eol } from './analysis/text';
import { Analysis } from './analysis';
import { RULES } from './catalogue';
import { formatMessage } from './messages';
import { collectMediaRefs } from './refs';
import type { Finding, RuleContext, RuleDefinition } from './rule';
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
  /** Per item, the context the per-item rules see (the document holding just that item). */
  let views: Map<Item, RuleContext> | undefined;
  for (const rule of rules) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const configured = configuredSeverity(rule, layers);
    if (configured === 'off') continue;
    let findings;
    /** Per-item rules: how far each finding has moved since it was found (see perItemFindings). */
    let shifts: number[] | undefined;
    try {
      if (rule.perItem) findings = perItemFindings(rule, ctx, locale, (views ??= new Map()), (shifts = []));
      else findings = rule.check(ctx);
    } catch (e) {
      problems.push(internalProblem(rule.id, e, t));
      continue;
    }
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      const severity = finalSeverity(configured, f.severity, rule);
      if (severity === 'off') continue;
      const delta = shifts ? shifts[i] : 0;
      const span = delta ? moved(f.span, delta) : f.span;
      if (doc.comments.length) {
        suppressions ??= new Suppressions(doc);
        if (suppressions.isSuppressed(rule, span)) continue;
      }
      const problem: Problem = {
        ruleId: rule.id,
        severity,
        message: (f as Judged).message ?? t(f.key ? `${rule.id}.${f.key}` : rule.id, f.data),
        span,
      };
      if (f.fixes?.length) problem.fixes = delta ? movedFixes(f.fixes, delta) : f.fixes;
      if (f.related?.length) problem.related = delta ? movedRelated(f.related, delta) : f.related;
      problems.push(problem);
    }
  }
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return problems;
}

/** A per-item rule's finding with its message, kept for the next lint. */
type Judged = Finding & { message?: string };

/**
 * Findings of per-item rules by the item they were found in (keyed by its origin, see itemOrigin),
 * with that item: they stay in its coordinates, and a later lint moves them only into the problems
 * it makes, so that the findings of every item after an edit are not copied on each keystroke.
 */
const findingsByOrigin = new WeakMap<Item, Map<string, { item: Item; key: string; findings: Judged[] }>>();

/** The findings of a per-item rule; `shifts` gets, for each, how far it lies from where it was found. */
function perItemFindings(rule: RuleDefinition, ctx: RuleContext, locale: string, views: Map<Item, RuleContext>, shifts: number[]): Judged[] {
  // Messages and fix titles are localized, and fixes insert the document's line breaks.
  const key = `${locale}|${eol(ctx.doc)}`;
  const out: Judged[] = [];
  const kinds = rule.perItem!;
  for (const item of ctx.doc.items) {
    if (!kinds.includes(item.kind)) continue;
    const origin = itemOrigin(item);
    let known = findingsByOrigin.get(origin);
    if (!known) findingsByOrigin.set(origin, (known = new Map()));
    const last = known.get(rule.id);
    let findings: Judged[];
    let delta = 0;
    if (last && last.key === key) {
      delta = item.span.start - last.item.span.start;
      findings = last.findings;
    } else {
      let view = views.get(item);
      if (!view) views.set(item, (view = { ...ctx, doc: { ...ctx.doc, items: [item] } }));
      findings = rule.check(view);
      for (const f of findings) f.message = ctx.t(f.key ? `${rule.id}.${f.key}` : rule.id, f.data);
      known.set(rule.id, { item, key, findings });
    }
    for (const f of findings) {
      out.push(f);
      shifts.push(delta);
    }
  }
  return out;
}

// The known shapes of a finding's extras are copied directly (a fix's edits, a related place's
// span) rather than walked as any model node would be.
function movedFixes(fixes: NonNullable<Finding['fixes']>, delta: number): NonNullable<Finding['fixes']> {
  return fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, span: moved(e.span, delta) })) }));
}

function movedRelated(related: NonNullable<Finding['related']>, delta: number): NonNullable<Finding['related']> {
  return related.map((r) => (r.span ? { ...r, span: moved(r.span, delta) } : { ...r }));
}

function moved(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

function internalProblem(ruleId: string, e: unknown, t: RuleContext['t']): Problem {
  const error = e instanceof Error ? e.message : String(e);
  return { ruleId: INTERNAL_RULE_ID, severity: 'error', message: t(INTERNAL_RULE_ID, { rule: ruleId, error }), span: { start: 0, end: 0 } };
}
