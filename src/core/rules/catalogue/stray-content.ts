import type { Finding, RuleDefinition } from '../rule';
import { eol } from '../analysis/text';

export const strayContent: RuleDefinition = {
  id: 'stray-content',
  tags: ['delivery'],
  defaultSeverity: 'warning',
  check({ doc, t }) {
    const out: Finding[] = [];
    for (const item of doc.items) {
      if ((item.kind === 'image' || item.kind === 'audio' || item.kind === 'video') && item.body) {
        const at = item.body.span.start;
        out.push({
          span: item.body.span,
          data: { kind: item.kind },
          // A `@text` line above the stray lines turns them into a message of their own.
          fixes: [{ title: t('fix.to-text'), edits: [{ span: { start: at, end: at }, newText: `@text${eol(doc)}` }] }],
        });
      }
    }
    return out;
  },
};
