// Platform rules §2.5: the article content must be < 20,000 characters and < 1 MB. Judged on the
// body as markdown-it renders it (the HTML an export starts from; inlined styles only add to it).
import type { Finding, RuleDefinition } from '../rule';
import { formatBytes, MB, utf8Bytes } from '../analysis/text';

export const MAX_CONTENT_CHARS = 20000;

export const contentSize: RuleDefinition = {
  id: 'content-size',
  tags: ['article'],
  defaultSeverity: 'error',
  check({ doc, analysis }) {
    const out: Finding[] = [];
    for (const item of doc.items) {
      if (item.kind !== 'article' || !item.body) continue;
      // The body's source length bounds the work: a short body cannot render past the limit.
      if (item.body.text.length * 8 < MAX_CONTENT_CHARS) continue;
      const html = analysis.html(item);
      const chars = html.length;
      if (chars < MAX_CONTENT_CHARS && chars * 3 < MB) continue;
      const bytes = utf8Bytes(html);
      if (chars >= MAX_CONTENT_CHARS || bytes >= MB) out.push({ span: item.headerSpan, data: { chars: chars.toLocaleString('en-US'), bytes: formatBytes(bytes) } });
    }
    return out;
  },
};
