// The allow-list sanitizer for HTML that authors write inside article bodies.
//
// It decides what reaches the export and the preview webview, so it is also the first line of
// defence against script injection (the preview's CSP is the second). Its output is built only from
// (a) text, escaped; (b) tag names from ALLOWED_TAGS; (c) attributes from the allow-lists, their
// values decoded and re-escaped, URLs checked by scheme and `style` rebuilt declaration by
// declaration. Anything the scanner does not recognise as a tag becomes escaped text, so a parsing
// mistake can cost fidelity but never safety.
//
// What it keeps mirrors what the WeChat editor keeps (platform rules §3): no <script> (§3.1), no
// <style>, class or id (§3.6, §3.7), no event handlers (§3.7), no video/audio/iframe (§3.16), no
// `position`/`transform` declarations (§3.8), no pure black (§3.11).
import { decodeEntities, escapeHtml, imageKind, linkKind, urlScheme } from './urls';

/** Elements kept as they are. */
const ALLOWED_TAGS = new Set([
  'section', 'p', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark',
  'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'colgroup', 'col', 'img', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'code', 'figure', 'figcaption',
  // Mini-program cards and links are part of WeChat's own article markup (§3.18).
  'mp-miniprogram', 'mp-common-miniprogram',
]);
/** Kept under another name: WeChat articles are built of <section>, not <div>. */
const RENAMED: Record<string, string> = { div: 'section', article: 'section', aside: 'section', header: 'section', footer: 'section', main: 'section', nav: 'section', center: 'section', font: 'span', strike: 's', kbd: 'code', tt: 'code', samp: 'code' };
const VOID = new Set(['br', 'hr', 'img', 'col', 'wbr', 'input', 'meta', 'link', 'base', 'source', 'track', 'embed', 'area', 'param', 'keygen']);
/** Raw-text elements: their content is not markup and is dropped with them. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Dropped together with everything inside them. */
const DROP_WITH_CONTENT = new Set(['video', 'audio', 'object', 'svg', 'math', 'template', 'select', 'button', 'canvas', 'map', 'head', 'frameset', 'picture']);

const GLOBAL_ATTRS = new Set(['style', 'title']);
const TAG_ATTRS: Record<string, Set<string>> = {
  a: new Set(['href', 'data-miniprogram-appid', 'data-miniprogram-path', 'data-miniprogram-type', 'data-miniprogram-servicetype']),
  img: new Set(['src', 'alt', 'width', 'height']),
  td: new Set(['colspan', 'rowspan', 'align', 'valign', 'width']),
  th: new Set(['colspan', 'rowspan', 'align', 'valign', 'width']),
  col: new Set(['span', 'width']),
  colgroup: new Set(['span', 'width']),
  table: new Set(['width', 'align']),
  ol: new Set(['start', 'type']),
  'mp-miniprogram': new Set(['data-miniprogram-appid', 'data-miniprogram-path', 'data-miniprogram-title', 'data-miniprogram-imageurl', 'data-miniprogram-type', 'data-miniprogram-servicetype']),
  'mp-common-miniprogram': new Set(['data-miniprogram-appid', 'data-miniprogram-path', 'data-miniprogram-title', 'data-miniprogram-imageurl', 'data-miniprogram-type', 'data-miniprogram-servicetype']),
};
const NUMERIC_ATTRS = new Set(['width', 'height', 'colspan', 'rowspan', 'span', 'start']);

/** CSS properties the WeChat editor drops (and with them, reportedly, the whole attribute). */
const DROPPED_PROPERTIES = new Set(['position', 'transform', 'behavior', '-moz-binding', 'z-index']);

export interface SanitizeHooks {
  /** Reports something removed, in words an author understands. */
  strip(what: string): void;
  /** An <img src> was kept; returns the URL to write (the preview maps local paths). */
  image(src: string): string;
  /** Attributes that place the <img> just kept in the document (the preview's data-line and data-span), or ''. */
  imageSource?(): string;
  /** An <a href> to a page outside WeChat: returns markup for the open and close tags. */
  externalLink(href: string): { open: string; close: string };
}

/** Tags opened by sanitized HTML and not yet closed; what to write when each is closed. */
export interface OpenTag {
  name: string;
  close: string;
}

interface Attr {
  name: string;
  value: string | undefined;
}

const NAME_START = /[A-Za-z]/;
const TAG_NAME = /^[A-Za-z][A-Za-z0-9-]*/;

/**
 * Sanitizes one piece of HTML. `open` carries the tags left open by earlier pieces (markdown-it
 * splits `<section>…markdown…</section>` into several tokens); a closing tag with no matching
 * open tag is dropped, so author HTML can never close the renderer's own elements.
 */
