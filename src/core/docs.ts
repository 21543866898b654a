// Where the documentation pages live online, in the reader's language: docs/PAGE.md, or its
// Chinese version docs/zh-cn/PAGE.md. One place, so every link the editor opens agrees.
// (Rule pages have their own layout, docs/rules/[zh-cn/]ID.md: see rules/docs.ts.)
export const DOCS_ROOT = 'https://github.com/wxpush/wxpush/blob/main/docs/';

export const DOCS_PAGES = ['format', 'publish', 'editor-publishing', 'relay'] as const;
export type DocsPage = (typeof DOCS_PAGES)[number];

export function docsPageUrl(page: DocsPage, locale: 'en' | 'zh-cn' = 'en'): string {
  return `${DOCS_ROOT}${locale === 'zh-cn' ? 'zh-cn/' : ''}${page}.md`;
}
