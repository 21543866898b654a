// Text the surfaces derive from a push: plain text of an article body (for the 54-character
// auto digest), one-line previews, WeChat emoji codes in text bubbles.
import type { MdToken } from '../format/markdown';
import type { TextSegment } from './types';
import { firstChars } from '../text/count';

/** WeChat fills an empty digest with the first 54 characters of the body (draft API, §2.4). */
export const AUTO_DIGEST_CHARS = 54;

/** The readable text of markdown-it block tokens: inline text only, markup and HTML dropped. */
export function tokensPlainText(tokens: readonly MdToken[] | undefined): string {
  if (!tokens) return '';
  const parts: string[] = [];
  for (const t of tokens) {
    if (t.type === 'inline' && t.children) {
      for (const c of t.children) {
        if (c.type === 'text' || c.type === 'code_inline') parts.push(c.content);
        else if (c.type === 'softbreak' || c.type === 'hardbreak') parts.push(' ');
        else if (c.type === 'image') parts.push('');
      }
      parts.push(' ');
    } else if (t.type === 'fence' || t.type === 'code_block') {
      parts.push(t.content, ' ');
    }
  }
  return collapse(parts.join(''));
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The first `n` user-perceived characters (an emoji or a CJK character counts once). */
export { firstChars };

export function autoDigest(bodyText: string): string {
  return firstChars(collapse(bodyText), AUTO_DIGEST_CHARS);
}

export function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i === -1 ? s : s.slice(0, i)).trim();
}

// `[Smile]`, `[Grin]`, `[微笑]`: WeChat's emoji codes are a bracketed word; the client draws a
// picture, the preview keeps the code readable and marks it.
const EMOJI_CODE = /\[(?:[A-Z][A-Za-z]{1,13}|[\u4e00-\u9fff]{1,4})\]/g;

export function textSegments(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  let last = 0;
  EMOJI_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMOJI_CODE.exec(text))) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[0], emoji: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
