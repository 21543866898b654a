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
interface CoreState {
  tokens: MdToken[];
  md: Markdown;
}
type CoreRule = (state: CoreState) => void;

export function inlineSource(md: Markdown): void {
  const ruler = md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[]; __cache__: unknown };
  // Only the rules whose tokens are wanted are wrapped: the many steps of the others (plain
  // text above all) cost nothing extra.
  ruler.__rules__.forEach((rule) => {
    if (LOCATED.has(rule.name) || SINGLE.has(rule.name)) rule.fn = wrap(rule.name, rule.fn);
  });
  ruler.__cache__ = null;
  // `www.…` and e-mail addresses are linked by a core rule after inline parsing, inside text tokens.
  const core = md.core.ruler as unknown as { __rules__: { name: string; fn: CoreRule }[]; __cache__: unknown };
  const linkify = core.__rules__.find((r) => r.name === 'linkify');
  if (linkify) linkify.fn = locateCoreLinkify(md, linkify.fn);
  core.__cache__ = null;
}

/** Rules whose tokens get a source range: links, images, HTML, code and delimiter runs. */
const LOCATED = new Set(['link', 'image', 'autolink', 'linkify', 'html_inline', 'backticks', 'emphasis', 'strikethrough']);
/**
 * Note marks push one token whose length the token does not tell: located so that a text token
 * after one starts where it ends (breaks, escapes and entities tell, see textStarts).
 */
const SINGLE = new Set(['footnote_ref', 'footnote_inline']);

function wrap(name: string, fn: InlineRule): InlineRule {
  return (state, silent) => {
    const before = state.pos;
    const pending = state.pending;
    const n = state.tokens.length;
    const ok = fn(state, silent);
    if (!ok || silent || state.tokens.length === n) return ok;
    if (SINGLE.has(name)) SOURCE.set(state.tokens[state.tokens.length - 1], [before, state.pos]);
    else annotate(name, state, before, n, pending);
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

/**
 * Where text tokens start in their block's content (`src`), walking the children in order. Text is
 * written as it stands in the source (only blanks before a line break are dropped), so a text
 * token starts where the token before it ends: located tokens have a range; an escape or entity
 * keeps its source in `markup`; a line break runs to the next line's first non-blank. Delimiter
 * runs: an opening token is the run's inner character (the outer one is left as empty text), a
 * closing token its first. -1: not known (after a token of a plugin that is not located).
 */
class TextCursor {
  at = 0;
  constructor(private readonly src: string) {}

  /** Moves past `c`; before that, `at` is where `c` starts if it is text. */
  pass(c: MdToken) {
    if (c.type === 'text') {
      if (this.at >= 0) this.at += c.content.length;
    } else if (c.type === 'text_special') {
      if (this.at >= 0) this.at += c.markup.length;
    } else if (c.type === 'softbreak' || c.type === 'hardbreak') {
      const nl = this.at < 0 ? -1 : this.src.indexOf('\n', this.at);
      if (nl === -1) this.at = -1;
      else for (this.at = nl + 1; this.src[this.at] === ' ' || this.src[this.at] === '\t'; ) this.at++;
    } else {
      // Any other token with a range puts the cursor back on the source.
      const s = SOURCE.get(c);
      if (!s) this.at = -1;
      else if (c.type === 'link_open') this.at = LINKS.get(c)?.label[0] ?? -1;
      else if (c.type === 'em_close' || c.type === 'strong_close' || c.type === 's_close') this.at = s[0] + c.markup.length;
      else this.at = s[1];
    }
  }
}

/**
 * Wraps markdown-it's core linkify rule: it replaces a text token by text, link and text; the
 * links it made get the range of their linkify-it match in the replaced token (the matches are
 * kept as the rule asks for them, and paired with the links in order).
 */
function locateCoreLinkify(md: Markdown, fn: CoreRule): CoreRule {
  return (state) => {
    // The rule gives a block it links in a new array of children: keep the old ones to compare.
    const before: { block: MdToken; children: MdToken[] }[] = [];
    for (const b of state.tokens) if (b.type === 'inline' && b.children) before.push({ block: b, children: b.children });
    // linkify-it's matches for each text the rule reads, so that they are not computed twice.
    const linkify = md.linkify;
    const match = linkify.match;
    const matches = new Map<string, ReturnType<typeof match>>();
    linkify.match = (text: string) => {
      const m = match.call(linkify, text);
      matches.set(text, m);
      return m;
    };
    try {
      fn(state);
    } finally {
      linkify.match = match;
    }
    for (const { block, children } of before) {
      const now = block.children ?? [];
      if (now === children) continue;
      const cursor = new TextCursor(block.content);
      let k = 0;
      for (let m = 0; m < children.length && k < now.length; m++) {
        const old = children[m];
        if (now[k] === old) {
          k++;
        } else {
          // `old` was replaced by the tokens up to the next one kept.
          const next = children[m + 1];
          const from = k;
          while (k < now.length && now[k] !== next) k++;
          if (cursor.at >= 0) locateMatches(md, matches.get(old.content), children, m, cursor.at, now, from, k);
        }
        cursor.pass(old);
      }
    }
  };
}

/** Gives the links among `made[from, to)` the ranges of their matches in the text they replaced. */
function locateMatches(md: Markdown, found: ReturnType<Markdown['linkify']['match']> | undefined, children: readonly MdToken[], m: number, start: number, made: readonly MdToken[], from: number, to: number) {
  let links = found ?? [];
  // As the rule does: a match at the start of text right after an escape is not a link.
  if (links.length && links[0].index === 0 && m > 0 && children[m - 1].type === 'text_special') links = links.slice(1);
  let count = 0;
  for (let i = from; i < to; i++) if (made[i].type === 'link_open') count++;
  // The rule leaves out matches that fail validateLink (none of linkify-it's own schemes do):
  // when it left some out, each link is paired with the next match of its href.
  const check = count !== links.length;
  let n = 0;
  for (let i = from; i < to; i++) {
    if (made[i].type !== 'link_open') continue;
    if (check) while (n < links.length && md.normalizeLink(links[n].url) !== made[i].attrGet('href')) n++;
    const l = links[n++];
    if (!l) return;
    const span: [number, number] = [start + l.index, start + l.lastIndex];
    SOURCE.set(made[i], span);
    LINKS.set(made[i], { label: span, destination: span });
    if (i + 1 < to && made[i + 1].type === 'text') SOURCE.set(made[i + 1], span);
    if (i + 2 < to && made[i + 2].type === 'link_close') SOURCE.set(made[i + 2], [span[1], span[1]]);
  }
}
