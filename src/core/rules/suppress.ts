// Inline comments: `<!-- wxpush-disable a b -->` … `<!-- wxpush-enable a b -->` and
// `<!-- wxpush-disable-next-line a -->`. No ids means every rule; a tag stands for its rules.
// `enable a` after a bare `disable` turns just `a` back on, as in markdownlint.
// A disable-next-line comment right above an item directive covers the directive and its field
// lines: they form the item's header, and a comment cannot sit between fields.
import type { PushDocument, Span } from '../format/model';
import type { RuleDefinition } from './rule';

/** The disable state from one comment's end to the next comment. */
interface State {
  from: number;
  all: boolean;
  /** Disabled by name while not all are. */
  off: ReadonlySet<string>;
  /** Enabled again by name while all are disabled. */
  on: ReadonlySet<string>;
}

interface LineRegion {
  rules: string[] | undefined;
  start: number;
  end: number;
}

export class Suppressions {
  private readonly states: State[] = [];
  private readonly lines: LineRegion[] = [];

  constructor(doc: PushDocument) {
    let all = false;
    let off = new Set<string>();
    let on = new Set<string>();
    for (const c of doc.comments) {
      const ids = c.rules.map((r) => r.text);
      if (c.kind === 'disable-next-line') {
        const span = nextLineSpan(doc, c.span.end);
        if (span) this.lines.push({ rules: ids.length ? ids : undefined, start: span.start, end: span.end });
        continue;
      }
      off = new Set(off);
      on = new Set(on);
      if (c.kind === 'disable') {
        if (!ids.length) {
          all = true;
          on.clear();
        } else
          for (const id of ids) {
            off.add(id);
            on.delete(id);
          }
      } else if (!ids.length) {
        all = false;
        off.clear();
        on.clear();
      } else
        for (const id of ids) {
          off.delete(id);
          if (all) on.add(id);
        }
      this.states.push({ from: c.span.end, all, off, on });
    }
  }

  isSuppressed(rule: RuleDefinition, span: Span): boolean {
    const names = [rule.id, ...rule.tags];
    for (const r of this.lines) {
      if (span.start >= r.start && span.start < r.end && (!r.rules || r.rules.some((n) => names.includes(n)))) return true;
    }
    let state: State | undefined;
    for (const s of this.states) {
      if (s.from > span.start) break;
      state = s;
    }
    if (!state) return false;
    // The rule's own name decides before its tags do.
    if (state.on.has(rule.id)) return false;
    if (state.off.has(rule.id)) return true;
    if (state.all) return !rule.tags.some((t) => state!.on.has(t));
    return rule.tags.some((t) => state!.off.has(t));
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
