// Counting as WeChat counts: titles, authors, digests and bodies in user-perceived characters
// (grapheme clusters, so a CJK character, `❤️`, `👍🏻`, `🇨🇳` or `👨‍👩‍👧` is one), text messages in
// UTF-8 bytes.
//
// Intl.Segmenter is exact but slow on long text, so it only sees the runs that need it: between two
// "simple" characters (ASCII and Latin-1, common CJK, kana, general punctuation, full-width forms)
// there is always a cluster boundary (Unicode UAX #29: none of them extends, joins or prepends), and
// such a character is one cluster on its own. CR LF is one cluster (GB3). Common emoji clusters
// (flags, skin tones, variation selectors, ZWJ families) are read directly as well.

let segmenter: Intl.Segmenter | undefined;

function graphemes(): Intl.Segmenter {
  return (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
}

/** A character that is a cluster of its own and never joins the next one (CR aside, see GB3). */
function isSimple(c: number): boolean {
  if (c < 0x300) return true;
  if (c < 0x2010) return false;
  if (c <= 0x2027) return true; // dashes, quotes, ellipsis
  if (c < 0x2030) return false; // line/paragraph separators, bidi controls
  if (c <= 0x205e) return true;
  if (c < 0x3000) return false;
  if (c <= 0x3029) return true; // CJK punctuation (U+302A–302F are combining tone marks)
  if (c < 0x3030) return false;
  if (c <= 0x3096) return true; // CJK punctuation, hiragana
  if (c < 0x30a0) return false; // U+3099/309A combine with kana
  if (c <= 0x30ff) return true; // katakana
  if (c < 0x4e00) return false;
  if (c <= 0x9fff) return true; // CJK unified ideographs
  if (c < 0xff01) return false;
  return c <= 0xff5e; // full-width ASCII forms
}

/** Whether `c` ends any cluster (controls break on both sides, GB4/GB5). */
function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xad;
}

/**
 * Calls `visit(start, end)` for each cluster boundary run: either one simple character (CR LF
 * counted once) or a segment found by Intl.Segmenter. Returns early when `visit` returns false.
 */
function eachCluster(s: string, visit: (start: number, end: number) => boolean): void {
  const len = s.length;
  let i = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (isSimple(c)) {
      const end = c === 13 && s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      // A simple character followed by a mark belongs to the complex run that follows.
      if (end < len && end === i + 1 && !isControl(c) && !isSimple(s.charCodeAt(end))) {
        i = complexRun(s, i, visit);
        if (i < 0) return;
        continue;
      }
      if (!visit(i, end)) return;
      i = end;
      continue;
    }
    i = complexRun(s, i, visit);
    if (i < 0) return;
  }
}

function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if ((d & 0xfc00) === 0xdc00) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const isRegionalIndicator = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isSkinTone = (cp: number) => cp >= 0x1f3fb && cp <= 0x1f3ff;

/** Emoji that are Extended_Pictographic in whole blocks (GB11 joins them across a ZWJ), and a few common BMP ones. */
function isPictographic(cp: number): boolean {
  if (cp >= 0x1f300) {
    if (cp <= 0x1f64f) return !isSkinTone(cp);
    return (cp >= 0x1f680 && cp <= 0x1f6ff) || (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x1fa70 && cp <= 0x1faff);
  }
  return cp === 0x2640 || cp === 0x2642 || cp === 0x2695 || cp === 0x2696 || cp === 0x2708 || cp === 0x2744 || cp === 0x2764 || cp === 0x27a1 || cp === 0x2b1b;
}

/**
 * Starts a cluster and never joins what is before it: emoji blocks, dingbats and symbols, and
 * precomposed Hangul syllables (which join only following jamo, GB7/GB8: not accepted after one).
 */
function isEmojiBase(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0xac00 && cp <= 0xd7a3);
}

