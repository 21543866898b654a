// markdown-it renderer rules that write WeChat-ready HTML straight from a theme: every element gets
// its inline style here, nothing gets a class or an id. The same pass writes the text/plain
// version, so the two clipboard flavours always hold the same words, markers and reference numbers.
import type { InlineNode, Item, PushDocument, Span } from '../format';
import type { MdToken as Token } from '../format/markdown';
import { htmlSpan } from '../format/inline';
import { scanAttributes, scanTags } from '../rules/support/html-tokens';
import { References, referencesHeading } from './references';
import { closeAll, closeNonContainers, sanitizeHtml, type OpenTag, type SanitizeHooks } from './sanitize';
import { highlightStyled } from './highlight';
import { PlainText } from './output';
import { defaultTheme, type Theme } from './theme';
import { markerHtml, styleAttrs, type StyleAttrs, type Tag } from './themeTags';
import type { RenderOptions } from './types';
import { decodeEntities, escapeHtml, imageKind, linkKind } from './urls';

export interface RenderState {
  doc: PushDocument;
  item: Item;
  theme: Theme;
  /** The theme's `style=""` attributes, written once per theme. */
  css: StyleAttrs;
  options: RenderOptions;
  refs: References;
  /** The text/plain version. */
  text: PlainText;
  localImages: { src: string; span?: Span }[];
  remoteImages: string[];
  stripped: Set<string>;
  lists: { ordered: boolean; next: number; tight: boolean }[];
  /** What each open markdown link writes when it closes. */
  linkClose: string[];
  /** Tags opened by HTML blocks (they may wrap markdown) and by inline HTML in the current run. */
  blockHtml: OpenTag[];
  inlineHtml: OpenTag[];
  paragraph: ('p' | 'hidden' | 'figure')[];
  /** The model's inline nodes (exact spans) by block token, then by child index (-1: the block). */
  nodes: readonly InlineNode[];
  /** The nodes of the inline token being rendered. */
  inline: { from: number; to: number; cursor: number };
  /** Where the `src` of each `<img>` of the HTML being sanitized is written, and its tag, in order. */
  htmlImages: HtmlImage[];
  /** The tag of the `<img>` the sanitizer kept last. */
  htmlImage?: Span;
  /** Characters of task-list syntax (`[ ] `) still to drop from the start of the current inline. */
  taskPrefix: number;
  /** Footnote bodies by markdown-it-footnote id, set aside for the list at the end. */
  notes: Map<number, number[]>;
  hooks: SanitizeHooks;
}

type Rule = (tokens: Token[], idx: number, st: RenderState) => string;

const BULLETS = ['•', '◦', '▪', '▫'];
const TASK = /^\[([ xX])\](?=[ \t]|$)[ \t]?/;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function createState(doc: PushDocument, item: Item, options: RenderOptions): RenderState {
  const st: RenderState = {
    doc,
    item,
    theme: options.theme ?? defaultTheme,
    css: styleAttrs(options.theme ?? defaultTheme),
    options,
    refs: new References(),
    text: new PlainText(),
    localImages: [],
    remoteImages: [],
    stripped: new Set(),
    lists: [],
    linkClose: [],
    blockHtml: [],
    inlineHtml: [],
    paragraph: [],
    nodes: byBlock(item.inline ?? []),
    inline: { from: 0, to: 0, cursor: 0 },
    htmlImages: [],
    taskPrefix: 0,
    notes: new Map(),
    hooks: undefined as unknown as SanitizeHooks,
  };
  st.hooks = {
    strip: (what) => st.stripped.add(what),
    image: (src) => imageUrl(st, src, htmlImageSpan(st, src)),
    imageSource: () => (st.options.sourceLines && st.htmlImage ? sourceAttributes(st, st.htmlImage) : ''),
    externalLink: (href) => externalLink(st, href, ''),
  };
  return st;
}

/**
 * Renders the block tokens of an article body to HTML pieces appended to `out` (and to st.text).
 * The caller joins them once, with what goes around them (see ./output).
 */
