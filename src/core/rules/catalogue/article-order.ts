import type { ItemKind } from '../../format/model';
import type { Finding, RuleDefinition } from '../rule';

export const articleOrder: RuleDefinition = {
  id: 'article-order',
  tags: ['delivery', 'article'],
  defaultSeverity: 'warning',
  check({ doc }) {
    const out: Finding[] = [];
    let sawArticle = false;
    let between: ItemKind | undefined;
    for (const item of doc.items) {
      if (item.kind === 'article') {
        if (sawArticle && between) out.push({ span: item.directiveSpan, data: { kind: between } });
        sawArticle = true;
        between = undefined;
      } else if (sawArticle) between ??= item.kind;
    }
    return out;
  },
};
