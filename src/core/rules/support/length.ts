// Shared by title-length, author-length and digest-length: two thresholds from platform rules §8
// (the documented API limit and the stricter editor limit).
import type { Item, Span } from '../../format/model';
import type { Finding, RuleDefinition } from '../rule';
import { charCount } from '../analysis/text';

export function lengthRule(id: string, warnAbove: number, errorAbove: number, pick: (item: Item) => { text: string; span: Span } | undefined): RuleDefinition {
  return {
    id,
    tags: ['article'],
    defaultSeverity: 'warning',
    check({ doc }) {
      const out: Finding[] = [];
      for (const item of doc.items) {
        if (item.kind !== 'article') continue;
        const v = pick(item);
        if (!v) continue;
        const n = charCount(v.text.trim());
        if (n > errorAbove) out.push({ span: v.span, key: 'error', severity: 'error', data: { n } });
        else if (n > warnAbove) out.push({ span: v.span, key: 'warning', severity: 'warning', data: { n } });
      }
      return out;
    },
  };
}