export function renderTokens(tokens: Token[], st: RenderState, out: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.level === 0 && t.nesting !== -1) st.text.settle();
    if (t.type === 'inline') {
      renderInline(i, st, out);
      continue;
    }
    if (t.type === 'footnote_block_open') {
      i = collectNotes(tokens, i, st);
      continue;
    }
    const rule = BLOCK_RULES[t.type];
    if (rule) out.push(rule(tokens, i, st));
  }
  out.push(closeAll(st.blockHtml));
}

/** markdown-it-footnote puts the notes' bodies last; their token indices are kept for renderReferences. */
function collectNotes(tokens: Token[], from: number, st: RenderState): number {
  let i = from + 1;
  let current: number[] | undefined;
  for (; i < tokens.length && tokens[i].type !== 'footnote_block_close'; i++) {
    const t = tokens[i];
    if (t.type === 'footnote_open') st.notes.set(Number(t.meta?.id), (current = []));
    else if (t.type === 'footnote_close') current = undefined;
    else current?.push(i);
  }
  return i;
}

/** The model's inline nodes in the order of their block token (the parser writes them so; a copy is sorted otherwise). */
function byBlock(nodes: readonly InlineNode[]): readonly InlineNode[] {
  for (let k = 1; k < nodes.length; k++) if (nodes[k].block < nodes[k - 1].block) return [...nodes].sort((a, b) => a.block - b.block);
  return nodes;
}

/** Where the nodes of block token `block` start in st.nodes. */
function firstOfBlock(nodes: readonly InlineNode[], block: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].block < block) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The nodes of block token `block` become the ones inlineNode reads. */
function enterBlock(st: RenderState, block: number): void {
  const nodes = st.nodes;
  const from = firstOfBlock(nodes, block);
  let to = from;
  while (to < nodes.length && nodes[to].block === block) to++;
  st.inline.from = st.inline.cursor = from;
  st.inline.to = to;
}

/** The node of child `child` of the inline token being rendered (children are read in order: a cursor finds it). */
function inlineNode(st: RenderState, child: number): InlineNode | undefined {
  const { from, to, cursor } = st.inline;
  const nodes = st.nodes;
  for (let k = cursor; k < to; k++) {
    if (nodes[k].child === child) {
      st.inline.cursor = k + 1;
      return nodes[k];
    }
  }
  for (let k = from; k < cursor; k++) if (nodes[k].child === child) return nodes[k];
  return undefined;
}

/** The node of an HTML block token. */
function htmlBlockNode(st: RenderState, block: number): InlineNode | undefined {
  const nodes = st.nodes;
  for (let k = firstOfBlock(nodes, block); k < nodes.length && nodes[k].block === block; k++) {
    if (nodes[k].child === undefined && nodes[k].type === 'html') return nodes[k];
  }
  return undefined;
}

/** Renders the children of inline token `block` into `out`, piece by piece. */
function renderInline(block: number, st: RenderState, out: string[]): void {
  const t = (st.item.tokens ?? [])[block];
  enterBlock(st, block);
  const children = t.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const rule = INLINE_RULES[children[i].type];
    if (rule) out.push(rule(children, i, st));
  }
  // Inline HTML opened in this paragraph is closed with it, so the block structure stays intact.
  if (st.inlineHtml.length) out.push(closeAll(st.inlineHtml));
  while (st.linkClose.length) out.push(st.linkClose.pop()!);
  st.inline.from = st.inline.to = st.inline.cursor = 0;
  st.taskPrefix = 0;
}

// ---- helpers --------------------------------------------------------------------------------

function attr(t: Token, name: string, fallback: string | number): string {
  const v = t.attrGet(name);
  return v === null || v === undefined ? String(fallback) : String(v);
}

function line(t: Token, st: RenderState): string {
  return st.options.sourceLines && t.map ? ` data-line="${st.item.bodyLine + t.map[0]}"` : '';
}

