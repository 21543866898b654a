// Text before the first item is never sent. HTML comments there are notes to the author, not
// content, so only what remains without them is reported.
import type { Finding, RuleDefinition } from '../rule';

export const contentOutsideItem: RuleDefinition = {
  id: 'content-outside-item',
  tags: ['delivery'],
  defaultSeverity: 'warning',
  check({ doc }) {
    const out: Finding[] = [];
    for (const c of doc.looseContent) {
      const visible = c.text.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/\S/g, ' '));
      const first = visible.search(/\S/);
      if (first === -1) continue;
      const last = visible.length - visible.trimEnd().length;
      out.push({ span: { start: c.span.start + first, end: c.span.end - last } });
    }
    return out;
  },
};
