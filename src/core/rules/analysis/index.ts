// Facts about article bodies that several rules need (links, images, raw HTML, rendered HTML).
// Computed once per lint on first use, so a document without articles costs nothing.
import type { Item, PushDocument, Span } from '../../format/model';
import { sharedMarkdown, type MdToken } from '../../format/markdown';
import { tokenLineSpan } from '../../format/queries';
import { scanAttributes, scanTags } from '../support/html-tokens';
import { itemOrigin } from '../../format/incremental';
import { BlockCursor, blockCursor, urlForms } from './locate';

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

  /** The body's visible text, whitespace collapsed (what WeChat takes the auto digest from). */
  plainText(item: Item): string {
    const tokens = item.tokens ?? [];
    let p = plainByTokens.get(tokens);
    if (p === undefined) {
      const parts: string[] = [];
      for (const t of tokens) {
        if (t.type === 'inline') {
          for (const c of t.children ?? []) if (c.type === 'text' || c.type === 'code_inline') parts.push(c.content);
          parts.push(' ');
        } else if (t.type === 'fence' || t.type === 'code_block') parts.push(t.content, ' ');
      }
      p = parts.join('').replace(/\s+/g, ' ').trim();
      plainByTokens.set(tokens, p);
    }
    return p;
  }
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
  const tokens = item.tokens ?? [];
  let listDepth = 0;
  for (const t of tokens) {
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      listDepth++;
      if (listDepth > 2) {
        const span = tokenLineSpan(doc, item, t.map);
        if (span) facts.deepLists.push({ item, depth: listDepth, span: firstLine(doc, span) });
      }
    } else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') listDepth--;
    else if (t.type === 'html_block') {
      const cursor = blockCursor(doc, item, t.map);
      if (cursor) addHtml(doc, item, facts, t.content, cursor);
    } else if (t.type === 'inline' && t.children) {
      const cursor = blockCursor(doc, item, t.map);
      if (cursor) inline(doc, item, facts, t.children, cursor);
    }
  }
  return facts;
}

function firstLine(doc: PushDocument, span: Span): Span {
  const line = doc.lines.lineAt(span.start);
  return { start: span.start, end: Math.min(span.end, doc.lines.lineEnd(line)) };
}

function inline(doc: PushDocument, item: Item, facts: ArticleFacts, children: MdToken[], cursor: BlockCursor) {
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c.type === 'link_open') {
      const href = String(c.attrGet('href') ?? '');
      const origin = c.markup === 'autolink' ? 'autolink' : c.markup === 'linkify' ? 'linkify' : 'markdown';
      const start = cursor.position;
      let label = '';
      for (let j = i + 1; j < children.length && children[j].type !== 'link_close'; j++) label += children[j].content;
      const forms = origin === 'linkify' ? [label, ...urlForms(href)] : urlForms(href);
      const span = cursor.findOr(...forms);
      let markup: BodyLink['markup'];
      if (origin === 'markdown') {
        const open = doc.text.lastIndexOf('[', span.start);
        let close = span.end;
        while (close < cursor.block.end && doc.text[close] !== ')') close++;
        if (open >= start && close < cursor.block.end && doc.text[close] === ')') {
          const mid = doc.text.indexOf('](', open);
          if (mid !== -1 && mid < span.start) markup = { span: { start: open, end: close + 1 }, text: doc.text.slice(open + 1, mid) };
        }
      }
      facts.links.push({ item, href, span, markup, origin });
    } else if (c.type === 'image') {
      const src = String(c.attrGet('src') ?? '');
      facts.images.push({ item, src: safeDecode(src), span: cursor.findOr(...urlForms(src)), origin: 'markdown' });
    } else if (c.type === 'html_inline') {
      addHtml(doc, item, facts, c.content, cursor);
    }
  }
}

function addHtml(doc: PushDocument, item: Item, facts: ArticleFacts, content: string, cursor: BlockCursor) {
  // html_block content ends with the line break, which the block's line span does not include.
  const found = cursor.find(content.replace(/\r?\n$/, ''));
  const exact = !!found;
  const offset = found ? found.start : cursor.block.start;
  const frag: HtmlFragment = { item, content, offset, exact, block: cursor.block };
  facts.html.push(frag);
  if (!content.includes('href') && !content.includes('src')) return;
  // What a comment holds is a note: its links and images are not content (scanTags blanks comments).
  // One linear pass over the tags: the first `href` of each `<a>`, the first `src` of each `<img>`.
  for (const tag of scanTags(content)) {
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
  return { start: frag.offset + at, end: frag.offset + at + length };
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