export function sanitizeHtml(html: string, open: OpenTag[], hooks: SanitizeHooks): string {
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += escapeText(html.slice(i));
      break;
    }
    if (lt > i) out += escapeText(html.slice(i, lt));
    i = lt;
    const next = html[i + 1];
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', i);
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (next === '/' && NAME_START.test(html[i + 2] ?? '')) {
      const m = TAG_NAME.exec(html.slice(i + 2, i + 2 + 64))!;
      const end = html.indexOf('>', i + 2 + m[0].length);
      i = end === -1 ? n : end + 1;
      out += closeTag(m[0].toLowerCase(), open);
      continue;
    }
    if (next === undefined || !NAME_START.test(next)) {
      out += '&lt;';
      i++;
      continue;
    }
    const tag = scanTag(html, i);
    if (!tag) {
      // An unterminated tag: keep the text visible, never as markup.
      out += escapeText(html.slice(i));
      break;
    }
    i = tag.end;
    const name = tag.name;
    if (RAW_TEXT.has(name) || DROP_WITH_CONTENT.has(name)) {
      hooks.strip(`<${name}> element`);
      if (!tag.selfClosing) i = skipElement(html, i, name, RAW_TEXT.has(name));
      continue;
    }
    out += openTag(name, tag.attrs, tag.selfClosing, open, hooks);
  }
  return out;
}

/** Containers that may wrap markdown written between two HTML blocks. */
const CONTAINERS = new Set(['section', 'blockquote', 'figure', 'mp-miniprogram', 'mp-common-miniprogram']);

/**
 * At the end of an HTML block: closes what it opened on top of the stack, except containers, so an
 * unclosed <p> or <em> cannot swallow the paragraphs that follow.
 */
export function closeNonContainers(open: OpenTag[], downTo: number): string {
  let out = '';
  while (open.length > downTo && !CONTAINERS.has(open[open.length - 1].name)) out += open.pop()!.close;
  return out;
}

/** Closes what `open` still holds, innermost first (end of an inline run or of the article). */
export function closeAll(open: OpenTag[], downTo = 0): string {
  let out = '';
  while (open.length > downTo) out += open.pop()!.close;
  return out;
}

function openTag(rawName: string, attrs: Attr[], selfClosing: boolean, open: OpenTag[], hooks: SanitizeHooks): string {
  const name = RENAMED[rawName] ?? rawName;
  if (!ALLOWED_TAGS.has(name)) {
    if (rawName === 'input') {
      // A task-list checkbox pasted as HTML: WeChat drops <input> (§3.13), keep its meaning as text.
      const type = attrs.find((a) => a.name === 'type')?.value?.toLowerCase();
      if (type === 'checkbox') return attrs.some((a) => a.name === 'checked') ? '☑' : '☐';
    }
    if (rawName !== 'wbr') hooks.strip(`<${rawName}> tag (its text is kept)`);
    if (!VOID.has(rawName) && !selfClosing) open.push({ name: rawName, close: '' });
    return '';
  }
  let prefix = '';
  let suffix = '';
  let outName = name;
  const kept: string[] = [];
  for (const a of attrs) {
    const attr = a.name;
    if (attr.startsWith('on')) {
      hooks.strip('event handler attributes (on…)');
      continue;
    }
    if (attr === 'class' || attr === 'id') {
      hooks.strip(`${attr} attributes`);
      continue;
    }
    if (!GLOBAL_ATTRS.has(attr) && !TAG_ATTRS[name]?.has(attr)) {
      if (!attr.startsWith('data-') && !attr.startsWith('aria-')) hooks.strip(`${attr}="…" attributes`);
      continue;
    }
    const value = decodeEntities(a.value ?? '');
    if (attr === 'style') {
      const style = sanitizeStyle(value, hooks);
      if (style) kept.push(`style="${escapeHtml(style)}"`);
      continue;
    }
    if (NUMERIC_ATTRS.has(attr)) {
      if (/^\s*\d{1,5}%?\s*$/.test(value)) kept.push(`${attr}="${value.trim()}"`);
      continue;
    }
    if (attr === 'href') {
      const kind = linkKind(value);
      if (kind === 'weixin') kept.push(`href="${escapeHtml(value.trim())}"`);
      else if (kind === 'anchor') hooks.strip('in-page links (#…), which WeChat does not follow');
      else if (kind === 'unsafe') hooks.strip(`${urlScheme(value) ?? 'unsafe'}: links`);
      else {
        const ext = hooks.externalLink(value.trim());
        outName = '';
        prefix = ext.open;
        suffix = ext.close;
      }
      continue;
    }
    if (attr === 'src') {
      const kind = imageKind(value);
      if (kind === 'data') {
        hooks.strip('base64 (data:) images, which WeChat rejects');
        return '';
      }
      if (kind === 'unsafe') {
        hooks.strip(`${urlScheme(value)}: image sources`);
        return '';
      }
      kept.push(`src="${escapeHtml(hooks.image(value.trim()))}"`);
      const where = hooks.imageSource?.();
      if (where) kept.push(where);
      continue;
    }
    kept.push(`${attr}="${escapeHtml(value)}"`);
  }
  if (name === 'img' && !kept.some((k) => k.startsWith('src='))) return '';
  const attrText = kept.length ? ' ' + kept.join(' ') : '';
  if (outName === '') {
    // An external <a>: the hook decided its markup (a reference, or a plain link when turned off).
    if (selfClosing) return prefix + suffix;
    open.push({ name, close: suffix });
    return prefix;
  }
  if (VOID.has(name)) return `<${name}${attrText}>`;
  if (selfClosing) return `<${name}${attrText}></${name}>`;
  open.push({ name, close: `</${name}>` });
  return `<${name}${attrText}>`;
}

