// Counting as WeChat counts: titles, authors, digests and bodies in user-perceived characters
// (grapheme clusters, so a CJK character, `❤️`, `👍🏻`, `🇨🇳` or `👨‍👩‍👧` is one), text messages in
// UTF-8 bytes.
//
// Intl.Segmenter is exact but slow on long text, so it only sees the runs that need it: between two
// "simple" characters (ASCII and Latin-1, common CJK, kana, general punctuation, full-width forms)
// there is always a cluster boundary (Unicode UAX #29: none of them extends, joins or prepends), and
// such a character is one cluster on its own. CR LF is one cluster (GB3).

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
  return c < 0x20 || (c >= 0x7f && c <= 0x9f);
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

/** Segments from `start` up to the next certain boundary; returns where it stopped (-1 = stop). */
function complexRun(s: string, start: number, visit: (start: number, end: number) => boolean): number {
  const len = s.length;
  let j = start + 1;
  while (j < len) {
    const a = s.charCodeAt(j - 1);
    if (isSimple(a) && a !== 13 && isSimple(s.charCodeAt(j))) break;
    j++;
  }
  for (const seg of graphemes().segment(s.slice(start, j))) {
    if (!visit(start + seg.index, start + seg.index + seg.segment.length)) return -1;
  }
  return j;
}

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
