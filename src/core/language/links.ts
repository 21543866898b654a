// Document links: media paths (item arguments, `cover:`, `avatar:`, images in article bodies) open
// the file; `source:` URLs open in the browser. The editor resolves relative paths.
import type { Item, PushDocument, Span } from '../format/model';
import { fieldSpec } from '../format/schema';
import { scanAttributes, scanTags, type RawAttribute, type RawTag } from '../rules/support/html-tokens';
import { isRemotePath } from './mediaPaths';

function firstAttribute(tag: RawTag, name: string): RawAttribute | undefined {
  for (const a of scanAttributes(tag)) if (a.name === name) return a;
  return undefined;
}

export interface PushLink {
  span: Span;
  /** A path relative to the document (`file`) or an absolute URL (`url`). */
  target: { type: 'file'; path: string } | { type: 'url'; url: string };
}

export interface BodyImageRef {
  span: Span;
  path: string;
}

const HTTP = /^https?:\/\/\S+$/i;

export function buildLinks(doc: PushDocument): PushLink[] {
  const out: PushLink[] = [];
  const add = (span: Span, raw: string) => {
    if (!raw) return;
    if (HTTP.test(raw)) out.push({ span, target: { type: 'url', url: raw } });
    else if (!isRemotePath(raw)) out.push({ span, target: { type: 'file', path: raw } });
  };
  for (const f of doc.frontMatter?.fields ?? []) {
    if (fieldSpec('front-matter', f.key)?.value.type === 'path' && typeof f.value === 'string') add(f.valueSpan, f.raw);
  }
  for (const item of doc.items) {
    if (item.argument && (item.kind === 'image' || item.kind === 'audio' || item.kind === 'video')) add(item.argument.span, item.argument.text);
    for (const f of item.fields) {
      const type = fieldSpec(item.kind, f.key)?.value.type;
      if ((type === 'path' || type === 'url') && typeof f.value === 'string') add(f.valueSpan, f.raw);
    }
    if (item.kind === 'article') for (const ref of bodyImageRefs(doc, item)) add(ref.span, ref.path);
  }
  return out;
}

// The alt text stops at any bracket, so every `![` is read up to the next bracket only (unbalanced
// brackets do not make an image in CommonMark either): linear on a line of thousands of `![`.
const MD_IMAGE = /!\[[^[\]\n]*\]\(\s*<?([^)\s>]+)/g;

/** Image sources in an article body, outside code: `![alt](path)` and `<img src="path">`. */
export function bodyImageRefs(doc: PushDocument, item: Item): BodyImageRef[] {
  if (!item.body) return [];
  const out: BodyImageRef[] = [];
  const code = codeLines(item);
  const first = doc.lines.lineAt(item.body.span.start);
  const last = doc.lines.lineAt(item.body.span.end);
  for (let line = first; line <= last; line++) {
    if (code.has(line)) continue;
    const start = doc.lines.lineStart(line);
    const text = doc.lines.lineText(line);
    MD_IMAGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MD_IMAGE.exec(text))) {
      const path = m[1];
      const at = m.index + m[0].lastIndexOf(path);
      out.push({ span: { start: start + at, end: start + at + path.length }, path });
    }
    // `<img src>` through the linear tag scanner (a lazy search for `src` ahead of every `<img`
    // read the rest of the line once per tag).
    for (const tag of scanTags(text)) {
      if (tag.name !== 'img') continue;
      const src = firstAttribute(tag, 'src');
      if (src && src.value) out.push({ span: { start: start + src.valueAt, end: start + src.valueAt + src.value.length }, path: src.value });
    }
  }
  return out;
}

function codeLines(item: Item): Set<number> {
  const lines = new Set<number>();
  for (const t of item.tokens ?? []) {
    if ((t.type === 'fence' || t.type === 'code_block') && t.map) {
      for (let l = t.map[0]; l < t.map[1]; l++) lines.add(item.bodyLine + l);
    }
  }
  return lines;
}