function closeTag(rawName: string, open: OpenTag[]): string {
  if (VOID.has(rawName)) return '';
  for (let k = open.length - 1; k >= 0; k--) {
    if (open[k].name === rawName || open[k].name === (RENAMED[rawName] ?? rawName)) {
      let out = '';
      while (open.length > k) out += open.pop()!.close;
      return out;
    }
  }
  return '';
}

/** Rebuilds a style attribute from the declarations that are safe and that WeChat keeps. */
export function sanitizeStyle(style: string, hooks: Pick<SanitizeHooks, 'strip'>): string {
  const out: string[] = [];
  for (const decl of splitDeclarations(style)) {
    const colon = decl.indexOf(':');
    if (colon === -1) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    let value = decl.slice(colon + 1).trim();
    if (!/^-?[a-z][a-z0-9-]*$/.test(prop) || !value) continue;
    if (DROPPED_PROPERTIES.has(prop)) {
      hooks.strip(`CSS ${prop}, which WeChat removes`);
      continue;
    }
    const lower = value.toLowerCase();
    if (/[\\<>]|expression\s*\(|javascript:|@import/.test(lower)) {
      hooks.strip(`CSS ${prop} with an unsafe value`);
      continue;
    }
    if (/(?:url|image-set|cross-fade|image|element)\s*\(/.test(lower)) {
      hooks.strip('CSS url() images, which WeChat filters');
      continue;
    }
    if (prop === 'color' && /^(?:#000(?:000)?|black|rgba?\(\s*0\s*,\s*0\s*,\s*0\s*(?:,\s*1(?:\.0*)?\s*)?\))\s*(!important)?$/.test(lower)) {
      // WeChat swallows pure black (§3.11); a black a hair lighter looks the same and survives.
      value = 'rgb(1,1,1)';
    }
    out.push(`${prop}:${value}`);
  }
  return out.join(';');
}

function splitDeclarations(style: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quote = '';
  let depth = 0;
  for (const c of style) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim()) parts.push(cur);
  return parts;
}

/** Scans `<name attr=…>` from `start`; undefined when no `>` closes it. */
function scanTag(html: string, start: number): { name: string; attrs: Attr[]; selfClosing: boolean; end: number } | undefined {
  const m = TAG_NAME.exec(html.slice(start + 1, start + 65))!;
  const name = m[0].toLowerCase();
  let i = start + 1 + m[0].length;
  const attrs: Attr[] = [];
  const n = html.length;
  let selfClosing = false;
  while (i < n) {
    const c = html[i];
    if (c === '>') return { name, attrs, selfClosing, end: i + 1 };
    if (c === '/') {
      selfClosing = html[i + 1] === '>';
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    // Attribute name: up to whitespace, `=`, `>` or `/`.
    let j = i;
    while (j < n && !/[\s=>\/]/.test(html[j])) j++;
    if (j === i) j = i + 1;
    const attrName = html.slice(i, j).toLowerCase();
    i = j;
    while (i < n && /\s/.test(html[i])) i++;
    let value: string | undefined;
    if (html[i] === '=') {
      i++;
      while (i < n && /\s/.test(html[i])) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        if (close === -1) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        let k = i;
        while (k < n && !/[\s>]/.test(html[k])) k++;
        value = html.slice(i, k);
        i = k;
      }
    }
    selfClosing = false;
    if (!attrs.some((a) => a.name === attrName)) attrs.push({ name: attrName, value });
  }
  return undefined;
}

/** Skips to after `</name>`; raw-text elements end at the first one, others at the balanced one. */
function skipElement(html: string, from: number, name: string, raw: boolean): number {
  const lower = html.toLowerCase();
  if (raw) {
    const end = lower.indexOf(`</${name}`, from);
    if (end === -1) return html.length;
    const gt = html.indexOf('>', end);
    return gt === -1 ? html.length : gt + 1;
  }
  let depth = 1;
  const re = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'g');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower))) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const gt = html.indexOf('>', m.index);
      return gt === -1 ? html.length : gt + 1;
    }
  }
  return html.length;
}

/** Text between tags: escaped, except character references, which are already safe. */
function escapeText(s: string): string {
  return s.replace(/&(?!#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};)|[<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
