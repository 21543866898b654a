// Themes benchmark: what choosing a theme costs an export. The preview resolves the push's theme
// (settings, theme file, front matter) on every render; measured against rendering the same
// articles with a theme built once, and the compact theme (dark code, bars) against the default.
import { parsePush } from '../src/core/format';
import { defaultTheme, parseThemeFile, pushTheme, renderArticle, resolveTheme } from '../src/core/render';
import { generatePush } from './corpus';
import { compare, report } from './measure';

export function benchThemes(): string[] {
  const push = generatePush();
  const doc = parsePush(`---\ntheme:\n  name: brand\n  fontSize: 16\n---\n\n${push.text.replace(/^---\n[\s\S]*?\n---\n/, '')}`);
  const articles = doc.items.filter((i) => i.kind === 'article');
  const file = parseThemeFile(JSON.stringify({ themes: { brand: { extends: 'compact', accentColor: '#1f6feb' } } }));
  const settings = { name: 'classic', lineHeight: 1.8 };
  let n = 0;
  const perRender = compare(
    () => {
      for (const item of articles) n += renderArticle(doc, item, { theme: pushTheme(doc, settings, file).theme }).html.length;
    },
    () => {
      for (const item of articles) n += renderArticle(doc, item).html.length;
    },
    7,
    1,
  );
  const compact = resolveTheme({ name: 'compact' }, undefined).theme;
  const themed = compare(
    () => {
      for (const item of articles) n += renderArticle(doc, item, { theme: compact }).html.length;
    },
    () => {
      for (const item of articles) n += renderArticle(doc, item, { theme: defaultTheme }).html.length;
    },
    7,
    1,
  );
  return [
    report(`export with the push's theme resolved on every render (${articles.length} articles)`, 'pushTheme + renderArticle', 'renderArticle (default theme)', perRender, '≤ 1.1') + (n ? '' : '\n  (no output?)'),
    report('export in the compact theme against the default theme', 'renderArticle (compact)', 'renderArticle (default)', themed, '≤ 1.1'),
  ];
}

if (require.main === module) console.log(benchThemes().join('\n'));
