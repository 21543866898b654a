// Facts about article bodies that several rules need (links, images, raw HTML, rendered HTML).
// Computed once per lint on first use, so a document without articles costs nothing.
import type { InlineNode, Item, PushDocument, Span } from '../../format/model';
import { htmlSpan } from '../../format/inline';
import { sharedMarkdown, type MdToken } from '../../format/markdown';
import { tokenLineSpan } from '../../format/queries';
import { scanAttributes, tagList } from '../support/html-tokens';
import { itemOrigin } from '../../format/incremental';
import { charCount, firstChars, nonSpaceCharCount, simpleNonSpaceCount } from '../../text/count';

export interface BodyLink {
  item: Item;
  href: string;
  /** The URL as written. */
  span: Span;
  /** `[text](url)` as a whole, when found: lets a fix unlink it. */
  markup?: { span: Span; text: string };
  origin: 'markdown' | 'autolink' | 'linkify' | 'html';
}

export interface BodyImage {
  item: Item;
  src: string;
  span: Span;
  origin: 'markdown' | 'html';
}

export interface HtmlFragment {
  item: Item;
  content: string;
  /** Where `content` starts in the document; exact when `exact`. */
  offset: number;
  exact: boolean;
  /** The block the fragment is in (fallback range). */
  block: Span;
  /** Where each content line starts (see InlineNode). */
  segments?: InlineNode['segments'];
}

export interface ListTooDeep {
  item: Item;
  depth: number;
  span: Span;
}

export interface ArticleFacts {
  links: BodyLink[];
  images: BodyImage[];
  html: HtmlFragment[];
  deepLists: ListTooDeep[];
}


/**
 * Facts of an item's body by the item it was first parsed as (see itemOrigin): a moved copy of an
 * unchanged article reuses them with their spans moved, instead of walking its tokens again.
 */
const factsByOrigin = new WeakMap<Item, { item: Item; facts: ArticleFacts }>();
/** Rendered HTML and plain text depend on the tokens only, not on where the body sits. */
const renderedByTokens = new WeakMap<MdToken[], string>();
const plainByTokens = new WeakMap<MdToken[], string>();
const charsByTokens = new WeakMap<MdToken[], number>();

export class Analysis {
  private facts = new Map<number, ArticleFacts>();

  constructor(private readonly doc: PushDocument) {}

  article(item: Item): ArticleFacts {
    let f = this.facts.get(item.index);
    if (!f) {
      const origin = itemOrigin(item);
      const known = factsByOrigin.get(origin);
      // Same origin: same source text, so the facts differ only by where the body now starts.
      f = !known ? collect(this.doc, item) : known.item === item ? known.facts : movedFacts(known.facts, item, item.bodyOffset - known.item.bodyOffset);
      factsByOrigin.set(origin, { item, facts: f });
      this.facts.set(item.index, f);
    }
    return f;
  }

  /** The article body rendered by the project's markdown-it (what an export would start from). */
  html(item: Item): string {
    const tokens = item.tokens ?? [];
    let h = renderedByTokens.get(tokens);
    if (h === undefined) {
      const md = sharedMarkdown();
      try {
        h = md.renderer.render(tokens, md.options, {});
      } catch {
        h = '';
      }
      renderedByTokens.set(tokens, h);
    }
    return h;
  }

  /** Characters of the body's visible text, whitespace not counted (what plainText holds, counted). */
  textChars(item: Item): number {
    const tokens = item.tokens ?? [];
    let n = charsByTokens.get(tokens);
    if (n === undefined) {
      n = simpleTextChars(tokens) ?? nonSpaceCharCount(textParts(tokens));
      charsByTokens.set(tokens, n);
    }
    return n;
  }

  /**
   * `firstChars(plainText(item), n)`, reading only as much of the body as its first `n` characters
   * need: the auto digest of a long article is its first 54, and this runs on every re-lint.
   */
  plainTextStart(item: Item, n: number): string {
    const tokens = item.tokens ?? [];
    const whole = plainByTokens.get(tokens);
    if (whole !== undefined) return firstChars(whole, n);
    let raw = '';
    let want = Math.max(512, n * 8);
    let found: string | undefined;
    eachTextPiece(tokens, (piece) => {
      raw += piece;
      if (raw.length < want) return true;
      // Collapsing is local, so this is how the whole text starts (up to its last character,
      // which trimming the whole may drop). Settled once two more characters follow the n wanted
      // and something follows them: the boundaries among the first n cannot move.
      const start = raw.replace(/\s+/g, ' ').trimStart();
      const ahead = firstChars(start, n + 2);
      if (ahead.length < start.trimEnd().length && charCount(ahead) === n + 2) found = firstChars(start, n);
      want *= 2;
      return found === undefined;
    });
    if (found !== undefined) return found;
    return firstChars(this.plainText(item), n);
  }

  /** The body's visible text, whitespace collapsed (what WeChat takes the auto digest from). */
  plainText(item: Item): string {
    const tokens = item.tokens ?? [];
    let p = plainByTokens.get(tokens);
    if (p === undefined) {
      p = textParts(tokens).join('').replace(/\s+/g, ' ').trim();
      plainByTokens.set(tokens, p);
    }
    return p;
  }
}

/**
 * textChars of a body whose visible text holds simple characters only (nearly every body), counted
 * piece by piece without gathering the pieces; undefined when a piece holds another character.
 */
