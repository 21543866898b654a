import type { Finding, RuleDefinition } from '../rule';
import { articleLinks } from '../support/article-links';
import { displayUrl } from '../support/display-url';

export const anchorLink: RuleDefinition = {
  id: 'anchor-link',
  tags: ['share', 'article', 'html'],
  defaultSeverity: 'warning',
  perItem: ['article'],
  check(ctx) {
    const out: Finding[] = [];
    for (const link of articleLinks(ctx)) {
      if (!link.href.startsWith('#')) continue;
      out.push({
        span: link.span,
        data: { href: displayUrl(link.href) },
        fixes: link.markup ? [{ title: ctx.t('fix.unlink'), edits: [{ span: link.markup.span, newText: link.markup.text }], safe: true }] : undefined,
      });
    }
    return out;
  },
};