/** A theme's opening tag, with the token's line in the preview. */
function openTag(tag: Tag, t: Token, st: RenderState): string {
  return st.options.sourceLines && t.map ? tag.prefix + ` data-line="${st.item.bodyLine + t.map[0]}"` + tag.suffix : tag.open;
}

/** The heading's element: markdown-it's `h1`…`h6`, anything else an h2. */
function headingName(tag: string): 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return tag.length === 2 && tag.charCodeAt(0) === 104 && tag.charCodeAt(1) >= 49 && tag.charCodeAt(1) <= 54 ? (tag as 'h1') : 'h2';
}

/**
 * Preview only: an image's or link's document line (scroll sync lands on it inside a long
 * paragraph) and its exact source span `start-end` (double-click selects it in the editor).
 */
function source(node: InlineNode | undefined, st: RenderState): string {
  if (!st.options.sourceLines || !node) return '';
  return ' ' + sourceAttributes(st, node.span);
}

function sourceAttributes(st: RenderState, span: Span): string {
  return `data-line="${st.doc.lines.lineAt(span.start)}" data-span="${span.start}-${span.end}"`;
}

function endBlock(st: RenderState) {
  st.text.push(st.lists.length ? '\n' : '\n\n');
}

/** The plain text of inline children (link text, image alt). */
function plain(children: Token[] | null, from = 0, to = children?.length ?? 0): string {
  let s = '';
  if (!children) return s;
  for (let i = from; i < to; i++) {
    const c = children[i];
    if (c.type === 'text' || c.type === 'code_inline') s += c.content;
    else if (c.type === 'image') s += plain(c.children);
    else if (c.type === 'softbreak' || c.type === 'hardbreak') s += ' ';
  }
  return s;
}

function externalLink(st: RenderState, href: string, text: string): { open: string; close: string } {
  if (st.options.linkReferences === false) {
    return { open: `<a href="${escapeHtml(href)}"${st.css.a}>`, close: '</a>' };
  }
  const n = st.refs.add(href, text);
  return {
    open: `<span${st.css.refText}>`,
    close: `</span><sup${st.css.refMark}>[${n}]</sup>`,
  };
}

function imageUrl(st: RenderState, src: string, span: Span | undefined): string {
  const kind = imageKind(src);
  if (kind === 'local') {
    st.localImages.push({ src, span });
    return st.options.resolveImage?.(src) ?? src;
  }
  if (kind === 'remote' && !st.remoteImages.includes(src)) st.remoteImages.push(src);
  return src;
}

/** Where the path of a markdown image is written: its destination, or the image for a reference. */
function imageSpan(node: InlineNode | undefined): Span | undefined {
  return node && { ...(node.targetSpan ?? node.span) };
}

interface HtmlImage {
  src: string;
  /** The value of `src` as written. */
  span: Span;
  /** The whole `<img …>` tag. */
  tag: Span;
}

/** The `src` of each `<img>` in an HTML node, where it is written, for the sanitizer's image hook. */
function htmlImages(node: InlineNode | undefined): HtmlImage[] {
  const out: HtmlImage[] = [];
  if (!node?.content || !/<img\b/i.test(node.content)) return out;
  for (const tag of scanTags(node.content)) {
    if (tag.name !== 'img') continue;
    for (const a of scanAttributes(tag)) {
      if (a.name !== 'src') continue;
      out.push({
        src: decodeEntities(a.value).trim(),
        span: htmlSpan(node.span, node.segments, a.valueAt, a.value.length),
        tag: htmlSpan(node.span, node.segments, tag.at, tag.text.length),
      });
      break;
    }
  }
  return out;
}

/** The next `<img>` of the HTML being sanitized with this source (the sanitizer skips none it keeps). */
function htmlImageSpan(st: RenderState, src: string): Span | undefined {
  st.htmlImage = undefined;
  while (st.htmlImages.length) {
    const next = st.htmlImages.shift()!;
    if (next.src !== src) continue;
    st.htmlImage = next.tag;
    return next.span;
  }
  return undefined;
}

