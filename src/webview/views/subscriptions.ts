// The Subscription folder: how a subscription account delivers. One quiet "Subscriptions" row in
// the chat list; inside, the accounts by latest update and a feed of cards.
import type { FeedAccount, FeedCard } from '../../core/surfaces';
import { h } from '../dom';
import { chatRow, countsOf, otherRows } from './chats';
import { articleCard } from './chats';
import { avatar, badge, clockDuration, formatDuration, itemAttrs, picture, screen, textWithEmoji, type ViewContext } from './common';

function accountChip(acc: FeedAccount): HTMLElement {
  return h(
    'span',
    { class: `wxp-feed-account${acc.ours ? ' is-ours' : ' is-other'}` },
    h(
      'span',
      { class: 'wxp-chat-avatar' },
      acc.ours ? avatar(acc.avatar, acc.initial) : h('span', { class: 'wxp-avatar wxp-skeleton' }),
      acc.unread ? h('span', { class: 'wxp-unread', 'data-unread': acc.unread }, acc.unread) : null,
    ),
    h('span', { class: 'wxp-feed-account-name clamp-1' }, acc.ours ? acc.name : acc.name),
  );
}

function feedCard(ctx: ViewContext, card: FeedCard): HTMLElement {
  const acc = ctx.model.account;
  const head = h(
    'div',
    { class: 'wxp-feed-head' },
    avatar(acc.avatar, acc.initial, 'wxp-avatar wxp-avatar-small'),
    h('span', { class: 'wxp-feed-name' }, acc.name),
    h('span', { class: 'wxp-feed-time' }, ctx.model.subscriptions.time),
  );
  let body: HTMLElement;
  switch (card.kind) {
    case 'articles':
      body = articleCard(ctx, card.headline, card.rows, { more: card.more, moreIndexes: card.moreIndexes });
      break;
    case 'text':
      body = h('div', { class: 'wxp-feed-text clamp-4', 'data-kind': 'text', ...itemAttrs(ctx, card.itemIndex) }, textWithEmoji(card.segments), badge(ctx, card.itemIndex));
      break;
    case 'image':
      body = h('div', { class: 'wxp-feed-image', 'data-kind': 'image', ...itemAttrs(ctx, card.itemIndex) }, picture(ctx, card.media, 'wide', '', ctx.labels.noFile), badge(ctx, card.itemIndex));
      break;
    case 'voice':
      body = h(
        'div',
        { class: 'wxp-feed-voice', 'data-kind': 'voice', ...itemAttrs(ctx, card.itemIndex) },
        h('span', { class: 'wxp-voice-icon', 'aria-hidden': 'true' }),
        h('span', { class: 'wxp-feed-voice-title clamp-1' }, card.title ?? ctx.labels.voice),
        h('span', { class: 'wxp-voice-len', 'data-duration-src': card.media?.missing ? undefined : card.media?.src, 'data-duration-format': 'voice' }, card.media?.missing ? ctx.labels.missingMedia : formatDuration(card.media?.durationSeconds)),
        badge(ctx, card.itemIndex),
      );
      break;
    case 'video':
      body = h(
        'div',
        { class: 'wxp-feed-video', 'data-kind': 'video', ...itemAttrs(ctx, card.itemIndex) },
        picture(ctx, card.cover ?? (card.media?.missing ? card.media : undefined), 'wide'),
        h('span', { class: 'wxp-play', 'aria-hidden': 'true' }),
        card.title ? h('span', { class: 'wxp-headline-title' }, h('span', { class: 'clamp-2' }, card.title)) : null,
        h('span', { class: 'wxp-video-len', 'data-duration-src': card.media?.missing ? undefined : card.media?.src, 'data-duration-format': 'clock' }, card.media?.missing ? ctx.labels.missingMedia : clockDuration(card.media?.durationSeconds)),
        badge(ctx, card.itemIndex),
      );
      break;
  }
  return h('div', { class: 'wxp-feed-card', 'data-card': card.kind }, head, body);
}

export function subscriptionsSurface(ctx: ViewContext): HTMLElement[] {
  const { model, labels, cache } = ctx;
  const s = model.subscriptions;
  const list = screen(
    'WeChat',
    [h('div', { class: 'wxp-search' }, labels.search), cache.get('subs-row', s.row, () => chatRow(ctx, s.row, { subscriptionsIcon: true, target: 'folder' })), ...otherRows(3)],
    { cls: 'wxp-chatlist', label: labels.chatList },
  );
  const folder = screen(
    labels.subscriptions,
    [
      h('div', { class: 'wxp-feed-accounts' }, ...s.accounts.map(accountChip)),
      ...s.cards.map((c, i) => cache.get(`feed-${i}`, [c, countsOf(ctx, c as never), model.account, model.locale], () => feedCard(ctx, c))),
      s.cards.length ? null : h('div', { class: 'wxp-empty' }, labels.noItems),
    ],
    { cls: 'wxp-folder', back: true, more: true, label: labels.subscriptions },
  );
  folder.id = 'folder';
  return [list, folder];
}
