import type { Finding, RuleDefinition } from '../rule';

export const anchorLink: RuleDefinition = {
  id: 'anchor-link',
  tags: ['share', 'article', 'html'],
  defaultSeverity: 'warning',
  check({ doc, analysis, t }) {
    const out: Finding[] = [];
    for (const item of doc.items) {
      if (item.kind !== 'article') continue;
      for (const link of analysis.article(item).links) {
        if (!link.href.startsWith('#')) continue;
        out.push({
          span: link.span,
          data: { href: link.href },
          fixes: link.markup ? [{ title: t('fix.unlink'), edits: [{ span: link.markup.span, newText: link.markup.text }], safe: true }] : undefined,
        });
      }
    }
    return out;
  },
};
