// Where each rule's documentation lives. Built in one place so the editor, the CLI and the docs
// pages agree.
export const DOCS_BASE = 'https://github.com/wxpush/wxpush/blob/main/docs/rules/';

export function ruleDocsUrl(id: string, locale: 'en' | 'zh-cn' = 'en'): string {
  return `${DOCS_BASE}${locale === 'zh-cn' ? 'zh-cn/' : ''}${id}.md`;
}
