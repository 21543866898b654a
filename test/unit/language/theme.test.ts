// The front matter's `theme:` in the editor: completion of names, option keys and their values,
// and hovers that say what a theme looks like and what an option changes, in both languages.
import * as assert from 'assert';
import { buildCompletions, hoverAt, type InfoHover } from '../../../src/core/language';
import { parseThemeFile } from '../../../src/core/render';
import { withCursor } from './helpers';

function complete(text: string, input = {}) {
  const { doc, offset } = withCursor(text);
  const entries = buildCompletions(doc, offset, input);
  return { entries, labels: entries.map((e) => e.label), typed: (i: number) => doc.text.slice(entries[i].replace.start, entries[i].replace.end) };
}

function hover(text: string, locale: 'en' | 'zh-cn' = 'en', themeFile?: ReturnType<typeof parseThemeFile>) {
  const { doc, offset } = withCursor(text);
  const h = hoverAt(doc, offset, { locale, themeFile }) as InfoHover | undefined;
  return h && { markdown: h.markdown, on: doc.text.slice(h.span.start, h.span.end) };
}

describe('language: the front matter’s theme', () => {
  it('completes the key with a choice of the built-in themes', () => {
    const e = complete('---\naccount: A\nth|\n---').entries.find((x) => x.label === 'theme')!;
    assert.strictEqual(e.insertText, 'theme: ${1|default,classic,compact|}');
  });

  it('completes names after `theme:` with their labels, the theme file’s too', () => {
    const file = parseThemeFile('{ "themes": { "brand": { "label": { "en": "Brand", "zh-cn": "品牌" } } } }');
    const c = complete('---\ntheme: cl|\n---', { themeFile: file, locale: 'zh-cn' });
    assert.deepStrictEqual(c.labels, ['default', 'classic', 'compact', 'brand']);
    assert.deepStrictEqual(c.entries.map((e) => e.detail), ['默认', '经典', '紧凑（技术）', '品牌']);
    assert.strictEqual(c.typed(0), 'cl');
  });

  it('completes option keys inside a `theme:` map, then the values of a listed option', () => {
    const keys = complete('---\ntheme:\n  font|\n---');
    assert.deepStrictEqual(keys.labels, ['name', 'accentColor', 'fontSize', 'lineHeight', 'headingStyle', 'codeStyle', 'textColor', 'font']);
    assert.strictEqual(keys.typed(0), 'font');
    assert.match(keys.entries[2].documentation!, /14–18/);
    assert.deepStrictEqual(complete('---\ntheme:\n  headingStyle: |\n---').labels, ['plain', 'underline', 'bar', 'centered']);
    assert.deepStrictEqual(complete('---\ntheme:\n  name: c|\n---').labels, ['default', 'classic', 'compact']);
    assert.deepStrictEqual(complete('---\ntheme:\n  fontSize: |\n---').labels, []);
    // Not inside another map.
    assert.doesNotMatch(complete('---\nrules:\n  |\n---', { ruleIds: ['x'] }).labels.join(), /fontSize/);
  });

  it('hovers a theme’s name with its look, and an option with what it changes', () => {
    assert.deepStrictEqual(hover('---\ntheme: clas|sic\n---'), { markdown: '**Classic** (`classic`) — A serif book page: justified text, centred headings between rules, a warm red accent.', on: 'classic' });
    assert.deepStrictEqual(hover('---\ntheme:\n  name: compact\n  font|Size: 16\n---'), { markdown: '**fontSize** — Body font size in px, 14–18.', on: 'fontSize: 16' });
    assert.match(hover('---\ntheme:\n  name: com|pact\n---', 'zh-cn')!.markdown, /^\*\*紧凑（技术）\*\* \(`compact`\) — 适合技术文章/);
    assert.match(hover('---\nthe|me: classic\n---')!.markdown, /^\*\*theme\*\* — The look of this push’s articles/);
  });

  it('hovers a theme of the theme file with its label and its base', () => {
    const file = parseThemeFile('{ "themes": { "brand": { "extends": "compact", "label": { "en": "Brand", "zh-cn": "品牌" } } } }');
    assert.deepStrictEqual(hover('---\ntheme: br|and\n---', 'en', file), { markdown: '**Brand** (`brand`) — Based on Compact (technical).', on: 'brand' });
    assert.strictEqual(hover('---\ntheme: br|and\n---', 'zh-cn', file)!.markdown, '**品牌** (`brand`) — 基于“紧凑（技术）”。');
  });
});
