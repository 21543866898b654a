// A linear scanner for the tags and attributes of raw HTML (html_block / html_inline content).
// Each tag is matched once from its `<` and tags never overlap, so the cost grows with the text:
// a body of thousands of unclosed `<a` or `<img` tags costs no more than one of closed ones.
// (Searching each `<a` ahead for an `href` would read the rest of the text once per tag.)

export interface RawTag {
  /** Lower-case tag name. */
  name: string;
  /** Offset of the `<` in the scanned text. */
  at: number;
  /** The opening tag as written (up to and with its `>`, or to where the tag stops). */
  text: string;
}

export interface RawAttribute {
  /** Lower-case attribute name. */
  name: string;
  value: string;
  /** Offset of the attribute (its name) in the scanned text, and its length with the value. */
  at: number;
  length: number;
  nameLength: number;
  /** Offset of the value (inside its quotes) in the scanned text. */
  valueAt: number;
}

// Quoted values are taken whole, so a `>` inside quotes does not end the tag; an unclosed quote
// fails its alternative and the tag stops there (`>?`).
const TAG = /<([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>?/g;
const ATTR = /\s([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Blanks comments (keeping offsets) so commented-out markup is not read; `<!-->` and `<!--->` are empty comments. */
export function blankComments(s: string): string {
  return s.includes('<!--') ? s.replace(/<!--(?:-?>|[\s\S]*?(?:-->|(?![\s\S])))/g, (m) => ' '.repeat(m.length)) : s;
}

export function* scanTags(content: string): Generator<RawTag> {
  if (!content.includes('<')) return;
  const text = blankComments(content);
  const re = new RegExp(TAG.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) yield { name: m[1].toLowerCase(), at: m.index, text: m[0] };
}

/**
 * The tags of `content`, as a list kept for the next caller: the facts of a body, script and
 * stylesheet all read the same fragments, and articles repeat the same small pieces of HTML.
 */
export function tagList(content: string): readonly RawTag[] {
  let tags = recentTags.get(content);
  if (!tags) {
    tags = Object.freeze([...scanTags(content)].map((t) => Object.freeze(t)));
    if (recentTags.size >= 4096) recentTags.clear();
    recentTags.set(content, tags);
  }
  return tags;
}
const recentTags = new Map<string, readonly RawTag[]>();

export function* scanAttributes(tag: RawTag): Generator<RawAttribute> {
  const re = new RegExp(ATTR.source, 'g');
  re.lastIndex = 1 + tag.name.length;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag.text))) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const at = tag.at + m.index + 1;
    const length = m[0].length - 1;
    const quoted = m[2] !== undefined || m[3] !== undefined;
    const valueAt = m[2] === undefined && m[3] === undefined && m[4] === undefined ? at + length : tag.at + m.index + m[0].length - value.length - (quoted ? 1 : 0);
    yield { name: m[1].toLowerCase(), value, at, length, nameLength: m[1].length, valueAt };
  }
}
