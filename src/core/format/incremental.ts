// reparsePush: the document after a text change, re-parsing only the items whose lines the change
// touches and reusing every other item with its offsets moved. The result equals
// `parsePush(newText)` (the property test in test/unit/format/incremental.test.ts checks it).
//
// Why it works: the parser's state at the start of an item's directive line is always the same
// fresh state (the previous section is closed, a new one opens), so the text from one item
// directive to the next parses the same on its own as inside the whole document. A change between
// two directive lines that it leaves alone therefore only needs that stretch re-parsed, provided
// the directive after it still starts an item afterwards (a new unclosed fence or comment may
// swallow it; the region then grows). Anything the region logic cannot vouch for — a front matter
// without its closing line, a problem whose message names line numbers, too many growths —
// falls back to a full parse.
import { LineIndex } from './lines';
import type { HtmlComment, InlineNode, Item, PushDocument, Span, SyntaxProblem, UnknownDirective } from './model';
import { fenceUnterminatedMessage, parsePush, type BodyTokens } from './parse';
import { reparseBody } from './bodyReparse';
import { inlineNodes } from './inline';
import { directiveComments } from './comments';
import { diffRange, type ChangedRange } from './ranges';

export { changedRangeOf, composeRanges, diffRange, type ChangedRange, type ContentChange } from './ranges';

/** How far the region may grow past a swallowed directive before a full parse is cheaper. */
const MAX_GROWTH = 4;

/** A section of the old document: an item or an unknown directive, both own the lines below them. */
interface Section {
  start: number;
  line: number;
}

/**
 * Parses `text`, the text of `previous` after `change` (computed from the two texts when absent),
 * re-using what the change cannot have affected.
 */
export function reparsePush(previous: PushDocument, text: string, change?: ChangedRange): PushDocument {
  const old = previous.text;
  if (text === old) return previous;
  const c = change ?? diffRange(old, text);
  if (!c || !(c.start >= 0 && c.start <= c.oldEnd && c.oldEnd <= old.length && c.start <= c.newEnd) || text.length - c.newEnd !== old.length - c.oldEnd) {
    return parsePush(text);
  }
  // A front matter without its closing line reaches as far as the next `---` anywhere below.
  if (previous.frontMatter && !previous.frontMatter.terminated) return parsePush(text);
  const sections = sectionsOf(previous);
  const oldLines = previous.lines;

  // The region starts at the last section whose directive line the change leaves alone.
  let first = -1;
  for (let i = sections.length - 1; i >= 0; i--) {
    if (sections[i].line + 1 < oldLines.lineCount && oldLines.lineStart(sections[i].line + 1) <= c.start) {
      first = i;
      break;
    }
  }
  const regionStart = first < 0 ? 0 : sections[first].start;
  // …and ends before the first section whose directive line starts after the change.
  let next = first + 1;
  while (next < sections.length && sections[next].start <= c.oldEnd) next++;

  const delta = c.newEnd - c.oldEnd;
  const lines = previous.lines.text === old ? previous.lines.afterChange(text, c.start, c.oldEnd, c.newEnd) : new LineIndex(text);
  const regionLine = first < 0 ? 0 : sections[first].line;
  const lineDelta = lines.lineCount - oldLines.lineCount;
  for (let growth = 0; growth <= MAX_GROWTH; growth++) {
    const end = next < sections.length ? sections[next] : undefined;
    // The chunk runs through the next directive line, so that the section before it closes as
    // it does in the whole document, and so that we see whether that line still opens a section.
    const chunkEnd = end ? oldLines.lineEnd(end.line) + delta : text.length;
    const part = parsePush(text.slice(regionStart, chunkEnd), reusedBody(previous, first < 0 ? -1 : regionStart));
    const endRel = end ? end.start + delta - regionStart : Infinity;
    if (end && lastSectionStart(part) !== endRel) {
      next++;
      continue;
    }
    if (regionStart === 0 && part.frontMatter && !part.frontMatter.terminated) return parsePush(text);
    return assemble(previous, text, lines, part, regionStart, regionLine, endRel, end ? end.start : Infinity, delta, lineDelta);
  }
  return parsePush(text);
}

/**
 * Inside the region, the first article body parsed is read against the body of the article that
 * opened the region, block by block: typing in a long article re-parses the blocks around the
 * change, not the whole article (reparseBody shows when that is safe and declines otherwise).
 */
