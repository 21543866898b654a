// Platform rules §3.1/§3.7: WeChat removes JavaScript from article content — script elements,
// event-handler attributes and `javascript:` URLs. A URL is judged by the scheme a browser would
// see (character references decoded, ignored whitespace and controls removed), as the export's
// sanitizer judges it: `&#106;avascript:` and `jav&#x09;ascript:` are `javascript:` too.
import { urlScheme } from '../../render/urls';
import type { Finding, RuleDefinition } from '../rule';
import { htmlTags, tagAttributes } from '../support/html-scan';

export const script: RuleDefinition = {
  id: 'script',
  tags: ['html', 'article'],
  defaultSeverity: 'error',
  perItem: ['article'],
  check(ctx) {
    const out: Finding[] = [];
    for (const tag of htmlTags(ctx)) {
      if (tag.name === 'script') out.push({ span: tag.span, key: 'tag' });
      for (const attr of tagAttributes(tag)) {
        if (/^on[a-z]+$/.test(attr.name)) out.push({ span: attr.span, key: 'handler', data: { name: attr.name } });
        else if (urlScheme(attr.value.trim()) === 'javascript') out.push({ span: attr.span, key: 'url' });
      }
    }
    return out;
  },
};
