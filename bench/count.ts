// Counting user-perceived characters against a plain loop over code units on the same text, in
// the same run: Chinese and ASCII take the fast path; emoji-rich text reads common clusters
// directly; Hangul and combining marks go to Intl.Segmenter in short chunks.
import { charCount } from '../src/core/text/count';
import { compare, report } from './measure';

function codeUnits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) !== 0xdc00) n++;
  return n;
}

const TEXTS: [string, string, string][] = [
  ['Chinese and ASCII (600 K chars)', '公众号推送是什么？我们的文章，“引号”…… abc 123。\n'.repeat(20000), '≤ 2'],
  ['emoji in every line (450 K chars)', `${'公众号推送❤️是什么👍🏻？🇨🇳 👨‍👩‍👧 #️⃣ 🏳️‍🌈 '}${'我们的文章'.repeat(10)}\n`.repeat(5000), '≤ 6'],
  ['Korean (240 K chars)', '한국어 텍스트입니다. '.repeat(20000), '≤ 40'],
  ['combining accents (200 K chars)', `${'e\u0301'.repeat(50)} `.repeat(2000), '≤ 40'],
  ['Thai, through Intl.Segmenter (200 K chars)', 'ภาษาไทยสำหรับทดสอบ '.repeat(10000), 'none'],
];

export function benchCount(): string[] {
  return TEXTS.map(([name, text, target]) => report(`charCount: ${name}`, 'grapheme clusters', 'code-point loop', compare(() => charCount(text), () => codeUnits(text), 9, 2), target));
}
