// Platform rules §3.6: style sheets and class-based styling are not kept; only inline styles are.
import type { Finding, RuleDefinition } from '../rule';
import { htmlTags, tagAttributes } from '../support/html-scan';

export const stylesheet: RuleDefinition = {
  id: 'stylesheet',
  tags: ['html', 'article'],
  defaultSeverity: 'warning',
  perItem: ['article'],
  check(ctx) {
    const out: Finding[] = [];
    for (const tag of htmlTags(ctx)) {
      if (tag.name === 'style') out.push({ span: tag.span, key: 'style' });
      else if (tag.name === 'link') out.push({ span: tag.span, key: 'link' });
      for (const attr of tagAttributes(tag)) if (attr.name === 'class') out.push({ span: attr.span, key: 'class' });
    }
    return out;
  },
};
