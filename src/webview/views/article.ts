// The article page as a reader opens it, inside the same phone as the other surfaces (375 CSS
// px, where nearly all of it is read) or in the desktop reader's 677 px column: WeChat's navigation
// bar, the title, the meta line (原创 mark, author, account in the link colour, date), the body in
// WeChat's typography, 阅读原文, the comments as the `comments` setting leaves them, and the bar at
// the bottom. Copy for WeChat sits above the frame: it is the preview's, not WeChat's.
import type { ArticlePage } from '../../core/surfaces';
import { positionsOf, withoutPositions } from '../../core/surfaces/updates';
import { clear, h } from '../dom';
import { icon } from '../icons';
import { sanitizeInto } from '../sanitize';
import { optionSwitch } from '../viewOptions';
import { avatar, badge, type ViewContext } from './common';

function comments(ctx: ViewContext, a: ArticlePage): HTMLElement {
  const { labels } = ctx;
  // Closed comments leave no trace on WeChat's page; the preview says so in a muted note.
  if (a.comments === 'off') return h('div', { class: 'wxp-comments is-off', 'data-comments': 'off' }, h('div', { class: 'wxp-comment-note' }, labels.commentsOff));
  return h(
    'div',
    { class: `wxp-comments is-${a.comments}`, 'data-comments': a.comments },
    h('div', { class: 'wxp-comments-head' }, h('span', { class: 'wxp-comments-title' }, labels.comments), h('span', { class: 'wxp-comment-write' }, icon('comment'), labels.writeComment)),
    h('div', { class: 'wxp-comment-note' }, a.comments === 'followers' ? labels.commentsFollowers : labels.commentsAll),
  );
}

function bottomBar(ctx: ViewContext, a: ArticlePage): HTMLElement {
  const { labels } = ctx;
  const acc = ctx.model.account;
  // WeChat draws the actions as icons only; their names are the tooltips.
  const action = (name: 'share' | 'like' | 'wow' | 'comment', text: string) => h('span', { class: 'wxp-bar-action', 'data-bar': name, title: text }, icon(name));
  return h(
    'div',
    { class: 'wxp-page-bar' },
    h('span', { class: 'wxp-bar-account' }, avatar(acc.avatar, acc.initial, 'wxp-avatar wxp-bar-avatar'), h('span', { class: 'wxp-bar-name clamp-1' }, a.account)),
    action('share', labels.share),
    action('like', labels.like),
    action('wow', labels.recommend),
    a.comments === 'off' ? null : action('comment', labels.comments),
  );
}

function page(ctx: ViewContext, a: ArticlePage, n: number): HTMLElement {
  const { labels } = ctx;
  const body = h('div', { class: 'wxp-rich', id: `article-body-${a.itemIndex}` });
  fillBody(body, a.html);
  const ref = ctx.model.items[a.itemIndex];
  const article = h(
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
    comments(ctx, a),
  );
  const screen = h(
    'section',
    { class: 'wxp-screen wxp-article-screen', 'aria-label': labels.article },
    h('div', { class: 'wxp-statusbar' }, h('span', null, '9:41'), h('span', { class: 'wxp-statusbar-icons' }, '▂▄▆ ▭')),
    h('div', { class: 'wxp-navbar' }, h('span', { class: 'wxp-nav-left wxp-nav-close' }, '✕'), h('span', { class: 'wxp-nav-title' }), h('span', { class: 'wxp-nav-right' }, '···')),
    h('div', { class: 'wxp-screen-body' }, article),
    bottomBar(ctx, a),
  );
  return h(
    'div',
    { class: 'wxp-page-frame', 'data-frame': a.itemIndex },
    h(
      'div',
      { class: 'wxp-page-tools' },
      h('span', { class: 'wxp-page-index clamp-1' }, ctx.model.articles.length > 1 ? `${n}/${ctx.model.articles.length} · ${a.title}` : a.title),
      h('button', { class: 'wxp-copy', type: 'button', 'data-copy': a.itemIndex }, labels.copyForWeChat),
    ),
    screen,
  );
}

/** The body HTML each page element shows, positions included. */
const shown = new WeakMap<HTMLElement, string>();

/**
 * Gives a page the source positions of `a` (its directive line, and the `data-line` and `data-span`
 * of its body, in order): the page was built from the same HTML but for the positions.
 */
function place(el: HTMLElement, a: ArticlePage, line: number | undefined) {
  const article = el.querySelector<HTMLElement>('.wxp-page');
  if (article) {
    if (line === undefined) article.removeAttribute('data-line');
    else article.setAttribute('data-line', String(line));
  }
  const before = shown.get(el);
  shown.set(el, a.html);
  if (before === undefined || before === a.html) return;
  const body = el.querySelector<HTMLElement>('.wxp-rich');
  if (!body) return;
  const positions = positionsOf(a.html);
  const targets = Array.from(body.querySelectorAll<HTMLElement>('[data-line], [data-span]'));
  let k = 0;
  const moved: [HTMLElement, string, string][] = [];
  for (const t of targets) {
    for (const attr of ['data-line', 'data-span'] as const) {
      if (!t.hasAttribute(attr)) continue;
      const p = positions[k++];
      const value = attr === 'data-line' ? p?.line : p?.span;
      if (value === undefined) return fillBody(body, a.html);
      moved.push([t, attr, value]);
    }
  }
  if (k !== positions.length) return fillBody(body, a.html);
  for (const [t, attr, value] of moved) t.setAttribute(attr, value);
}

/** The body's content from `html`, cleaned (on a kept page, whatever it held is replaced). */
function fillBody(body: HTMLElement, html: string) {
  clear(body);
  if (html) sanitizeInto(body, html);
}

export function articleSurface(ctx: ViewContext): HTMLElement[] {
  const { model, labels, cache } = ctx;
  const widths = optionSwitch('articleWidth', ctx.options.articleWidth, [['phone', labels.widthPhone], ['desktop', labels.widthDesktop]], labels.article);
  if (!model.articles.length) return [h('div', { class: 'wxp-page-wrap' }, widths, h('div', { class: 'wxp-empty' }, labels.noArticles))];
  const tabs =
    model.articles.length > 1
      ? h('nav', { class: 'wxp-page-tabs' }, ...model.articles.map((a, i) => h('a', { href: '#', 'data-jump': a.itemIndex, class: 'clamp-1' }, `${i + 1}. ${a.title}`)))
      : null;
  const pages = model.articles.map((a, i) => {
    // Keyed without the source positions: typing above an article moves its lines and offsets,
    // and its page is kept with them moved rather than built again (see place).
    const el = cache.get(`page-${a.itemIndex}`, [{ ...a, html: withoutPositions(a.html), bodyLine: undefined }, model.items[a.itemIndex]?.counts, model.locale, model.account, model.articles.length, i], () => page(ctx, a, i + 1));
    place(el, a, model.items[a.itemIndex]?.line);
    return el;
  });
  return [h('div', { class: 'wxp-page-wrap' }, h('div', { class: 'wxp-surface-head' }, widths, tabs), ...pages)];
}
