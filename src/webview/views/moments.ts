// Moments: what can travel. Each article as a follower's post with its link card (thumbnail and
// title only); every other item as a struck-out placeholder. Then the card a forwarded article
// shows in a chat (title, digest or auto digest, thumbnail).
import type { MomentsPost, ShareCard } from '../../core/surfaces';
import { h } from '../dom';
import { badge, itemAttrs, picture, screen, type ViewContext } from './common';

function post(ctx: ViewContext, p: MomentsPost): HTMLElement {
  if (p.kind === 'blocked') {
    return h(
      'div',
      { class: 'wxp-moment is-blocked', 'data-kind': p.itemKind, ...itemAttrs(ctx, p.itemIndex) },
      h('span', { class: 'wxp-avatar wxp-skeleton wxp-moment-avatar' }),
      h(
        'div',
        { class: 'wxp-moment-main' },
        h('div', { class: 'wxp-moment-blocked-label clamp-1' }, h('s', null, p.label)),
        h('div', { class: 'wxp-moment-blocked-reason' }, h('strong', null, ctx.labels.cannotShare, ' · '), p.reason),
      ),
      badge(ctx, p.itemIndex),
    );
  }
  return h(
    'div',
    { class: 'wxp-moment', 'data-kind': 'article', ...itemAttrs(ctx, p.itemIndex) },
    h('span', { class: 'wxp-avatar wxp-skeleton wxp-moment-avatar' }),
    h(
      'div',
      { class: 'wxp-moment-main' },
      h('div', { class: 'wxp-moment-name' }, ctx.labels.follower),
      h('div', { class: 'wxp-link-card' }, picture(ctx, p.thumb, 'square', 'wxp-link-thumb'), h('span', { class: 'wxp-link-title clamp-2' }, p.title)),
      h('div', { class: 'wxp-moment-time' }, ctx.model.time || ctx.labels.now),
    ),
    badge(ctx, p.itemIndex),
  );
}

function shareCard(ctx: ViewContext, c: ShareCard): HTMLElement {
  return h(
    'div',
    { class: 'wxp-msg wxp-msg-mine' },
    h(
      'div',
      { class: 'wxp-share-card', 'data-kind': 'share', 'data-digest-source': c.descriptionSource, ...itemAttrs(ctx, c.itemIndex) },
      h('div', { class: 'wxp-share-title clamp-2' }, c.title),
      h(
        'div',
        { class: 'wxp-share-body' },
        h('span', { class: 'wxp-share-desc clamp-3', title: c.descriptionSource === 'auto' ? ctx.labels.autoDigest : undefined }, c.description),
        picture(ctx, c.thumb, 'square', 'wxp-share-thumb'),
      ),
      h('div', { class: 'wxp-share-foot' }, h('span', { class: 'wxp-share-foot-icon', 'aria-hidden': 'true' }), c.account),
      badge(ctx, c.itemIndex),
    ),
    h('span', { class: 'wxp-avatar wxp-skeleton wxp-msg-avatar' }),
  );
}

export function momentsSurface(ctx: ViewContext): HTMLElement[] {
  const { model, labels, cache } = ctx;
  const posts = model.moments.posts.map((p) => cache.get(`moment-${p.itemIndex}`, [p, model.items[p.itemIndex]?.counts, model.time, model.locale], () => post(ctx, p)));
  const feed = screen(labels.moments, [h('div', { class: 'wxp-moments-cover' }), ...posts, posts.length ? null : h('div', { class: 'wxp-empty' }, labels.noItems)], {
    cls: 'wxp-moments',
    back: true,
    label: labels.moments,
  });
  const cards = model.moments.shareCards.map((c) => cache.get(`share-${c.itemIndex}`, [c, model.items[c.itemIndex]?.counts, model.locale], () => shareCard(ctx, c)));
  const chat = screen(labels.shareCardTitle, [...cards, cards.length ? null : h('div', { class: 'wxp-empty' }, labels.noArticles)], { cls: 'wxp-conversation wxp-share-chat', back: true, more: true, label: labels.shareCardTitle });
  return [feed, chat];
}
