// The inline nodes of an article body with exact document spans, derived once per parse from
// markdown-it's tokens (their source ranges come from ./inlineSource) and the text. Inline
// content drops list markers, `>` and indentation, so each content line is placed on its source
// line: the content line is the end of that line (the first line may start after a marker, the
// last may lose trailing blanks); a table cell is found in its row in order.
import type { LineIndex } from './lines';
import type { MdToken } from './markdown';
import type { InlineNode, Span } from './model';
import { linkParts, tokenSource } from './inlineSource';

/** Maps offsets of one token's content to document offsets, line by line. */
export class ContentMap {
  constructor(
    /** Offset in the content where each content line starts. */
    private readonly contentStarts: number[],
    /** Document offset of each content line's first character. */
    private readonly docStarts: number[],
    private readonly contentLength: number,
  ) {}

  /** The document offset of content offset `at`. */
  at(at: number): number {
    const starts = this.contentStarts;
    let lo = 0;
    let hi = starts.length - 1;
    const o = Math.max(0, Math.min(at, this.contentLength));
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return this.docStarts[lo] + (o - starts[lo]);
  }

  /** The document span of content `[start, end)`; an end right after a line stays on that line. */
  span(start: number, end: number): Span {
    const s = this.at(start);
    const e = end > start ? this.at(end - 1) + 1 : s;
    return { start: s, end: Math.max(s, e) };
  }
}

/**
 * Places `content` (an inline or html_block token's text) on the document lines from `firstLine`.
 * `cell`: a table cell, found in its row from `cursor` on; returns undefined when it cannot be placed.
 */
export function placeContent(text: string, lines: LineIndex, content: string, firstLine: number, cell?: { cursor: number }): ContentMap | undefined {
  const contentStarts: number[] = [];
  const docStarts: number[] = [];
  let c = 0;
  // Content lines one by one (a final line break opens no line), without splitting the content.
  for (let k = 0; c < content.length || k === 0; k++) {
    const nl = content.indexOf('\n', c);
    const whole = nl === -1 ? content.slice(c) : content.slice(c, nl);
    const line = firstLine + k;
    if (line >= lines.lineCount) return undefined;
    const ls = lines.lineStart(line);
    const le = lines.lineEnd(line);
    let part = whole;
    let skipped = 0;
    let at = -1;
    if (cell) {
      at = text.indexOf(part, Math.max(ls, cell.cursor));
      if (at === -1 || at + part.length > le) return undefined;
      cell.cursor = at + part.length;
    } else {
      // Tabs in the indentation may come back as spaces that are not in the source.
      for (;;) {
        if (endsWithAt(text, ls, le, part)) at = le - part.length;
        else {
          let te = le;
          while (te > ls && (text[te - 1] === ' ' || text[te - 1] === '\t')) te--;
          if (endsWithAt(text, ls, te, part)) at = te - part.length;
        }
        if (at !== -1 || !part.startsWith(' ')) break;
        part = part.slice(1);
        skipped++;
      }
      if (at === -1) {
        // A heading's closing `#`s: the content is inside the line, not at its end.
        const i = text.lastIndexOf(part, le - part.length);
        if (i < ls) return undefined;
        at = i;
      }
    }
    // Spaces that stand for a tab map onto the character after them.
    if (skipped) {
      contentStarts.push(c);
      docStarts.push(at);
    }
    contentStarts.push(c + skipped);
    docStarts.push(at);
    c += whole.length + 1;
  }
  if (!contentStarts.length) return undefined;
  return new ContentMap(contentStarts, docStarts, content.length);
}

function endsWithAt(text: string, ls: number, le: number, part: string): boolean {
  return le - part.length >= ls && text.startsWith(part, le - part.length);
}

/**
 * The inline nodes of an article's tokens (of those in `[from, to)`, which must start and end at
 * top-level blocks). `bodyLine` is the document line of the body's first line (token maps count
 * from it).
 */
export function inlineNodes(text: string, lines: LineIndex, tokens: readonly MdToken[], bodyLine: number, from = 0, to = tokens.length): InlineNode[] {
  const out: InlineNode[] = [];
  let row: { line: number; cursor: number } | undefined;
  for (let b = from; b < to; b++) {
    const t = tokens[b];
    if (t.type === 'tr_open' && t.map) row = { line: bodyLine + t.map[0], cursor: lines.lineStart(bodyLine + t.map[0]) };
    else if (t.type === 'tr_close') row = undefined;
    else if (t.type === 'html_block' && t.map) {
      const map = placeContent(text, lines, t.content, bodyLine + t.map[0]);
      if (map) out.push({ type: 'html', span: map.span(0, t.content.replace(/\n+$/, '').length), block: b, content: t.content, segments: segments(map, t.content, 0) });
    } else if (t.type === 'inline' && t.children) {
      // Most inline tokens (headings, list items, plain paragraphs) make no node, and placing
      // their content would be work for nothing. A table cell is placed all the same: the next
      // cell of its row is searched for after it.
      if (!row && !makesNode(t.children)) continue;
      const line = row ? row.line : t.map ? bodyLine + t.map[0] : -1;
      if (line < 0) continue;
      const map = placeContent(text, lines, t.content, line, row);
      if (map) collect(t.children, map, b, out);
    }
  }
  return out;
}

