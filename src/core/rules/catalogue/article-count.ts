import type { Finding, RuleDefinition } from '../rule';

export const MAX_ARTICLES = 8;

export const articleCount: RuleDefinition = {
  id: 'article-count',
  tags: ['delivery', 'article'],
  defaultSeverity: 'error',
  check({ doc }) {
    const out: Finding[] = [];
    let n = 0;
    for (const item of doc.items) if (item.kind === 'article' && ++n > MAX_ARTICLES) out.push({ span: item.directiveSpan, data: { n } });
    return out;
  },
};
