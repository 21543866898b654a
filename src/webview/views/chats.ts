// Chats: how a service account delivers. The chat list (with a notification banner and the
// account's row on top), then the conversation with every item as a message.
import type { ArticleCardEntry, ChatMessage, ChatRow, PreviewModel } from '../../core/surfaces';
import { fill } from '../../core/surfaces/labels';
import { h } from '../dom';
import { optionSwitch } from '../viewOptions';
import { avatar, badge, clockDuration, formatDuration, itemAttrs, picture, screen, textWithEmoji, type ViewContext } from './common';
import { serviceBoxScreens } from './serviceBox';

export function chatRow(ctx: ViewContext, row: ChatRow, opts: { subscriptionsIcon?: boolean; serviceBoxIcon?: boolean; target?: string } = {}): HTMLElement {
  const pic = opts.subscriptionsIcon
    ? h('span', { class: 'wxp-avatar wxp-avatar-subs', 'aria-hidden': 'true' }, h('span', { class: 'wxp-subs-glyph' }))
    : opts.serviceBoxIcon
      ? h('span', { class: 'wxp-avatar wxp-avatar-box', 'aria-hidden': 'true' }, h('span', { class: 'wxp-box-glyph' }))
      : avatar(row.avatar, row.initial);
  return h(
    'div',
    { class: 'wxp-chat-row is-ours', 'data-target': opts.target, role: 'button', tabindex: 0 },
    h(
      'span',
      { class: 'wxp-chat-avatar' },
      pic,
      // A muted chat shows a dot, and its count moves into the preview line as WeChat does.
      row.unread && !row.muted ? h('span', { class: 'wxp-unread', 'data-unread': row.unread }, row.unread > 99 ? '99+' : row.unread) : null,
      row.dot || (row.unread && row.muted) ? h('span', { class: 'wxp-dot', 'data-dot': '', 'data-unread': row.unread }) : null,
    ),
    h(
      'span',
      { class: 'wxp-chat-main' },
      h('span', { class: 'wxp-chat-top' }, h('span', { class: 'wxp-chat-name' }, row.name), h('span', { class: 'wxp-chat-time' }, row.time)),
      h(
        'span',
        { class: 'wxp-chat-bottom' },
        h('span', { class: 'wxp-chat-preview clamp-1' }, row.muted && row.unread ? `${fill(ctx.labels.nMessages, { n: row.unread })} ` : '', row.preview),
        row.muted ? h('span', { class: 'wxp-chat-muted', title: ctx.labels.mutedChat, 'data-muted': '' }) : null,
      ),
    ),
  );
}

/** Grey rows below ours, so the list reads as a chat list without inventing other people. */
export function otherRows(n: number): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(
      h(
        'div',
        { class: 'wxp-chat-row is-other', 'aria-hidden': 'true' },
        h('span', { class: 'wxp-chat-avatar' }, h('span', { class: 'wxp-avatar wxp-skeleton' })),
        h('span', { class: 'wxp-chat-main' }, h('span', { class: 'wxp-skel-line w40' }), h('span', { class: 'wxp-skel-line w70' })),
      ),
    );
  }
  return rows;
}

export function banner(ctx: ViewContext, model: PreviewModel): HTMLElement {
  const b = model.chats.banner;
  return h(
    'div',
    { class: 'wxp-banner', 'data-surface-part': 'banner' },
    h('div', { class: 'wxp-banner-head' }, h('span', { class: 'wxp-banner-app' }, 'WeChat'), h('span', { class: 'wxp-banner-time' }, ctx.labels.now)),
    h('div', { class: 'wxp-banner-title' }, b.title),
    h('div', { class: 'wxp-banner-body clamp-2' }, b.body),
  );
}

export function articleCard(ctx: ViewContext, headline: ArticleCardEntry, rows: ArticleCardEntry[], opts: { digest?: string; more?: number; moreIndexes?: number[] } = {}): HTMLElement {
  return h(
    'div',
    { class: 'wxp-article-card', 'data-kind': 'articles' },
    h(
      'div',
      { class: 'wxp-headline', ...itemAttrs(ctx, headline.itemIndex) },
      picture(ctx, headline.cover, 'wide'),
      h('span', { class: 'wxp-headline-title' }, h('span', { class: 'clamp-2' }, headline.title)),
      badge(ctx, headline.itemIndex),
    ),
    opts.digest ? h('div', { class: 'wxp-card-digest clamp-3' }, opts.digest) : null,
    ...rows.map((r) =>
      h(
        'div',
        { class: 'wxp-card-row', ...itemAttrs(ctx, r.itemIndex) },
        h('span', { class: 'wxp-card-row-title clamp-2' }, r.title),
        picture(ctx, r.cover, 'square', 'wxp-thumb'),
        badge(ctx, r.itemIndex),
      ),
    ),
    opts.more
      ? h(
          'div',
          { class: 'wxp-card-more', 'data-more': opts.more, ...(opts.moreIndexes?.length ? itemAttrs(ctx, opts.moreIndexes[0]) : {}) },
          ctx.labels.nMore.replace('{n}', String(opts.more)),
          ...(opts.moreIndexes ?? []).map((i) => badge(ctx, i)),
        )
      : null,
  );
}

