import { getField } from '../../format/queries';
import type { Finding, RuleDefinition } from '../rule';
import { utf8Bytes } from '../analysis/text';

export const MAX_SOURCE_BYTES = 1024;

export const sourceUrl: RuleDefinition = {
  id: 'source-url',
  tags: ['article', 'share'],
  defaultSeverity: 'warning',
  check({ doc }) {
    const out: Finding[] = [];
    for (const item of doc.items) {
      if (item.kind !== 'article') continue;
      const f = getField(item.fields, 'source');
      if (!f || f.value === null || f.raw === '') continue;
      const url = String(f.value).trim();
      if (!/^https?:\/\/[^\s/?#]+\.[^\s]*$|^https?:\/\/[^\s/?#]+$/i.test(url) || typeof f.value !== 'string') out.push({ span: f.valueSpan, key: 'scheme' });
      else if (utf8Bytes(url) > MAX_SOURCE_BYTES) out.push({ span: f.valueSpan, key: 'size', data: { bytes: utf8Bytes(url) } });
    }
    return out;
  },
};
