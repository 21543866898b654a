// Platform rules §3.12: WeChat renders two levels of lists; deeper ones are flattened.
import type { Finding, RuleDefinition } from '../rule';

export const listDepth: RuleDefinition = {
  id: 'list-depth',
  tags: ['html', 'article'],
  defaultSeverity: 'info',
  perItem: ['article'],
  check({ doc, analysis }) {
    const out: Finding[] = [];
    for (const item of doc.items) {
      if (item.kind !== 'article') continue;
      for (const d of analysis.article(item).deepLists) out.push({ span: d.span, data: { depth: d.depth } });
    }
    return out;
  },
};