/** Whitespace that survives the editor: every space a no-break space, every line a <br>. */
export function codeToHtml(code: string): string {
  const lines = code.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((l) => escapeHtml(expandTabs(l)).replace(/ /g, '&nbsp;')).join('<br>');
}

function expandTabs(l: string): string {
  if (!l.includes('\t')) return l;
  let out = '';
  for (const c of l) out += c === '\t' ? ' '.repeat(4 - (out.length % 4)) : c;
  return out;
}

function sanitizeToText(html: string): string {
  return decodeEntities(html.replace(/<br>/g, '\n').replace(/<[^>]*>/g, '')).replace(/\u00a0/g, ' ');
}

function listMarker(tokens: Token[], idx: number, st: RenderState): string {
  const list = st.lists[st.lists.length - 1];
  const inline = tokens[idx + 1]?.type === 'paragraph_open' ? tokens[idx + 2] : undefined;
  // A task box starts with `[`: the test spares a regex run on every other item.
  const m = inline?.type === 'inline' && inline.content.charCodeAt(0) === 91 ? TASK.exec(inline.content) : null;
  const depth = st.lists.length - 1;
  let marker = list.ordered ? `${list.next++}.` : BULLETS[depth % BULLETS.length];
  if (m) {
    st.taskPrefix = m[0].length;
    marker = m[1] === ' ' ? '☐' : '☑';
  }
  return marker;
}

// ---- block rules ----------------------------------------------------------------------------

const heading: Rule = (tokens, idx, st) => {
  const t = tokens[idx];
  return openTag(st.css.tags[headingName(t.tag)], t, st);
};

function closeList(_tokens: Token[], _idx: number, st: RenderState): string {
  st.lists.pop();
  if (!st.lists.length) st.text.push('\n');
  return '</section>';
}

function openList(ordered: boolean): Rule {
  return (tokens, idx, st) => {
    const t = tokens[idx];
    const start = Number(attr(t, 'start', 1));
    // Tight lists have hidden paragraphs; the first item tells.
    const tight = tokens[idx + 2]?.type === 'paragraph_open' ? !!tokens[idx + 2].hidden : true;
    if (st.lists.length && !st.text.last?.endsWith('\n')) st.text.push('\n');
    const nested = st.lists.length > 0;
    st.lists.push({ ordered, next: Number.isFinite(start) ? start : 1, tight });
    // Lists are drawn with text markers inside sections: WeChat keeps only two levels of real
    // lists (§3.12) and renumbers them; sections with a marker keep any depth as written.
    return openTag(nested ? st.css.tags.subList : st.css.tags.list, t, st);
  };
}

