// How the renderer accumulates its two outputs cheaply.
//
// V8 builds `a + b` as a rope node pointing at both halves. A long article written piece by piece
// was a rope of ~100,000 small nodes that all stayed alive until the end of the render, and the
// young-generation GC spent most of the export's time copying them. The HTML is now collected as
// an array of pieces joined once at the end; the text version, written in fewer and smaller
// pieces, is flattened part by part as it grows (never the whole so far: that would copy it again
// and again). Reading one character of a rope flattens it in place into one string, after which
// its nodes are garbage that dies young.

/** Flattens `s` in place (see above) and returns it. */
export function flatten(s: string): string {
  s.charCodeAt(0);
  return s;
}

/** Flatten the part being written once it is this long (long enough that copying it is cheap per piece). */
export const FLATTEN_AT = 4096;

/**
 * The text/plain version, written in pieces. Rules look at the piece written last (a list item
 * ends its line unless the last piece did, a table row drops its last cell's tab), so that piece
 * is held apart until the next one comes: dropping it costs nothing.
 */
export class PlainText {
  /** Flattened parts, in order. */
  private done = '';
  /** The part being written, without the last piece. */
  private current = '';
  /** The piece pushed last (undefined before the first and after popLast). */
  last: string | undefined;

  push(s: string): void {
    if (this.last !== undefined) this.current += this.last;
    this.last = s;
  }

  /** Drops the piece pushed last if it is `piece`. */
  popLast(piece: string): void {
    if (this.last === piece) this.last = undefined;
  }

  get length(): number {
    return this.done.length + this.current.length + (this.last?.length ?? 0);
  }

  /** Everything written from character `from` on. */
  from(from: number): string {
    return this.toString().slice(from);
  }

  /** Moves the part being written into the finished parts once it is long. */
  settle(): void {
    if (this.current.length < FLATTEN_AT) return;
    this.done += flatten(this.current);
    this.current = '';
  }

  toString(): string {
    return this.done + this.current + (this.last ?? '');
  }
}
