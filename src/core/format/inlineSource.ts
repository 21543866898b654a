// markdown-it tells the lines of a block but not where an inline token starts. This plugin records
// it while markdown-it parses: every inline rule is wrapped, so the tokens a rule pushes get the
// source range the rule consumed, in the coordinates of the inline content (`inline.content`).
// It only observes: the tokens and the rendering are what markdown-it makes without it.
import type { Markdown, MdToken } from './markdown';

/** Where a token's source lies in its inline content: `[start, end)`. */
const SOURCE = new WeakMap<MdToken, [number, number]>();

/** For links and images: the label between `[` and `]`, and the destination when written inline. */
export interface LinkParts {
  label: [number, number];
  destination?: [number, number];
}
const LINKS = new WeakMap<MdToken, LinkParts>();

export function tokenSource(t: MdToken): [number, number] | undefined {
  return SOURCE.get(t);
}

export function linkParts(t: MdToken): LinkParts | undefined {
  return LINKS.get(t);
}

// The parts of markdown-it's inline state this plugin reads (it is typed loosely upstream).
interface InlineState {
  src: string;
  pos: number;
  posMax: number;
  pending: string;
  tokens: MdToken[];
  md: Markdown;
  pendingStart?: number;
}
type InlineRule = (state: InlineState, silent: boolean) => boolean;

export function inlineSource(md: Markdown): void {
  const ruler = md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[]; __cache__: unknown };
  ruler.__rules__.forEach((rule, i) => {
    rule.fn = wrap(rule.name, rule.fn, i === 0);
  });
  ruler.__cache__ = null;
  const Base = md.inline.State as unknown as new (...args: unknown[]) => { pushPending(): MdToken };
  // Pending text becomes a token when something else is pushed (or at the end); its source is
  // the run of characters collected since `pendingStart`.
  class SourceState extends Base {
    pendingStart?: number;
    override pushPending(): MdToken {
      const t = super.pushPending();
      if (this.pendingStart !== undefined) SOURCE.set(t, [this.pendingStart, this.pendingStart + t.content.length]);
      return t;
    }
  }
  (md.inline as unknown as { State: unknown }).State = SourceState;
}

function wrap(name: string, fn: InlineRule, first: boolean): InlineRule {
  return (state, silent) => {
    const before = state.pos;
    // Every step of the tokenizer tries the first rule: a pending run starts at the first step
    // that finds nothing pending.
    if (first && !silent && state.pending === '') state.pendingStart = before;
    const pending = state.pending;
    const n = state.tokens.length;
    const ok = fn(state, silent);
    if (!ok || silent || state.tokens.length === n) return ok;
    annotate(name, state, before, n, pending);
    return ok;
  };
}

function annotate(name: string, state: InlineState, before: number, n: number, pendingBefore: string) {
  const after = state.pos;
  const tokens = state.tokens;
  let from = n;
  // The first push flushed the pending text (already placed by pushPending).
  let flushed = 0;
  if (pendingBefore && SOURCE.has(tokens[n])) {
    flushed = tokens[n].content.length;
    from++;
  }
  const mine = tokens.slice(from).filter((t) => !SOURCE.has(t));
  if (!mine.length) return;
  const src = state.src;
  if (name === 'link' || name === 'image') {
    const open = mine[0];
    SOURCE.set(open, [before, after]);
    if (mine.length > 1) SOURCE.set(mine[mine.length - 1], [after, after]);
    const labelStart = before + (name === 'image' ? 2 : 1);
    const labelEnd = state.md.helpers.parseLinkLabel(state as never, labelStart - 1, name === 'link');
    if (labelEnd >= 0) {
      const parts: LinkParts = { label: [labelStart, labelEnd] };
      let p = labelEnd + 1;
      if (src.charCodeAt(p) === 40 /* ( */) {
        p++;
        while (p < after && (src[p] === ' ' || src[p] === '\t' || src[p] === '\n')) p++;
        const res = state.md.helpers.parseLinkDestination(src, p, after);
        // `<a b.png>`: the destination is what is between the brackets.
        if (res.ok && res.pos > p) parts.destination = src[p] === '<' && src[res.pos - 1] === '>' ? [p + 1, res.pos - 1] : [p, res.pos];
      }
      LINKS.set(open, parts);
      // An image's alt text is parsed on its own, from the label's start.
      if (name === 'image') shiftChildren(open.children, labelStart);
    }
    return;
  }
  if (name === 'autolink' || name === 'linkify') {
    const start = name === 'linkify' ? before - (pendingBefore.length - flushed) : before;
    const inner: [number, number] = name === 'autolink' ? [before + 1, after - 1] : [start, after];
    SOURCE.set(mine[0], [start, after]);
    LINKS.set(mine[0], { label: inner, destination: inner });
    for (const t of mine.slice(1, -1)) SOURCE.set(t, inner);
    if (mine.length > 1) SOURCE.set(mine[mine.length - 1], [after, after]);
    return;
  }
  // Delimiter runs (emphasis, strikethrough) push one text token per piece, in order.
  let total = 0;
  for (const t of mine) total += t.content.length;
  if (mine.length > 1 && total === after - before) {
    let at = before;
    for (const t of mine) {
      SOURCE.set(t, [at, at + t.content.length]);
      at += t.content.length;
    }
    return;
  }
  for (const t of mine) SOURCE.set(t, [before, after]);
}

function shiftChildren(children: MdToken[] | null, by: number) {
  for (const c of children ?? []) {
    const s = SOURCE.get(c);
    if (s) SOURCE.set(c, [s[0] + by, s[1] + by]);
    const l = LINKS.get(c);
    if (l) LINKS.set(c, { label: [l.label[0] + by, l.label[1] + by], destination: l.destination && [l.destination[0] + by, l.destination[1] + by] });
    shiftChildren(c.children, by);
  }
}