function reusedBody(previous: PushDocument, start: number): BodyTokens | undefined {
  if (start < 0) return undefined;
  const old = previous.items.find((it) => it.directiveSpan.start === start);
  if (!old || old.kind !== 'article' || !old.tokens) return undefined;
  const oldBody = old.body?.text ?? '';
  const tokens = old.tokens;
  let asked = false;
  return (body) => {
    if (asked) return undefined;
    asked = true;
    const r = reparseBody(oldBody, tokens, body);
    if (!r) return undefined;
    return {
      tokens: r.tokens,
      // The old item's inline nodes of the blocks kept, moved to where the body now lies (and by
      // the change, after it); those of the blocks parsed again, placed afresh.
      inline(text, lines, bodyLine, bodyOffset) {
        const oldNodes = old.inline ?? [];
        const shift = bodyOffset - old.bodyOffset;
        const tailFrom = tokens.length - r.tail;
        const blockShift = r.tokens.length - tokens.length;
        const out: InlineNode[] = [];
        for (const n of oldNodes) if (n.block < r.head) out.push(moveSpans(n, shift));
        for (const n of inlineNodes(text, lines, r.tokens, bodyLine, r.head, r.tokens.length - r.tail)) out.push(n);
        for (const n of oldNodes) if (n.block >= tailFrom) out.push(movedNode(n, shift + r.delta, blockShift));
        return out;
      },
    };
  };
}

/** A copy of an inline node moved by `delta` characters, in a block `blockShift` tokens further on. */
function movedNode(n: InlineNode, delta: number, blockShift: number): InlineNode {
  if (!blockShift) return moveSpans(n, delta);
  const out = delta ? moveSpans(n, delta) : { ...n };
  out.block = n.block + blockShift;
  return out;
}

function sectionsOf(doc: PushDocument): Section[] {
  const out: Section[] = [];
  const add = (s: Span) => out.push({ start: s.start, line: doc.lines.lineAt(s.start) });
  for (const it of doc.items) add(it.directiveSpan);
  for (const u of doc.unknownDirectives) add(u.directiveSpan);
  out.sort((a, b) => a.start - b.start);
  return out;
}

function lastSectionStart(doc: PushDocument): number {
  let last = -1;
  const items = doc.items;
  const unknown = doc.unknownDirectives;
  if (items.length) last = items[items.length - 1].directiveSpan.start;
  if (unknown.length) last = Math.max(last, unknown[unknown.length - 1].directiveSpan.start);
  return last;
}

/**
 * The new document: what lies before the region as it was, the region from `part` (moved to
 * `regionStart`, without the section that opens at `endRel`), and what lies after it from
 * `previous`, moved by `delta` characters and `lineDelta` lines.
 */
function assemble(
  previous: PushDocument,
  text: string,
  lines: LineIndex,
  part: PushDocument,
  regionStart: number,
  regionLine: number,
  endRel: number,
  oldEnd: number,
  delta: number,
  lineDelta: number,
): PushDocument {
  const items: Item[] = [];
  for (const it of previous.items) {
    if (it.directiveSpan.start >= regionStart) break;
    items.push(it);
  }
  for (const it of part.items) {
    if (it.directiveSpan.start >= endRel) break;
    // Just parsed: the rules read all of it at once, so nothing is left to move later.
    items.push(moveItem(it, regionStart, regionLine, items.length, false));
  }
  for (const it of previous.items) {
    if (it.directiveSpan.start >= oldEnd) items.push(moveItem(it, delta, lineDelta, items.length, true));
  }

  const unknownDirectives: UnknownDirective[] = [];
  for (const u of previous.unknownDirectives) if (u.directiveSpan.start < regionStart) unknownDirectives.push(u);
  for (const u of part.unknownDirectives) if (u.directiveSpan.start < endRel) unknownDirectives.push(moveSpans(u, regionStart));
  for (const u of previous.unknownDirectives) if (u.directiveSpan.start >= oldEnd) unknownDirectives.push(moveSpans(u, delta));

  const problems: SyntaxProblem[] = [];
  for (const p of previous.problems) if (p.span.start < regionStart) problems.push(p);
  // A problem that names lines (an unclosed fence) is renumbered: the chunk counts from its own start.
  for (const p of part.problems) if (p.span.start < endRel) problems.push(renumbered(regionStart ? moveSpans(p, regionStart) : p, regionLine));
  for (const p of previous.problems) if (p.span.start >= oldEnd) problems.push(renumbered(moveSpans(p, delta), lineDelta));

  const htmlComments: HtmlComment[] = [];
  for (const c of previous.htmlComments) if (c.span.start < regionStart) htmlComments.push(c);
  for (const c of part.htmlComments) if (c.span.start < endRel) htmlComments.push(moveSpans(c, regionStart));
  for (const c of previous.htmlComments) if (c.span.start >= oldEnd) htmlComments.push(moveSpans(c, delta));

  const head = regionStart === 0;
  return {
    text,
    lines,
    bomLength: head ? part.bomLength : previous.bomLength,
    frontMatter: head ? part.frontMatter : previous.frontMatter,
    items,
    unknownDirectives,
    comments: directiveComments(text, htmlComments),
    htmlComments,
    looseContent: head ? part.looseContent : previous.looseContent,
    problems,
  };
}