/** Marks that join the character before them (Grapheme_Cluster_Break=Extend, GB9): combining diacritics and emoji modifiers. */
function isEmojiExtender(cp: number): boolean {
  return (cp >= 0x300 && cp <= 0x36f) || cp === 0xfe0f || cp === 0xfe0e || cp === 0x20e3 || isSkinTone(cp) || (cp >= 0xe0020 && cp <= 0xe007f);
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * The end of the emoji cluster at `p` (a boundary), read without Intl.Segmenter: a base (an emoji,
 * a symbol, a simple character, or a flag's two regional indicators), variation selectors, skin
 * tones, keycaps and tags, and ZWJ-joined pictographs. -1 when anything else is met: the caller
 * then asks Intl.Segmenter. The end is only accepted where a boundary is certain.
 */
function emojiClusterEnd(s: string, p: number): number {
  const len = s.length;
  let cp = codePointAt(s, p);
  const simpleBase = cp < 0x10000 && isSimple(cp) && !isControl(cp);
  if (!simpleBase && !isEmojiBase(cp)) return -1;
  let q = p + width(cp);
  if (isRegionalIndicator(cp)) {
    const next = q < len ? codePointAt(s, q) : 0;
    if (isRegionalIndicator(next)) q += 2;
  }
  const pictographic = isPictographic(cp);
  while (q < len) {
    cp = codePointAt(s, q);
    if (isEmojiExtender(cp)) {
      q += width(cp);
      continue;
    }
    if (cp === 0x200d) {
      const next = q + 1 < len ? codePointAt(s, q + 1) : 0;
      if (!pictographic || !isPictographic(next)) return -1;
      q += 1 + width(next);
      continue;
    }
    break;
  }
  if (q === len) return q;
  const after = codePointAt(s, q);
  // A simple character or another emoji base starts a new cluster (no Extend, ZWJ, Prepend or
  // regional-indicator pairing spans that boundary).
  if ((after < 0x10000 && isSimple(after)) || isEmojiBase(after)) return q;
  return -1;
}

/** Segments from `start` up to the next certain boundary; returns where it stopped (-1 = stop). */
function complexRun(s: string, start: number, visit: (start: number, end: number) => boolean): number {
  const len = s.length;
  const fast = emojiClusterEnd(s, start);
  if (fast !== -1) return visit(start, fast) ? fast : -1;
  let j = start + 1;
  while (j < len) {
    const a = s.charCodeAt(j - 1);
    if (isSimple(a) && a !== 13 && isSimple(s.charCodeAt(j))) break;
    j++;
  }
  // Intl.Segmenter's segment objects each carry a copy of their input, so a long run is fed in
  // short chunks (from a boundary; the last segment of a chunk may be cut, so it is read again
  // at the start of the next chunk; boundaries depend only on what precedes them).
  let at = start;
  let size = SEGMENT_CHUNK;
  while (at < j) {
    let end = Math.min(j, at + size);
    // Never cut a surrogate pair: the boundary before it is judged by the whole character.
    if (end < j && (s.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
    let last = -1;
    let lastEnd = -1;
    for (const seg of graphemes().segment(s.slice(at, end))) {
      if (last !== -1 && !visit(last, lastEnd)) return -1;
      last = at + seg.index;
      lastEnd = last + seg.segment.length;
    }
    if (end === j) {
      if (last !== -1 && !visit(last, lastEnd)) return -1;
      break;
    }
    // One cluster longer than the chunk: read a longer chunk.
    if (last === at) size *= 2;
    else {
      at = last;
      size = SEGMENT_CHUNK;
    }
  }
  return j;
}

const SEGMENT_CHUNK = 256;

/** User-perceived characters (grapheme clusters). */
export function charCount(s: string): number {
  let n = 0;
  let fast = true;
  for (let i = 0; i < s.length; i++) {
    if (!isSimple(s.charCodeAt(i))) {
      fast = false;
      break;
    }
  }
  if (fast) {
    n = s.length;
    for (let i = s.indexOf('\r\n'); i !== -1; i = s.indexOf('\r\n', i + 2)) n--;
    return n;
  }
  eachCluster(s, () => {
    n++;
    return true;
  });
  return n;
}

/**
 * `charCount` of the text with its whitespace (`\s`, and NEL when `nel`) removed, the text given in
 * parts as if joined. Text of simple characters only (nearly all of it) is counted in one pass
 * without building the joined, stripped copy: each such character is one cluster, so removing
 * whitespace between them joins none.
 */
export function nonSpaceCharCount(parts: string | readonly string[], nel = false): number {
  const list = typeof parts === 'string' ? [parts] : parts;
  let n = 0;
  for (const s of list) {
    const k = simpleNonSpaceCount(s, nel);
    if (k < 0) return charCount(list.join('').replace(nel ? /[\s\u0085]+/g : /\s+/g, ''));
    n += k;
  }
  return n;
}

/**
 * nonSpaceCharCount of `s` when it holds simple characters only (each one cluster), or -1 when it
 * holds another: the caller then counts the whole text it belongs to.
 */
export function simpleNonSpaceCount(s: string, nel = false): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSimple(c)) return -1;
    // The characters of \s that are simple (the others take the path above).
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (nel && c === 0x85)) continue;
    n++;
  }
  return n;
}

/** The first `n` user-perceived characters of `s` (an emoji is never cut in half). */
export function firstChars(s: string, n: number): string {
  if (n <= 0) return '';
  let count = 0;
  let end = 0;
  eachCluster(s, (_start, e) => {
    end = e;
    return ++count < n;
  });
  return s.slice(0, end);
}

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
