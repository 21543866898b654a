import * as assert from 'assert';
import { charCount, firstChars, nonSpaceCharCount, utf8Bytes } from '../../../src/core/text/count';

// What Intl.Segmenter says, the slow way: the reference the fast paths must agree with.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (s: string) => Array.from(segmenter.segment(s), (x) => x.segment);

describe('text: counting user-perceived characters', () => {
  it('counts an emoji with a variation selector, a skin tone, a flag and a family as one each', () => {
    assert.strictEqual(charCount('❤️'), 1);
    assert.strictEqual(charCount('👍🏻'), 1);
    assert.strictEqual(charCount('🇨🇳'), 1);
    assert.strictEqual(charCount('👨‍👩‍👧'), 1);
    assert.strictEqual(charCount('我❤️🇨🇳，👍🏻给👨‍👩‍👧'), 7);
  });

  it('counts a letter with a combining mark, kana with a voicing mark and Hangul as one each', () => {
    assert.strictEqual(charCount('cafe\u0301'), 4);
    assert.strictEqual(charCount('か\u3099'), 1);
    assert.strictEqual(charCount('한국어'), 3);
  });

  it('counts ASCII, CJK and full-width text by code unit, CR LF once', () => {
    assert.strictEqual(charCount('公众号推送是什么？'), 9);
    assert.strictEqual(charCount('a\r\nb\nc'), 5);
    assert.strictEqual(charCount(''), 0);
  });

  it('agrees with Intl.Segmenter on random mixes of joiners, marks, flags and plain text', () => {
    const pool = ['a', '中', '\r', '\n', '\u0301', '\u200d', '❤', '\ufe0f', '👍', '🏻', '🇨', '🇳', '\u3099', 'か', '한', '\u0600', ' ', '\u302a', 'क', '\u094d', 'ष', '\ud83d', '\u00ad', '“', '#', '\u20e3', '\ufe0e', '🌈', '⚕', '👨', '\u{e0067}', '\u{e007f}', '🏴', '\u{110bd}', '🅰', '\u0e33', '☆', '\u2642', '\ud83c', '\u1100', '\u1161', '\u11a8', '각'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let k = 0; k < 40000; k++) {
      let s = '';
      // Every 50th string is long, so runs go to Intl.Segmenter in several chunks.
      for (let i = next() % (k % 50 === 0 ? 900 : 14); i > 0; i--) s += pool[next() % pool.length];
      const expected = clusters(s);
      assert.strictEqual(charCount(s), expected.length, JSON.stringify(s));
      const n = next() % 6;
      assert.strictEqual(firstChars(s, n), expected.slice(0, n).join(''), JSON.stringify(s));
    }
  });

  it('counts a cluster longer than a segmenter chunk, and long runs of emoji, Hangul and marks', () => {
    assert.strictEqual(charCount(`a${'\u0301'.repeat(3000)}b`), 2);
    assert.strictEqual(charCount('👨‍👩‍👧🇨🇳'.repeat(500)), 1000);
    assert.strictEqual(charCount('\u1100\u1161\u11a8'.repeat(400)), 400);
    assert.strictEqual(charCount('한국어'.repeat(400)), 1200);
  });

  it('counts text without its whitespace as the stripped, joined text, every kind of space and joiner mixed in', () => {
    assert.strictEqual(nonSpaceCharCount(['公众号 推送', '\u3000是\t什么\r\n', ' ']), 8);
    assert.strictEqual(nonSpaceCharCount('a\u0085b'), 3);
    assert.strictEqual(nonSpaceCharCount('a\u0085b', true), 2);
    // A mark after a removed space joins the letter before it, as in the stripped text.
    assert.strictEqual(nonSpaceCharCount(['e', ' \u0301']), 1);
    const pool = ['a', '中', ' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u2003', '\u2028', '\u202f', '\ufeff', '\u0085', '\u1680', '\u0301', '\u200d', '👍', '🏻', '🇨', '\u3099', 'か', '\u001f', 'é'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let k = 0; k < 5000; k++) {
      const parts: string[] = [];
      for (let p = next() % 4; p >= 0; p--) {
        let s = '';
        // Half of the texts are plain (the one-pass path), the rest draw from the whole pool.
        for (let i = next() % 10; i > 0; i--) s += pool[next() % (k % 2 ? pool.length : 10)];
        parts.push(s);
      }
      const joined = parts.join('');
      assert.strictEqual(nonSpaceCharCount(parts), charCount(joined.replace(/\s+/g, '')), JSON.stringify(parts));
      assert.strictEqual(nonSpaceCharCount(joined, true), charCount(joined.replace(/[\s\u0085]+/g, '')), JSON.stringify(joined));
    }
  });

  it('never cuts an emoji in half when taking the first characters', () => {
    assert.strictEqual(firstChars('ab👨‍👩‍👧cd', 3), 'ab👨‍👩‍👧');
    assert.strictEqual(firstChars('🇨🇳🇺🇸', 1), '🇨🇳');
    assert.strictEqual(firstChars('short', 54), 'short');
  });

  it('still counts text messages in UTF-8 bytes', () => {
    assert.strictEqual(utf8Bytes('❤️'), 6);
    assert.strictEqual(utf8Bytes('🇨🇳'), 8);
  });
});