function renumbered(p: SyntaxProblem, lineDelta: number): SyntaxProblem {
  if (!p.lines || lineDelta === 0) return p;
  const lines = p.lines.map((n) => n + lineDelta);
  return { ...p, lines, message: fenceUnterminatedMessage(lines) };
}

/** Moved copies of an item → the item they were first parsed as (absent: the item itself). */
const origins = new WeakMap<Item, Item>();

/**
 * The item this one is a moved copy of, or itself: the same origin means the same source text
 * (only its place in the document may differ), so facts derived from that text can be reused.
 */
export function itemOrigin(item: Item): Item {
  return origins.get(item) ?? item;
}

/**
 * A copy of an item moved by `delta` characters and `lineDelta` lines, at position `index`; `lazy`:
 * its inline nodes are moved when first read (see movedItem).
 */
function moveItem(item: Item, delta: number, lineDelta: number, index: number, lazy: boolean): Item {
  if (delta === 0 && lineDelta === 0 && item.index === index) return item;
  const out = lazy ? movedItem(item, delta) : moveSpans(item, delta);
  origins.set(out, itemOrigin(item));
  out.index = index;
  out.bodyLine = item.bodyLine + lineDelta;
  out.bodyOffset = item.bodyOffset + delta;
  return out;
}

/** The getter of a moved item's inline nodes not read yet: it knows where they come from, and how far they move. */
type PendingInline = (() => InlineNode[]) & { nodes: InlineNode[]; delta: number };

/**
 * A copy of an item with every span moved by `delta`, as moveSpans makes it, except that its inline
 * nodes are moved when first read. Every item after an edit moves on each keystroke, and its inline
 * nodes are most of what it holds, but the rules reuse what they found in an unchanged item (by its
 * origin) and do not read them again; the preview reads those of the items it renders.
 */
function movedItem(item: Item, delta: number): Item {
  // Always a new object, even when no offset moves: the caller gives it a new index and body
  // line (an edit may add a line without adding a character), and the earlier document keeps its own.
  const out = {} as Record<string, unknown>;
  for (const key of Object.keys(item)) {
    if (key === 'inline') {
      // Reading the property would move the nodes: take what the item was moved from instead.
      const pending = Object.getOwnPropertyDescriptor(item, key)!.get as PendingInline | undefined;
      const nodes = pending ? pending.nodes : item.inline;
      if (nodes) lazyInline(out as unknown as Item, nodes, pending ? pending.delta + delta : delta);
      else out[key] = nodes;
      continue;
    }
    const v = (item as unknown as Record<string, unknown>)[key];
    if (key === 'tokens' || v === null || typeof v !== 'object') out[key] = v;
    else if (key === 'span' || key.endsWith('Span')) out[key] = { start: (v as Span).start + delta, end: (v as Span).end + delta };
    else if (Array.isArray(v)) out[key] = v.map((x) => (x !== null && typeof x === 'object' ? moveSpans(x, delta) : x));
    else out[key] = moveSpans(v as object, delta);
  }
  return out as unknown as Item;
}

/** Gives `item` inline nodes that are `nodes` moved by `delta` once read (or what is written instead). */
function lazyInline(item: Item, nodes: InlineNode[], delta: number) {
  const settle = (value: InlineNode[] | undefined) => {
    Object.defineProperty(item, 'inline', { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  const get = (() => settle(nodes.map((n) => moveSpans(n, delta)))) as PendingInline;
  get.nodes = nodes;
  get.delta = delta;
  Object.defineProperty(item, 'inline', { get, set: settle, enumerable: true, configurable: true });
}

/**
 * A copy of a model node with every span moved by `delta`. Spans are the properties named `span`
 * or `…Span`; markdown-it tokens (their lines are relative to the body) and YAML values are kept
 * as they are, shared with the original.
 */
export function moveSpans<T extends object>(node: T, delta: number): T {
  if (delta === 0) return node;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    const v = (node as Record<string, unknown>)[key];
    if (key === 'tokens' || key === 'value' || v === null || typeof v !== 'object') out[key] = v;
    else if (key === 'span' || key.endsWith('Span')) out[key] = { start: (v as Span).start + delta, end: (v as Span).end + delta };
    else if (Array.isArray(v)) out[key] = v.map((x) => (x !== null && typeof x === 'object' ? moveSpans(x, delta) : x));
    else out[key] = moveSpans(v as object, delta);
  }
  return out as T;
}
