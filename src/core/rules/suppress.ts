// Inline comments: `<!-- wxpush-disable a b -->` … `<!-- wxpush-enable a b -->` and
// `<!-- wxpush-disable-next-line a -->`. No ids means every rule; a tag stands for its rules.
// A disable-next-line comment right above an item directive covers the directive and its field
// lines: they form the item's header, and a comment cannot sit between fields.
import type { PushDocument, Span } from '../format/model';
import type { RuleDefinition } from './rule';

interface Region {
  rules: string[] | undefined;
  start: number;
  end: number;
}

export class Suppressions {
  private readonly regions: Region[] = [];

  constructor(doc: PushDocument) {
    const open = new Map<string, number>(); // rule id ('*' = all) → offset where disabled
    const text = doc.text;
    for (const c of doc.comments) {
      const ids = c.rules.map((r) => r.text);
      if (c.kind === 'disable-next-line') {
        const span = nextLineSpan(doc, c.span.end);
        if (span) this.regions.push({ rules: ids.length ? ids : undefined, start: span.start, end: span.end });
        continue;
      }
      const keys = ids.length ? ids : ['*'];
      if (c.kind === 'disable') {
        for (const k of keys) if (!open.has(k)) open.set(k, c.span.end);
      } else {
        if (!ids.length) {
          // A bare enable ends every open region.
          for (const [k, s] of open) this.regions.push({ rules: k === '*' ? undefined : [k], start: s, end: c.span.start });
          open.clear();
        } else
          for (const k of keys) {
            const s = open.get(k);
            if (s !== undefined) {
              this.regions.push({ rules: [k], start: s, end: c.span.start });
              open.delete(k);
            }
          }
      }
    }
    for (const [k, s] of open) this.regions.push({ rules: k === '*' ? undefined : [k], start: s, end: text.length + 1 });
  }

  isSuppressed(rule: RuleDefinition, span: Span): boolean {
    for (const r of this.regions) {
      if (span.start < r.start || span.start >= r.end) continue;
      if (!r.rules || r.rules.includes(rule.id) || r.rules.some((t) => (rule.tags as readonly string[]).includes(t))) return true;
    }
    return false;
  }
}

/** The line after the comment (skipping other wxpush comment lines), widened to an item's header block. */
function nextLineSpan(doc: PushDocument, offset: number): Span | undefined {
  const lines = doc.lines;
  let line = lines.lineAt(offset) + 1;
  while (line < lines.lineCount && /^\s*<!--\s*wxpush-[\s\S]*-->\s*$/.test(lines.lineText(line))) line++;
  if (line >= lines.lineCount) return undefined;
  const start = lines.lineStart(line);
  const item = doc.items.find((i) => i.directiveSpan.start === start) ?? doc.unknownDirectives.find((u) => u.directiveSpan.start === start);
  let end = lines.lineEnd(line);
  if (item && 'fields' in item && item.fields.length) end = Math.max(end, item.fields[item.fields.length - 1].span.end);
  return { start, end: end + 1 };
}
