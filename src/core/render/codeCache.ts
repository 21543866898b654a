// Coloured code blocks kept between renders. The preview renders the whole article again on every
// keystroke although almost every code block is unchanged, and colouring is most of the cost of a
// code-heavy article. The preview passes a cache, and so does the content-size rule (it exports an
// article near the length limit on every re-lint); an export always does the full work.

/** A bounded store of coloured code blocks, most recently used kept; pass it as RenderOptions.codeCache. */
export class CodeCache {
  /** key → HTML; a Map keeps insertion order, so the first key is the least recently used. */
  private readonly entries = new Map<string, string>();
  private chars = 0;
  /** Each theme's syntax table gets a number, so a key never matches another theme's colours. */
  private readonly tables = new WeakMap<object, number>();
  private nextTable = 1;

  /**
   * `maxEntries` blocks and `maxChars` characters of keys and HTML at most (the oldest go first);
   * a block bigger than a quarter of `maxChars` is not kept.
   */
  constructor(
    readonly maxEntries = 500,
    readonly maxChars = 4_000_000,
  ) {}

  /** The key of a block: the theme's syntax table (by identity), the fence's info string and the code. */
  key(syntax: object, info: string, code: string): string {
    let id = this.tables.get(syntax);
    if (id === undefined) this.tables.set(syntax, (id = this.nextTable++));
    return `${id}\u0000${info}\u0000${code}`;
  }

  get(key: string): string | undefined {
    const html = this.entries.get(key);
    if (html !== undefined) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, html);
    }
    return html;
  }

  set(key: string, html: string): void {
    const size = key.length + html.length;
    if (size > this.maxChars / 4) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.chars -= key.length + old.length;
    }
    this.entries.set(key, html);
    this.chars += size;
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.entries.delete(k);
      this.chars -= k.length + v.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** Characters held (keys and HTML). */
  get heldChars(): number {
    return this.chars;
  }
}