const BLOCK_RULES: Record<string, Rule> = {
  paragraph_open(tokens, idx, st) {
    const t = tokens[idx];
    if (t.hidden) {
      st.paragraph.push('hidden');
      return '';
    }
    const children = tokens[idx + 1]?.children;
    if (children && children.length === 1 && children[0].type === 'image' && !st.lists.length) {
      st.paragraph.push('figure');
      return openTag(st.css.tags.figure, t, st);
    }
    st.paragraph.push('p');
    const after = tokens[idx + 3]?.type;
    const tags = st.css.tags;
    return openTag(after === 'blockquote_close' ? tags.lastParagraph : st.lists.length ? tags.listParagraph : tags.p, t, st);
  },
  paragraph_close(_tokens, _idx, st) {
    const kind = st.paragraph.pop();
    endBlock(st);
    return kind === 'hidden' ? '' : kind === 'figure' ? '</figure>' : '</p>';
  },
  heading_open: heading,
  heading_close(tokens, idx, st) {
    endBlock(st);
    return `</${headingName(tokens[idx].tag)}>`;
  },
  blockquote_open: (tokens, idx, st) => openTag(st.css.tags.blockquote, tokens[idx], st),
  blockquote_close: () => '</blockquote>',
  bullet_list_open: openList(false),
  ordered_list_open: openList(true),
  bullet_list_close: closeList,
  ordered_list_close: closeList,
  list_item_open(tokens, idx, st) {
    const marker = listMarker(tokens, idx, st);
    st.text.push('  '.repeat(st.lists.length - 1) + marker + ' ');
    return openTag(st.css.tags.listItem, tokens[idx], st) + markerHtml(st.css, marker);
  },
  list_item_close(_tokens, _idx, st) {
    const last = st.text.last;
    if (last !== undefined && !last.endsWith('\n')) st.text.push('\n');
    return '</section></section>';
  },
  hr(tokens, idx, st) {
    st.text.push('———\n\n');
    return openTag(st.css.tags.hr, tokens[idx], st);
  },
  code_block: codeBlock,
  fence: codeBlock,
  table_open(tokens, idx, st) {
    // WeChat's column is narrow (§3.15); a wide table scrolls inside its own box.
    return openTag(st.css.tags.table, tokens[idx], st);
  },
  table_close(_tokens, _idx, st) {
    st.text.push('\n');
    return '</table></section>';
  },
  thead_open: () => '<thead>',
  thead_close: () => '</thead>',
  tbody_open: () => '<tbody>',
  tbody_close: () => '</tbody>',
  tr_open: () => '<tr>',
  tr_close(_tokens, _idx, st) {
    st.text.popLast('\t');
    st.text.push('\n');
    return '</tr>';
  },
  th_open: cell('th'),
  td_open: cell('td'),
  th_close(_tokens, _idx, st) {
    st.text.push('\t');
    return '</th>';
  },
  td_close(_tokens, _idx, st) {
    st.text.push('\t');
    return '</td>';
  },
  html_block(tokens, idx, st) {
    const before = st.blockHtml.length;
    st.htmlImages = htmlImages(htmlBlockNode(st, idx));
    let html = sanitizeHtml(tokens[idx].content, st.blockHtml, st.hooks);
    html += closeNonContainers(st.blockHtml, before);
    const text = sanitizeToText(html).trim();
    if (text) {
      st.text.push(text);
      endBlock(st);
    }
    return html;
  },
};

const ALIGN = /text-align:(left|right|center)/;

function cell(tag: 'th' | 'td'): Rule {
  return (tokens, idx, st) => {
    const css = tokens[idx].attrGet('style');
    const align = css ? (ALIGN.exec(String(css))?.[1] as 'left' | 'right' | 'center' | undefined) : undefined;
    return st.css.tags[tag][align ?? ''];
  };
}

function codeBlock(tokens: Token[], idx: number, st: RenderState): string {
  const t = tokens[idx];
  const code = t.content;
  st.text.push(code.replace(/\n$/, ''));
  endBlock(st);
  // The preview keeps coloured fences between renders; the key holds all the block's HTML depends on.
  const cache = t.type === 'fence' ? st.options.codeCache : undefined;
  const key = cache?.key(st.css.syntax, t.info, code);
  let inner = key === undefined ? undefined : cache!.get(key);
  if (inner === undefined) {
    const expanded = code.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map(expandTabs).join('\n');
    const highlighted = t.type === 'fence' ? highlightStyled(expanded, t.info, st.css.syntax) : undefined;
    inner = highlighted === undefined ? codeToHtml(expanded) : 'html' in highlighted ? highlighted.html : highlightedToHtml(highlighted.fallback, st.css.syntax);
    if (key !== undefined) cache!.set(key, inner);
  }
  return openTag(st.css.tags.pre, t, st) + inner + '</code></pre>';
}

