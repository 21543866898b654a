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
}
type InlineRule = (state: InlineState, silent: boolean) => boolean;

export function inlineSource(md: Markdown): void {
  const ruler = md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[]; __cache__: unknown };
  // Only the rules whose tokens are wanted are wrapped: the many steps of the others (plain
  // text above all) cost nothing extra.
  ruler.__rules__.forEach((rule) => {
    if (LOCATED.has(rule.name)) rule.fn = wrap(rule.name, rule.fn);
  });
  ruler.__cache__ = null;
}

/** Rules whose tokens get a source range: links, images, HTML, code and delimiter runs. */
const LOCATED = new Set(['link', 'image', 'autolink', 'linkify', 'html_inline', 'backticks', 'emphasis', 'strikethrough']);

function wrap(name: string, fn: InlineRule): InlineRule {
  return (state, silent) => {
    const before = state.pos;
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
  // With text pending, the rule's first push turned it into a text token first; the linkify
  // rule first takes the URL's scheme back out of the pending text (perhaps all of it).
  const proto = name === 'linkify' ? schemeLength(state.src, before, pendingBefore.length) : 0;
  const flushed = pendingBefore.length > proto ? pendingBefore.length - proto : 0;
  const from = flushed ? n + 1 : n;
  // Most steps push one token: skip the array work for them.
  if (from === tokens.length - 1 && name !== 'link' && name !== 'image' && name !== 'autolink' && name !== 'linkify') {
    if (!SOURCE.has(tokens[from])) SOURCE.set(tokens[from], [before, after]);
    return;
  }
  const mine: MdToken[] = [];
  for (let i = from; i < tokens.length; i++) if (!SOURCE.has(tokens[i])) mine.push(tokens[i]);
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
    const start = before - proto;
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

/** The length of the URL scheme markdown-it's linkify rule finds before `pos` (as it does: at most 10 pending characters). */
function schemeLength(src: string, pos: number, pending: number): number {
  const min = pos - Math.min(10, pending, pos);
  let p = pos;
  while (p > min && /[A-Za-z0-9+.-]/.test(src[p - 1])) p--;
  return pos - p;
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
