// WeChat makes only links to Official Account articles clickable (unless the account has WeChat
// Pay); any other link looks like one but cannot be opened. The "Read more" link can go anywhere.
import { getField } from '../../format/queries';
import type { Finding, RuleDefinition } from '../rule';
import { addItemFieldEdit } from '../edits';
import type { TextEdit } from '../types';
import { articleLinks } from '../support/article-links';
import { displayUrl } from '../support/display-url';

const MP_ARTICLE = /^https?:\/\/mp\.weixin\.qq\.com(?:[/?#]|$)/i;
const WEB = /^(?:https?:|\/\/|www\.)/i;

/** Anything but an Official Account article or an in-page anchor (anchor-link's job): web pages, mail, phone, relative paths. */
export function isExternalLink(href: string): boolean {
  const h = href.trim();
  return h !== '' && !h.startsWith('#') && !MP_ARTICLE.test(h);
}

export function hostOf(href: string): string {
  const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href) ?? /^(www\.[^/?#:]+)/i.exec(href);
  return m ? m[1] : href;
}

export const externalLink: RuleDefinition = {
  id: 'external-link',
  tags: ['share', 'article', 'html'],
  defaultSeverity: 'warning',
  perItem: ['article'],
  check(ctx) {
    const { doc, t } = ctx;
    const out: Finding[] = [];
    for (const link of articleLinks(ctx)) {
      if (!isExternalLink(link.href)) continue;
      // Only a web address can become the "Read more" link.
      let fixes;
      if (WEB.test(link.href.trim())) {
        const source = getField(link.item.fields, 'source');
        const url = link.href.startsWith('//') ? `https:${link.href}` : /^www\./i.test(link.href) ? `http://${link.href}` : link.href;
        const edits: TextEdit[] = [source ? { span: source.valueSpan, newText: url } : addItemFieldEdit(doc, link.item, `source: ${url}`)];
        if (link.markup) edits.push({ span: link.markup.span, newText: link.markup.text });
        fixes = [{ title: t('fix.to-source'), edits }];
      }
      const shown = displayUrl(link.href);
      out.push({ span: link.span, data: { host: hostOf(shown), url: shown }, fixes });
    }
    return out;
  },
};