/** highlight.js HTML with its classes turned into the theme's inline styles, whitespace made to survive (its error paths' text). */
function highlightedToHtml(html: string, syntax: StyleAttrs['syntax']): string {
  // Scopes the theme does not colour need no element at all.
  const open: boolean[] = [];
  return html.replace(/<span class="([^"]*)">|<\/span>|[^<]+/g, (m, cls: string | undefined) => {
    if (cls !== undefined) {
      const scope = /(?:^|\s)hljs-([\w-]+)/.exec(cls)?.[1];
      const attr = scope ? syntax[scope] : undefined;
      open.push(!!attr);
      return attr ? `<span${attr}>` : '';
    }
    if (m === '</span>') return open.pop() ? m : '';
    return m.replace(/ /g, '&nbsp;').replace(/\n/g, '<br>');
  });
}

// ---- inline rules ---------------------------------------------------------------------------

function simpleInline(key: 'strong' | 'em' | 'del'): Rule {
  return (_t, _i, st) => st.css.tags[key];
}

const INLINE_RULES: Record<string, Rule> = {
  text(children, idx, st) {
    let s = children[idx].content;
    if (st.taskPrefix) {
      const cut = Math.min(st.taskPrefix, s.length);
      s = s.slice(cut);
      st.taskPrefix -= cut;
    }
    st.text.push(s);
    return escapeHtml(s);
  },
  softbreak(children, idx, st) {
    // A line break inside a paragraph is a space in English but nothing between two CJK characters.
    const before = children[idx - 1]?.content ?? '';
    const after = children[idx + 1]?.content ?? '';
    if (CJK.test(before.slice(-1)) && CJK.test(after.slice(0, 1))) return '';
    st.text.push(' ');
    return '\n';
  },
  hardbreak(_c, _i, st) {
    st.text.push('\n');
    return '<br>';
  },
  strong_open: simpleInline('strong'),
  strong_close: () => '</strong>',
  em_open: simpleInline('em'),
  em_close: () => '</em>',
  s_open: simpleInline('del'),
  s_close: () => '</del>',
  code_inline(children, idx, st) {
    const c = children[idx].content;
    st.text.push(c);
    // Runs of spaces would collapse in the editor; keep all but the first as no-break spaces.
    return `<code${st.css.code}>${escapeHtml(c).replace(/ {2,}/g, (m) => ' ' + '&nbsp;'.repeat(m.length - 1))}</code>`;
  },
  link_open(children, idx, st) {
    const t = children[idx];
    const href = attr(t, 'href', '');
    const kind = linkKind(href);
    let close = '';
    let open = '';
    if (kind === 'weixin') {
      open = `<a href="${escapeHtml(href)}"${st.css.a}>`;
      close = '</a>';
    } else if (kind === 'anchor') {
      st.stripped.add('in-page links (#…), which WeChat does not follow');
    } else if (kind === 'unsafe') {
      st.stripped.add('links with unsafe schemes');
    } else if ((t.markup === 'linkify' || t.markup === 'autolink') && st.options.linkReferences !== false) {
      // A bare URL is its own reference: the reader already sees the address.
    } else {
      let end = idx + 1;
      while (end < children.length && children[end].type !== 'link_close') end++;
      const ext = externalLink(st, href, plain(children, idx + 1, end).trim());
      open = ext.open;
      close = ext.close;
    }
    st.linkClose.push(close);
    // The element the link opens (an <a> or a reference's <span>) carries the link's source.
    if (!open) return open;
    const where = source(inlineNode(st, idx), st);
    return where ? open.slice(0, -1) + where + '>' : open;
  },
  link_close(_c, _i, st) {
    const close = st.linkClose.pop() ?? '';
    const n = /\[(\d+)\]<\/sup>$/.exec(close)?.[1];
    if (n) st.text.push(`[${n}]`);
    return close;
  },
  image(children, idx, st) {
    const t = children[idx];
    const raw = attr(t, 'src', '');
    const kind = imageKind(raw);
    const src = kind === 'local' ? localPath(raw) : raw;
    const alt = plain(t.children);
    const title = attr(t, 'title', '');
    if (kind === 'data' || kind === 'unsafe') {
      st.stripped.add(kind === 'data' ? 'base64 (data:) images, which WeChat rejects' : 'images with unsafe sources');
      st.text.push(`[${alt || 'image'}]`);
      return `<span${st.css.imgMissing}>[${escapeHtml(alt || 'image')}]</span>`;
    }
    const node = inlineNode(st, idx);
    const url = imageUrl(st, src, kind === 'local' ? imageSpan(node) : undefined);
    // The plain-text flavour marks where each image goes.
    st.text.push(`[${alt || 'image'}]`);
    const figure = st.paragraph[st.paragraph.length - 1] === 'figure';
    let html = `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(title)}"` : ''}${(figure ? st.css.img : st.css.imgInline)}${source(node, st)}>`;
    // Only a title makes a caption: alt text is often a file name that editors fill in.
    const caption = title;
    if (figure && caption) {
      html += `<figcaption${st.css.figcaption}>${escapeHtml(caption)}</figcaption>`;
      st.text.push(`\n${caption}`);
    }
    return html;
  },
  footnote_ref(children, idx, st) {
    const meta = children[idx].meta as { id?: number; label?: string } | null;
    const n = st.refs.addNote(Number(meta?.id), meta?.label ?? '');
    st.text.push(`[${n}]`);
    return `<sup${st.css.refMark}>[${n}]</sup>`;
  },
  // The way back from a note to its mark is an in-page link, which WeChat does not follow (§3.5).
  footnote_anchor: () => '',
  html_inline(children, idx, st) {
    st.htmlImages = htmlImages(inlineNode(st, idx));
    const html = sanitizeHtml(children[idx].content, st.inlineHtml, st.hooks);
    const text = sanitizeToText(html);
    if (text) st.text.push(text);
    return html;
  },
};

/** markdown-it percent-encodes link destinations; a local path is reported as the author wrote it. */
function localPath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

// ---- the end of the article ---------------------------------------------------------------

export function renderReferences(st: RenderState): string {
  if (!st.refs.size) return '';
  const heading = referencesHeading(st.options.locale, st.refs.hasNotes);
  st.text.push(`\n\n${heading}\n`);
  let html = `<section${st.css.refSection}><p${st.css.refHeading}>${escapeHtml(heading)}</p>`;
  // A note may hold a link, which adds a reference while the list is written: read until the end.
  for (let k = 0; k < st.refs.size; k++) {
    const r = st.refs.at(k);
    if (r.note !== undefined) {
      html += renderNote(st, r.n);
      continue;
    }
    const label = r.text ? `${r.text}${st.options.locale === 'zh-cn' ? '：' : ': '}` : '';
    st.text.push(`[${r.n}] ${label}${r.url}\n`);
    html += `<p${st.css.refItem}>[${r.n}] ${escapeHtml(label)}<span${st.css.refUrl}>${escapeHtml(r.url)}</span></p>`;
  }
  return html + '</section>';
}

/** One footnote as a line of the list: its paragraphs run on, separated by line breaks. */
function renderNote(st: RenderState, n: number): string {
  const indices = st.notes.get(st.refs.noteId(n) ?? -1) ?? [];
  const tokens = st.item.tokens ?? [];
  st.text.push(`[${n}] `);
  const textFrom = st.text.length;
  let body = '';
  let blocks = 0;
  for (const k of indices) {
    const tok = tokens[k];
    if (tok.type === 'inline') {
      if (blocks++) {
        body += '<br>';
        st.text.push('\n');
      }
      const parts: string[] = [];
      renderInline(k, st, parts);
      body += parts.join('');
    } else if (tok.type === 'fence' || tok.type === 'code_block') {
      if (blocks++) body += '<br>';
      st.text.push(tok.content.replace(/\n$/, ''));
      body += `<code${st.css.code}>${codeToHtml(tok.content)}</code>`;
    }
  }
  st.refs.setNoteText(n, st.text.from(textFrom).trim());
  st.text.push('\n');
  return `<p${st.css.refItem}>[${n}] ${body}</p>`;
}
