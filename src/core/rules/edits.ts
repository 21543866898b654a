// Text edits several fixes share: adding a front-matter key, adding an item field, and the
// "disable this rule for this line / item / file" fixes offered for every problem.
import type { Item, PushDocument, Span } from '../format/model';
import { frontMatterField } from '../format/queries';
import { eol } from './analysis/text';
import { formatMessage } from './messages';
import type { Fix, Locale, Problem, TextEdit } from './types';

/** Adds `key: value` as the last front-matter line, creating the front matter when there is none. */
export function addFrontMatterFieldEdit(doc: PushDocument, line: string): TextEdit[] {
  const nl = eol(doc);
  const fm = doc.frontMatter;
  if (!fm) return [{ span: { start: doc.bomLength, end: doc.bomLength }, newText: `---${nl}${line}${nl}---${nl}${doc.text.length > doc.bomLength ? nl : ''}` }];
  const end = fm.contentSpan.end;
  // contentSpan ends at the start of the closing fence line (or of the first item when unterminated).
  const before = doc.text.slice(fm.contentSpan.start, end);
  const needsBreak = before.length > 0 && !before.endsWith('\n');
  if (end >= doc.text.length && !fm.terminated) return [{ span: { start: end, end }, newText: `${needsBreak || end === fm.contentSpan.start ? nl : ''}${line}${nl}` }];
  return [{ span: { start: end, end }, newText: `${needsBreak ? nl : ''}${line}${nl}` }];
}

/** Adds `key: value` as the last field line of an item (right under its directive when it has none). */
export function addItemFieldEdit(doc: PushDocument, item: Item, line: string): TextEdit {
  const nl = eol(doc);
  const after = item.fields.length ? item.fields[item.fields.length - 1].span.end : item.headerSpan.end;
  const lineNo = doc.lines.lineAt(after);
  const at = doc.lines.lineEnd(lineNo);
  return { span: { start: at, end: at }, newText: `${nl}${line}` };
}

/** The line a "disable for this line" comment must stand above: an item's directive for its fields. */
function commentTarget(doc: PushDocument, offset: number): { line: number; item: boolean } | undefined {
  const fm = doc.frontMatter;
  if (fm && offset < fm.span.end) return undefined;
  for (const item of doc.items) {
    const fieldsEnd = item.fields.length ? item.fields[item.fields.length - 1].span.end : item.headerSpan.end;
    if (offset >= item.directiveSpan.start && offset <= fieldsEnd) return { line: doc.lines.lineAt(item.directiveSpan.start), item: true };
  }
  for (const u of doc.unknownDirectives) {
    if (offset >= u.headerSpan.start && offset <= u.headerSpan.end) return { line: doc.lines.lineAt(u.directiveSpan.start), item: true };
  }
  return { line: doc.lines.lineAt(offset), item: false };
}

/**
 * `<!-- wxpush-disable-next-line a b -->` alone on a line: its rule ids and where they end. Found
 * from the last `-->` (a lazy regex tried every position before it: quadratic on a long line).
 */
function disableNextLineComment(line: string): { ids: string; idsEnd: number } | undefined {
  const head = /^\s*<!--\s*wxpush-disable-next-line\b/.exec(line);
  if (!head) return undefined;
  const close = line.lastIndexOf('-->');
  if (close < head[0].length || line.slice(close + 3).trim() !== '') return undefined;
  const ids = line.slice(head[0].length, close).trimEnd();
  if (ids.includes('>')) return undefined;
  return { ids, idsEnd: head[0].length + ids.length };
}

export function disableLineFix(doc: PushDocument, ruleId: string, span: Span, locale: Locale = 'en'): Fix | undefined {
  const target = commentTarget(doc, span.start);
  if (!target) return undefined;
  const nl = eol(doc);
  const title = formatMessage(locale, target.item ? 'fix.disable-item' : 'fix.disable-line', { rule: ruleId });
  if (target.line > 0) {
    // Extend a disable-next-line comment already standing above the line.
    const prev = doc.lines.lineText(target.line - 1);
    const m = disableNextLineComment(prev);
    if (m && m.ids.trim()) {
      if (m.ids.split(/\s+/).includes(ruleId)) return undefined;
      const at = doc.lines.lineStart(target.line - 1) + m.idsEnd;
      return { title, edits: [{ span: { start: at, end: at }, newText: ` ${ruleId}` }] };
    }
  }
  const lineText = doc.lines.lineText(target.line);
  const indent = target.item ? '' : /^[ \t]*/.exec(lineText)![0];
  const at = doc.lines.lineStart(target.line) + (target.line === 0 ? doc.bomLength : 0);
  return { title, edits: [{ span: { start: at, end: at }, newText: `${indent}<!-- wxpush-disable-next-line ${ruleId} -->${nl}` }] };
}

/** Sets the rule to `off` in the front matter's `rules:` map (creating the map or front matter). */
export function disableFileFix(doc: PushDocument, ruleId: string, locale: Locale = 'en'): Fix | undefined {
  const title = formatMessage(locale, 'fix.disable-file', { rule: ruleId });
  const nl = eol(doc);
  const field = frontMatterField(doc, 'rules');
  if (!field) return { title, edits: addFrontMatterFieldEdit(doc, `rules:${nl}  ${ruleId}: off`) };
  const raw = field.raw;
  if (raw.startsWith('{')) {
    const close = doc.text.lastIndexOf('}', field.valueSpan.end);
    if (close < field.valueSpan.start) return undefined;
    const empty = /^\{\s*\}$/.test(raw);
    return { title, edits: [{ span: { start: close, end: close }, newText: empty ? `${ruleId}: off` : `, ${ruleId}: off` }] };
  }
  if (field.value !== null && (typeof field.value !== 'object' || Array.isArray(field.value))) return undefined;
  // A block map (or nothing yet): add an entry line, indented like the others.
  const keyLine = doc.lines.lineAt(field.keySpan.start);
  const next = doc.lines.lineText(keyLine + 1);
  const indent = field.value === null ? '  ' : (/^[ \t]+/.exec(next)?.[0] ?? '  ');
  const lastLine = doc.lines.lineAt(Math.max(field.span.end - 1, field.keySpan.start));
  const at = doc.lines.lineEnd(lastLine);
  return { title, edits: [{ span: { start: at, end: at }, newText: `${nl}${indent}${ruleId}: off` }] };
}

/** The two "disable" fixes offered for every problem (the line one only where a comment may go). */
export function disableFixes(doc: PushDocument, problem: Pick<Problem, 'ruleId' | 'span'>, locale: Locale = 'en'): Fix[] {
  const out: Fix[] = [];
  const line = disableLineFix(doc, problem.ruleId, problem.span, locale);
  if (line) out.push(line);
  const file = disableFileFix(doc, problem.ruleId, locale);
  if (file) out.push(file);
  return out;
}

/** Applies non-overlapping edits to a text (for fix-all in the CLI and for tests). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.span.end > limit) continue; // overlaps an edit already applied
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
    limit = e.span.start;
  }
  return out;
}

/** The safe fixes of a set of problems, one per problem, without overlapping edits. */
export function safeFixEdits(problems: readonly Problem[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const taken: Span[] = [];
  for (const p of problems) {
    const fix = p.fixes?.find((f) => f.safe);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((s) => e.span.start < s.end && s.start < e.span.end || (e.span.start === s.start && e.span.end === s.end)))) continue;
    for (const e of fix.edits) {
      edits.push(e);
      taken.push(e.span);
    }
  }
  return edits;
}
