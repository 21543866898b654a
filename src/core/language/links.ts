// Document links: media paths (item arguments, `cover:`, `avatar:`, images in article bodies) open
// the file; `source:` URLs open in the browser. The editor resolves relative paths.
import type { Item, PushDocument, Span } from '../format/model';
import { fieldSpec } from '../format/schema';
import { scanAttributes, scanTags, type RawAttribute, type RawTag } from '../rules/support/html-tokens';
import { isRemotePath } from './mediaPaths';
import { htmlSpan } from '../format/inline';

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

/**
 * Image sources in an article body, outside code and comments: `![alt](path)` and
 * `<img src="path">`, from the model's inline nodes (exact in lists, quotes and tables).
 */
export function bodyImageRefs(doc: PushDocument, item: Item): BodyImageRef[] {
  const out: BodyImageRef[] = [];
  for (const n of item.inline ?? []) {
    if (n.type === 'image' && n.targetSpan) {
      out.push({ span: n.targetSpan, path: doc.text.slice(n.targetSpan.start, n.targetSpan.end) });
    } else if (n.type === 'html' && n.content && /<img\b/i.test(n.content)) {
      for (const tag of scanTags(n.content)) {
        if (tag.name !== 'img') continue;
        const src = firstAttribute(tag, 'src');
        if (src && src.value) out.push({ span: htmlSpan(n.span, n.segments, src.valueAt, src.value.length), path: src.value });
      }
    }
  }
  return out;
}
