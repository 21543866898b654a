import type { Item, ItemKind } from '../../format/model';
import type { Finding, RuleDefinition } from '../rule';

export const articleOrder: RuleDefinition = {
  id: 'article-order',
  tags: ['delivery', 'article'],
  defaultSeverity: 'warning',
  check({ doc, t }) {
    const out: Finding[] = [];
    let first: Item | undefined;
    let between: ItemKind | undefined;
    for (const item of doc.items) {
      if (item.kind === 'article') {
        if (first && between) out.push({ span: item.directiveSpan, data: { kind: between }, related: [{ span: first.directiveSpan, message: t('article-order.related') }] });
        first ??= item;
        between = undefined;
      } else if (first) between ??= item.kind;
    }
    return out;
  },
};