export function messageView(ctx: ViewContext, m: ChatMessage): HTMLElement {
  const acc = ctx.model.account;
  const content = (() => {
    switch (m.kind) {
      case 'articles':
        return articleCard(ctx, m.headline, m.rows, { digest: m.digest });
      case 'text':
        return h('div', { class: 'wxp-bubble', 'data-kind': 'text', ...itemAttrs(ctx, m.itemIndex) }, m.text ? textWithEmoji(m.segments) : h('span', { class: 'wxp-muted' }, ctx.labels.emptyText), badge(ctx, m.itemIndex));
      case 'image':
        return h('div', { class: 'wxp-msg-image', 'data-kind': 'image', ...itemAttrs(ctx, m.itemIndex) }, picture(ctx, m.media, 'free', '', ctx.labels.noFile), badge(ctx, m.itemIndex));
      case 'voice': {
        const secs = m.media?.durationSeconds;
        // WeChat widens the voice bubble with the length, up to about 60 % of the screen.
        const width = secs ? Math.min(60, 22 + secs * 0.7) : 30;
        return h(
          'div',
          { class: `wxp-bubble wxp-voice${m.media?.missing ? ' is-missing' : ''}`, 'data-kind': 'voice', style: `width:${width}%`, ...itemAttrs(ctx, m.itemIndex) },
          h('span', { class: 'wxp-voice-icon', 'aria-hidden': 'true' }),
          h('span', { class: 'wxp-voice-len', 'data-duration-src': m.media?.missing ? undefined : m.media?.src, 'data-duration-format': 'voice' }, m.media?.missing ? ctx.labels.missingMedia : formatDuration(secs)),
          badge(ctx, m.itemIndex),
        );
      }
      case 'video':
        return h(
          'div',
          { class: 'wxp-msg-video', 'data-kind': 'video', ...itemAttrs(ctx, m.itemIndex) },
          picture(ctx, m.cover ?? (m.media?.missing ? m.media : undefined), 'video', 'wxp-video-cover', m.media ? ctx.labels.noCover : ctx.labels.noFile),
          h('span', { class: 'wxp-play', 'aria-hidden': 'true' }),
          h('span', { class: 'wxp-video-len', 'data-duration-src': m.media?.missing ? undefined : m.media?.src, 'data-duration-format': 'clock' }, m.media?.missing ? ctx.labels.missingMedia : clockDuration(m.media?.durationSeconds)),
          badge(ctx, m.itemIndex),
        );
    }
  })();
  return h('div', { class: 'wxp-msg' }, avatar(acc.avatar, acc.initial, 'wxp-avatar wxp-msg-avatar'), content);
}

export function chatsSurface(ctx: ViewContext): HTMLElement[] {
  const { model, labels, cache } = ctx;
  const list = screen(
    h('span', null, 'WeChat', model.chats.messages.length ? ` (${model.chats.messages.length})` : ''),
    [
      banner(ctx, model),
      h('div', { class: 'wxp-search' }, labels.search),
      cache.get('chat-row', [model.chats.row, model.labels.now], () => chatRow(ctx, model.chats.row, { target: 'conversation' })),
      ...otherRows(3),
    ],
    { cls: 'wxp-chatlist wxp-layout-classic', label: labels.chatList },
  );
  const messages = model.chats.messages.map((m, i) => cache.get(`msg-${i}`, [m, countsOf(ctx, m), model.account, model.locale], () => messageView(ctx, m)));
  const convo = screen(model.account.name, [model.time ? h("div", { class: "wxp-msg-time" }, model.time) : null, ...messages, messages.length ? null : h('div', { class: 'wxp-empty' }, labels.noItems)], {
    cls: 'wxp-conversation',
    back: true,
    more: true,
    label: labels.conversation,
  });
  convo.id = 'conversation';
  const layouts = optionSwitch('serviceLayout', ctx.options.serviceLayout, [['classic', labels.layoutClassic], ['folded', labels.layoutFolded]], labels.chatList);
  const head = h('div', { class: 'wxp-surface-head wxp-screens-head' }, layouts, h('div', { class: 'wxp-notice is-info wxp-layout-folded', 'data-notice': 'gray-test' }, labels.grayTest));
  // Both layouts are drawn; the switch shows one (no re-render, and the folded one is measured too).
  return [head, list, ...serviceBoxScreens(ctx), convo];
}

export function countsOf(ctx: ViewContext, m: { itemIndex?: number; itemIndexes?: number[]; moreIndexes?: number[] }): unknown {
  const idx = m.itemIndexes ?? (m.itemIndex !== undefined ? [m.itemIndex] : []);
  return idx.map((i) => [ctx.model.items[i]?.counts, ctx.model.items[i]?.line]);
}