/** The child token types collect reads; every other type is passed over. */
const MAKES_NODE = new Set(['link_open', 'link_close', 'image', 'html_inline', 'code_inline', 'em_open', 'strong_open', 's_open', 'em_close', 'strong_close', 's_close']);

function makesNode(children: readonly MdToken[]): boolean {
  for (let k = 0; k < children.length; k++) if (MAKES_NODE.has(children[k].type)) return true;
  return false;
}

function collect(children: readonly MdToken[], map: ContentMap, block: number, out: InlineNode[]) {
  const open: { token: MdToken; node?: InlineNode }[] = [];
  for (let child = 0; child < children.length; child++) {
    const c = children[child];
    // Most children are text, which makes no node: skip the range lookup for them.
    if (!MAKES_NODE.has(c.type)) continue;
    const src = tokenSource(c);
    if (c.type === 'link_open') {
      const parts = linkParts(c);
      const node: InlineNode | undefined = src && {
        type: 'link',
        span: map.span(src[0], src[1]),
        target: String(c.attrGet('href') ?? ''),
        origin: c.markup === 'autolink' ? 'autolink' : c.markup === 'linkify' ? 'linkify' : parts?.destination ? 'markdown' : 'reference',
        block,
        child,
      };
      if (node && parts) {
        node.textSpan = map.span(parts.label[0], parts.label[1]);
        if (parts.destination) node.targetSpan = map.span(parts.destination[0], parts.destination[1]);
      }
      if (node) out.push(node);
      open.push({ token: c, node });
    } else if (c.type === 'link_close') open.pop();
    else if (c.type === 'image' && src) {
      const parts = linkParts(c);
      const node: InlineNode = { type: 'image', span: map.span(src[0], src[1]), target: String(c.attrGet('src') ?? ''), block, child };
      if (parts) {
        node.textSpan = map.span(parts.label[0], parts.label[1]);
        if (parts.destination) node.targetSpan = map.span(parts.destination[0], parts.destination[1]);
      }
      out.push(node);
    } else if (c.type === 'html_inline' && src) {
      out.push({ type: 'html', span: map.span(src[0], src[1]), block, child, content: c.content, segments: segments(map, c.content, src[0]) });
    } else if (c.type === 'code_inline' && src) {
      out.push({ type: 'code', span: map.span(src[0], src[1]), block });
    } else if ((c.type === 'em_open' || c.type === 'strong_open' || c.type === 's_open') && src) {
      open.push({ token: c });
    } else if ((c.type === 'em_close' || c.type === 'strong_close' || c.type === 's_close') && src) {
      const o = open.pop();
      const os = o && tokenSource(o.token);
      if (os) {
        const m = c.markup.length;
        out.push({ type: c.type === 'em_close' ? 'emphasis' : c.type === 'strong_close' ? 'strong' : 'strikethrough', span: map.span(os[1] - m, src[0] + m), block });
      }
    }
  }
}

/** Where each line of HTML `content` (at `from` in the token's content) lies in the document. */
function segments(map: ContentMap, content: string, from: number): { at: number; offset: number }[] {
  const base = map.at(from);
  const out = [{ at: 0, offset: 0 }];
  for (let i = content.indexOf('\n'); i !== -1 && i + 1 < content.length; i = content.indexOf('\n', i + 1)) out.push({ at: i + 1, offset: map.at(from + i + 1) - base });
  return out;
}

/** The document span of `[at, at + length)` in an HTML node's content; each end is mapped on its own line. */
export function htmlSpan(span: Span, segments: readonly { at: number; offset: number }[] | undefined, at: number, length: number): Span {
  const map = (o: number) => {
    if (!segments || !segments.length) return span.start + o;
    let k = 0;
    while (k + 1 < segments.length && segments[k + 1].at <= o) k++;
    return span.start + segments[k].offset + (o - segments[k].at);
  };
  const start = map(at);
  return { start, end: length > 0 ? map(at + length - 1) + 1 : start };
}
