import * as fs from 'fs';
import * as path from 'path';
import { parsePush, type PushDocument, type Span } from '../../../src/core/format';

export const SPEC_EXAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'spec-example.wxpush'), 'utf8');

/** Parses `text` with the cursor at `|` (removed). */
export function withCursor(text: string): { doc: PushDocument; offset: number } {
  const offset = text.indexOf('|');
  if (offset === -1) throw new Error('no cursor marker');
  return { doc: parsePush(text.slice(0, offset) + text.slice(offset + 1)), offset };
}

/** Offset of the `n`th occurrence of `needle`, plus `delta`. */
export function offsetOf(doc: PushDocument, needle: string, delta = 0, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = doc.text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`${JSON.stringify(needle)} not found`);
  }
  return at + delta;
}

export function textOf(doc: PushDocument, span: Span): string {
  return doc.text.slice(span.start, span.end);
}
