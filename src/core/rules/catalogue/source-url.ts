import { getField } from '../../format/queries';
import type { Finding, RuleDefinition } from '../rule';
import { utf8Bytes } from '../analysis/text';

export const MAX_SOURCE_BYTES = 1024;

/**
 * An http(s) URL without whitespace whose host is not empty and, when a path, query or fragment
 * follows, has a dot after its first character. Read in one pass: a regex that backtracks over
 * every dot of the host took seconds on a long line of dots.
 */
export function isWebUrl(url: string): boolean {
  const scheme = /^https?:\/\//i.exec(url);
  if (!scheme || /\s/.test(url)) return false;
  const rest = url.slice(scheme[0].length);
  const hostEnd = rest.search(/[/?#]/);
  const host = hostEnd === -1 ? rest : rest.slice(0, hostEnd);
  return host.length > 0 && (hostEnd === -1 || host.indexOf('.', 1) !== -1);
}

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
      if (!isWebUrl(url) || typeof f.value !== 'string') out.push({ span: f.valueSpan, key: 'scheme' });
      else if (utf8Bytes(url) > MAX_SOURCE_BYTES) out.push({ span: f.valueSpan, key: 'size', data: { bytes: utf8Bytes(url) } });
    }
    return out;
  },
};
