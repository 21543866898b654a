// Shared test helpers: lint a text, show problem ranges as `line:col-line:col` (1-based, like the
// CLI), apply a fix and lint again.
import * as assert from 'assert';
import { parsePush } from '../../../src/core/format/parse';
import type { PushDocument } from '../../../src/core/format/model';
import { lint } from '../../../src/core/rules/engine';
import { applyEdits } from '../../../src/core/rules/edits';
import type { Fix, LintContext, LintOptions, MediaInfoLike, Problem } from '../../../src/core/rules/types';

export const VALID = `---
account: Test Account
type: subscription
date: 2026-11-25
---

@article A fine title
cover: cover.png
digest: A short digest.

Body text with a [link to an article](https://mp.weixin.qq.com/s/abc).
`;

export const GOOD_COVER: MediaInfoLike = { exists: true, size: 20000, format: 'png', width: 900, height: 383 };

export function media(entries: Record<string, MediaInfoLike>): Map<string, MediaInfoLike> {
  return new Map(Object.entries(entries));
}

export function run(text: string, rule?: string | string[], context: LintContext = {}, options: LintOptions = {}): { doc: PushDocument; problems: Problem[] } {
  const doc = parsePush(text);
  const only = rule === undefined ? undefined : Array.isArray(rule) ? rule : [rule];
  return { doc, problems: lint(doc, context, { ...options, only }) };
}

/** `line:col-line:col`, 1-based. */
export function range(doc: PushDocument, p: { span: { start: number; end: number } }): string {
  const s = doc.lines.positionAt(p.span.start);
  const e = doc.lines.positionAt(p.span.end);
  return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
}

export function ranges(doc: PushDocument, problems: readonly Problem[]): string[] {
  return problems.map((p) => range(doc, p));
}

export function covered(doc: PushDocument, p: Problem): string {
  return doc.text.slice(p.span.start, p.span.end);
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/** Applies the problem's fix titled like `title` (or its first fix) and returns the new text. */
export function fixed(text: string, problem: Problem, title?: RegExp): string {
  const fix = title ? problem.fixes?.find((f) => title.test(f.title)) : problem.fixes?.[0];
  assert.ok(fix, `no fix ${title ?? ''} on ${problem.ruleId}: ${problem.fixes?.map((f) => f.title).join(' | ')}`);
  return applyFix(text, fix!);
}

export function one(problems: readonly Problem[]): Problem {
  assert.strictEqual(problems.length, 1, `expected one problem, got ${problems.map((p) => `${p.ruleId}: ${p.message}`).join('\n')}`);
  return problems[0];
}
