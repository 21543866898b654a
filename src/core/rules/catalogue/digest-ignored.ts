import { articles, getField } from '../../format/queries';
import type { Finding, RuleDefinition } from '../rule';

export const digestIgnored: RuleDefinition = {
  id: 'digest-ignored',
  tags: ['share', 'article'],
  defaultSeverity: 'info',
  check({ doc }) {
    const list = articles(doc);
    if (list.length < 2) return [];
    const out: Finding[] = [];
    for (const item of list) {
      const f = getField(item.fields, 'digest');
      if (f && f.value !== null && String(f.value).trim()) out.push({ span: f.span });
    }
    return out;
  },
};
