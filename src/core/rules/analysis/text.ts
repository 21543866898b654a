// Text helpers of the rules; the counting itself is shared with the editor features (text/count.ts).
import type { PushDocument, Span } from '../../format/model';

export { charCount, firstChars, utf8Bytes } from '../../text/count';

export const MB = 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Where document-wide problems go: the front matter's opening line, else the first line. */
export function documentSpan(doc: PushDocument): Span {
  const start = doc.bomLength;
  if (doc.frontMatter) return { start: doc.frontMatter.span.start, end: doc.lines.lineEnd(doc.lines.lineAt(doc.frontMatter.span.start)) };
  return { start, end: Math.max(start, doc.lines.lineEnd(0)) };
}

const eols = new WeakMap<PushDocument, string>();

/** The line break the document uses (looked up once per document: fixes ask for it many times). */
export function eol(doc: PushDocument): string {
  let e = eols.get(doc);
  if (e === undefined) {
    const i = doc.text.indexOf('\n');
    e = i > 0 && doc.text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
    eols.set(doc, e);
  }
  return e;
}
