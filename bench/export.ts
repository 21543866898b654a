// Export benchmark: renderArticle on the articles of the ~1 MB push vs the pipeline other
// WeChat tools use (markdown-it's HTML with highlight.js classes + `juice` inlining an equivalent
// stylesheet), both starting from the same parsed tokens and colouring code with the same
// highlighter, measured interleaved in the same run.
import juice = require('juice');
import { createMarkdown, parsePush } from '../src/core/format';
import { CodeCache, defaultTheme, renderArticle, type Theme } from '../src/core/render';
import { renderBody } from '../src/core/surfaces/articleBody';
import { highlightCode } from '../src/core/render/highlight';
import { generatePush } from './corpus';
import { compare, report, usable } from './measure';

/** The theme as the class-based stylesheet a juice-based tool would ship. */
export function themeStylesheet(theme: Theme = defaultTheme): string {
  const rules: [string, string][] = [
    ['.wx', theme.article],
    ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((h): [string, string] => [`.wx ${h}`, theme[h]]),
    ['.wx p', theme.p],
    ['.wx strong', theme.strong],
    ['.wx em', theme.em],
    ['.wx s', theme.del],
    ['.wx code', theme.code],
    ['.wx pre', theme.pre],
    ['.wx pre code', theme.preCode],
    ['.wx blockquote', theme.blockquote],
    ['.wx ul, .wx ol', theme.list],
    ['.wx li li', theme.subList],
    ['.wx li', theme.listItem],
    ['.wx li p', theme.listParagraph],
    ['.wx table', theme.table],
    ['.wx th', theme.th],
    ['.wx td', theme.td],
    ['.wx hr', theme.hr],
    ['.wx a', theme.a],
    ['.wx img', theme.img],
  ];
  for (const [scope, decl] of Object.entries(theme.syntax)) rules.push([`.wx .hljs-${scope}`, decl]);
  return rules.map(([sel, decl]) => `${sel} { ${decl} }`).join('\n');
}

export function benchExport(): string[] {
  const push = generatePush();
  const doc = parsePush(push.text);
  const articles = doc.items.filter((i) => i.kind === 'article');
  // The usual pipeline colours code too: highlight.js with classes, which juice then inlines.
  const md = createMarkdown().set({ highlight: (code: string, lang: string) => highlightCode(code, lang) ?? '' });
  const css = themeStylesheet();
  let ours = 0;
  let theirs = 0;
  const r = compare(
    () => {
      for (const item of articles) theirs += usable(juice.inlineContent(`<section class="wx">${md.renderer.render(item.tokens ?? [], md.options, {})}</section>`, css));
    },
    () => {
      for (const item of articles) ours += usable(renderArticle(doc, item).html);
    },
    7,
    1,
  );
  const size = articles.reduce((n, a) => n + (a.body?.text.length ?? 0), 0);
  const out = [
    report(
      `export (${articles.length} articles, ${(size / 1e6).toFixed(2)} M chars of markdown)`,
      'markdown-it render + juice inlining',
      'renderArticle (wxpush)',
      r,
      '≥ 5, i.e. wxpush at least 5× faster',
    ) + (ours && theirs ? '' : '\n  (no output?)'),
  ];
  // The floor: the export renders with markdown-it's renderer, so a plain render of the same
  // tokens (no styles, no highlighting) is the least it can cost. Like with like: the same parsed
  // tokens, the project's own markdown-it configuration (the same plugins), and both sides
  // return the HTML as one string that can be used (see `usable`: the export's already is; the
  // export's character and byte counts are computed when read, and nothing here reads them; its
  // text/plain version is written in the same pass and is included).
  const plain = createMarkdown();
  // wxpush's export against the same tokens through another markdown-it. Both sides add their
  // output's length to a total, so neither render can be skipped as unused.
  const against = (render: typeof md): ReturnType<typeof compare> =>
    compare(
      () => {
        for (const item of articles) ours += usable(renderArticle(doc, item).html);
      },
      () => {
        for (const item of articles) theirs += usable(render.renderer.render(item.tokens ?? [], render.options, {}));
      },
      7,
      1,
    );
  const f = against(plain);
  out.push(report('export against a plain markdown-it render of the same tokens (same configuration, no styles, no colouring)', 'renderArticle (wxpush)', 'markdown-it render', f, '≤ 1.3'));
  // Prose only: the same generator without fenced code (the same paragraphs in the same order), so
  // nothing here is highlight.js's work. Both sides sum their output (the export's HTML and text).
  const prose = parsePush(generatePush(1_000_000, { code: false }).text);
  const proseArticles = prose.items.filter((i) => i.kind === 'article');
  const p = compare(
    () => {
      for (const item of proseArticles) {
        const r = renderArticle(prose, item);
        ours += usable(r.html) + r.text.length;
      }
    },
    () => {
      for (const item of proseArticles) theirs += usable(plain.renderer.render(item.tokens ?? [], plain.options, {}));
    },
    7,
    1,
  );
  out.push(report('export of the prose-only articles (no code) against a plain markdown-it render of the same tokens', 'renderArticle (wxpush)', 'markdown-it render', p, '≤ 1.3'));
  // Coloured code is part of the export, so the plain floor leaves out its largest cost. The same
  // render with markdown-it's own `highlight` hook and the same highlight.js languages (class
  // output) is what any coloured render costs at least; the difference is the export's own work.
  const g = against(md);
  out.push(report('export (with code) against a markdown-it render of the same tokens with the same code colouring', 'renderArticle (wxpush)', 'markdown-it render + highlight.js', g, '≤ 1.3'));
  out.push(benchPreviewEdit());
  return out;
}

/**
 * The preview's re-render of an article after a one-character edit of its prose, as the preview
 * renders it (renderBody: source lines on), with the coloured code blocks it kept from the render
 * before the edit, against the same re-render without them.
 */
function benchPreviewEdit(): string {
  const text = generatePush().text;
  const at = text.indexOf('An Official Account', text.indexOf('@article Article number 1'));
  const before = parsePush(text);
  const after = parsePush(text.slice(0, at) + 'x' + text.slice(at));
  const item = after.items.find((i) => i.kind === 'article')!;
  const cache = new CodeCache();
  renderBody(before, before.items.find((i) => i.kind === 'article')!, { locale: 'en', codeCache: cache });
  let total = 0;
  const r = compare(
    () => {
      total += renderBody(after, item, { locale: 'en', codeCache: cache }).html.length;
    },
    () => {
      total += renderBody(after, item, { locale: 'en' }).html.length;
    },
    15,
    3,
  );
  return (
    report('preview re-render of an article after a one-character edit (its code blocks unchanged)', 'with the coloured-code cache', 'without', r, 'none: below 1 is what the cache saves') +
    (total ? '' : '\n  (no output?)')
  );
}

if (require.main === module) console.log(benchExport().join('\n'));