function simpleTextChars(tokens: MdToken[]): number | undefined {
  let n = 0;
  const simple = eachTextPiece(tokens, (piece) => {
    const k = simpleNonSpaceCount(piece);
    n += k;
    return k >= 0;
  });
  return simple ? n : undefined;
}

/** The visible text of a body in pieces: text, inline code and code blocks, blocks apart. */
function textParts(tokens: MdToken[]): string[] {
  const parts: string[] = [];
  eachTextPiece(tokens, (piece) => parts.push(piece) > 0);
  return parts;
}

/**
 * Calls `visit` with each piece of a body's visible text in order (text, inline code, code blocks,
 * and a space after each block) until it returns false; true when it read them all.
 */
function eachTextPiece(tokens: MdToken[], visit: (piece: string) => boolean): boolean {
  for (const t of tokens) {
    if (t.type === 'inline') {
      for (const c of t.children ?? []) if ((c.type === 'text' || c.type === 'code_inline') && !visit(c.content)) return false;
      if (!visit(' ')) return false;
    } else if (t.type === 'fence' || t.type === 'code_block') {
      if (!visit(t.content) || !visit(' ')) return false;
    }
  }
  return true;
}

function movedFacts(facts: ArticleFacts, item: Item, delta: number): ArticleFacts {
  const at = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  const html = new Map<HtmlFragment, HtmlFragment>();
  for (const h of facts.html) html.set(h, { ...h, item, offset: h.offset + delta, block: at(h.block) });
  return {
    links: facts.links.map((l) => ({ ...l, item, span: at(l.span), markup: l.markup && { span: at(l.markup.span), text: l.markup.text } })),
    images: facts.images.map((i) => ({ ...i, item, span: at(i.span) })),
    html: facts.html.map((h) => html.get(h)!),
    deepLists: facts.deepLists.map((d) => ({ ...d, item, span: at(d.span) })),
  };
}

function collect(doc: PushDocument, item: Item): ArticleFacts {
  const facts: ArticleFacts = { links: [], images: [], html: [], deepLists: [] };
  let listDepth = 0;
  for (const t of item.tokens ?? []) {
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      listDepth++;
      if (listDepth > 2) {
        const span = tokenLineSpan(doc, item, t.map);
        if (span) facts.deepLists.push({ item, depth: listDepth, span: firstLine(doc, span) });
      }
    } else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') listDepth--;
  }
  // Links, images and HTML come from the model's inline nodes, which know their exact spans.
  for (const n of item.inline ?? []) {
    if (n.type === 'link') {
      const href = n.target ?? '';
      const origin = n.origin === 'autolink' || n.origin === 'linkify' ? n.origin : 'markdown';
      // Unlinking keeps the label as written: images, code and titles inside it stay intact.
      const markup = (n.origin === 'markdown' || n.origin === 'reference') && n.textSpan ? { span: n.span, text: doc.text.slice(n.textSpan.start, n.textSpan.end) } : undefined;
      facts.links.push({ item, href, span: n.targetSpan ?? n.span, markup, origin });
    } else if (n.type === 'image') {
      facts.images.push({ item, src: safeDecode(n.target ?? ''), span: n.targetSpan ?? n.span, origin: 'markdown' });
    } else if (n.type === 'html' && n.content !== undefined) {
      addHtml(item, facts, n.content, n.span, n.segments);
    }
  }
  facts.links.sort((x, y) => x.span.start - y.span.start);
  facts.images.sort((x, y) => x.span.start - y.span.start);
  return facts;
}

function firstLine(doc: PushDocument, span: Span): Span {
  const line = doc.lines.lineAt(span.start);
  return { start: span.start, end: Math.min(span.end, doc.lines.lineEnd(line)) };
}

function addHtml(item: Item, facts: ArticleFacts, content: string, span: Span, segments: InlineNode['segments']) {
  const frag: HtmlFragment = { item, content, offset: span.start, exact: true, block: span, segments };
  facts.html.push(frag);
  if (!content.includes('href') && !content.includes('src')) return;
  // What a comment holds is a note: its links and images are not content (scanTags blanks comments).
  // One linear pass over the tags: the first `href` of each `<a>`, the first `src` of each `<img>`.
  for (const tag of tagList(content)) {
    if (tag.name !== 'a' && tag.name !== 'img') continue;
    const wanted = tag.name === 'a' ? 'href' : 'src';
    for (const attr of scanAttributes(tag)) {
      if (attr.name !== wanted) continue;
      const span = fragmentSpan(frag, attr.valueAt, attr.value.length);
      if (tag.name === 'a') facts.links.push({ item, href: attr.value, span, origin: 'html' });
      else facts.images.push({ item, src: safeDecode(attr.value), span, origin: 'html' });
      break;
    }
  }
}

/** `s` with every comment (closed or running to the end) replaced by spaces of the same length. */
export { blankComments } from '../support/html-tokens';

/** The document span of `[at, at+length)` inside a fragment (the whole block when not exact). */
export function fragmentSpan(frag: HtmlFragment, at: number, length: number): Span {
  if (!frag.exact) return { ...frag.block };
  // A block's lines in a list or quote are apart in the document: each end is mapped on its line.
  return htmlSpan({ start: frag.offset, end: frag.offset }, frag.segments, at, length);
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
