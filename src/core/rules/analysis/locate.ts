// markdown-it knows the lines of a block but not the columns of what is inside it. These helpers
// find a piece of inline source (a URL, a tag) in the document text so that problems point at it.
import type { Item, PushDocument, Span } from '../../format/model';
import { tokenLineSpan } from '../../format/queries';

/** A cursor over one block's source text; successive finds move forward so duplicates map in order. */
export class BlockCursor {
  private pos: number;
  constructor(
    private readonly text: string,
    readonly block: Span,
  ) {
    this.pos = block.start;
  }

  /** Span of the first of `needles` found at or after the cursor within the block, or undefined. */
  find(...needles: (string | undefined)[]): Span | undefined {
    let best: Span | undefined;
    for (const n of needles) {
      if (!n) continue;
      const i = this.text.indexOf(n, this.pos);
      if (i === -1 || i + n.length > this.block.end) continue;
      if (!best || i < best.start) best = { start: i, end: i + n.length };
    }
    if (best) this.pos = best.end;
    return best;
  }

  /** Like find, but falls back to the whole block. */
  findOr(...needles: (string | undefined)[]): Span {
    return this.find(...needles) ?? { ...this.block };
  }

  get position(): number {
    return this.pos;
  }
}

export function blockCursor(doc: PushDocument, item: Item, map: [number, number] | null | undefined): BlockCursor | undefined {
  const span = tokenLineSpan(doc, item, map);
  return span ? new BlockCursor(doc.text, span) : undefined;
}

/** The forms a URL may take in source: as written, percent-decoded (markdown-it encodes hrefs). */
export function urlForms(url: string): string[] {
  const forms = [url];
  try {
    const d = decodeURI(url);
    if (d !== url) forms.push(d);
  } catch {
    /* not decodable: keep the raw form */
  }
  if (url.startsWith('mailto:')) forms.push(url.slice(7));
  if (/^http:\/\/www\./.test(url)) forms.push(url.slice(7));
  return forms;
}
