// The article page as a reader opens it: title, meta line (original mark, author, account in the
// link colour, date), the body in WeChat's typography, "Read more", the comment setting.
import type { ArticlePage } from '../../core/surfaces';
import { h } from '../dom';
import { sanitizeInto } from '../sanitize';
import { badge, type ViewContext } from './common';

function page(ctx: ViewContext, a: ArticlePage): HTMLElement {
  const { labels } = ctx;
  const body = h('div', { class: 'wxp-rich', id: `article-body-${a.itemIndex}` });
  if (a.html) sanitizeInto(body, a.html);
  const comments = a.comments === 'off' ? labels.commentsOff : a.comments === 'followers' ? labels.commentsFollowers : labels.commentsAll;
  const ref = ctx.model.items[a.itemIndex];
  return h(
    'article',
    { class: 'wxp-page', 'data-item': a.itemIndex, 'data-line': ref?.line, 'data-page': a.itemIndex },
    h('h1', { class: 'wxp-page-title', 'data-item-title': a.itemIndex, role: 'button', tabindex: 0 }, a.title, badge(ctx, a.itemIndex)),
    h(
      'div',
      { class: 'wxp-page-meta' },
      a.original ? h('span', { class: 'wxp-original' }, labels.original) : null,
      a.author ? h('span', { class: 'wxp-page-author' }, a.author) : null,
      h('span', { class: 'wxp-page-account' }, a.account),
      a.date ? h('span', { class: 'wxp-page-date' }, a.date) : null,
    ),
    body,
    a.source ? h('a', { class: 'wxp-read-more', 'data-source': a.source, href: '#', title: a.source }, labels.readMore) : null,
    h(
      'div',
      { class: 'wxp-page-foot' },
      h('button', { class: 'wxp-copy', type: 'button', 'data-copy': a.itemIndex }, labels.copyForWeChat),
    ),
    h(
      'div',
      { class: `wxp-comments is-${a.comments}`, 'data-comments': a.comments },
      a.comments === 'off' ? null : h('div', { class: 'wxp-comment-box' }, labels.writeComment),
      h('div', { class: 'wxp-comment-note' }, labels.comments, ' · ', comments),
    ),
  );
}

export function articleSurface(ctx: ViewContext): HTMLElement[] {
  const { model, labels, cache } = ctx;
  if (!model.articles.length) return [h('div', { class: 'wxp-page-wrap' }, h('div', { class: 'wxp-empty' }, labels.noArticles))];
  const tabs =
    model.articles.length > 1
      ? h('nav', { class: 'wxp-page-tabs' }, ...model.articles.map((a, i) => h('a', { href: '#', 'data-jump': a.itemIndex, class: 'clamp-1' }, `${i + 1}. ${a.title}`)))
      : null;
  const pages = model.articles.map((a) => cache.get(`page-${a.itemIndex}`, [a, model.items[a.itemIndex]?.counts, model.items[a.itemIndex]?.line, model.locale], () => page(ctx, a)));
  return [h('div', { class: 'wxp-page-wrap' }, tabs, ...pages)];
}
