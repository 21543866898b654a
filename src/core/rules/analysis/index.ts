// Facts about article bodies that several rules need (links, images, raw HTML, rendered HTML).
// Computed once per lint on first use, so a document without articles costs nothing.
import type { Item, PushDocument, Span } from '../../format/model';
import { sharedMarkdown, type MdToken } from '../../format/markdown';
import { tokenLineSpan } from '../../format/queries';
import { scanAttributes, scanTags } from '../support/html-tokens';
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


export class Analysis {
  private facts = new Map<number, ArticleFacts>();
  private rendered = new Map<number, string>();
  private plain = new Map<number, string>();

  constructor(private readonly doc: PushDocument) {}

  article(item: Item): ArticleFacts {
    let f = this.facts.get(item.index);
    if (!f) {
      f = collect(this.doc, item);
      this.facts.set(item.index, f);
    }
    return f;
  }

  /** The article body rendered by the project's markdown-it (what an export would start from). */
  html(item: Item): string {
    let h = this.rendered.get(item.index);
    if (h === undefined) {
      const md = sharedMarkdown();
      try {
        h = md.renderer.render(item.tokens ?? [], md.options, {});
      } catch {
        h = '';
      }
      this.rendered.set(item.index, h);
    }
    return h;
  }

  /** The body's visible text, whitespace collapsed (what WeChat takes the auto digest from). */
  plainText(item: Item): string {
    let p = this.plain.get(item.index);
    if (p === undefined) {
      const parts: string[] = [];
      for (const t of item.tokens ?? []) {
        if (t.type === 'inline') {
          for (const c of t.children ?? []) if (c.type === 'text' || c.type === 'code_inline') parts.push(c.content);
          parts.push(' ');
        } else if (t.type === 'fence' || t.type === 'code_block') parts.push(t.content, ' ');
      }
      p = parts.join('').replace(/\s+/g, ' ').trim();
      this.plain.set(item.index, p);
    }
    return p;
  }
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
