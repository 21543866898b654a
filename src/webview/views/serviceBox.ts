// The folded service-account layout (WeChat's gray test since 2024): one "服务号" row in the chat
// list; inside, the 通知 block (template messages only, so a push adds nothing there), the 关注
// block (the latest three pushes, ours drawn by its first article's title and cover) and 看一看.
// Other accounts are grey placeholders, as in the other surfaces: nothing is invented.
import type { FollowingEntry } from '../../core/surfaces';
import { fill } from '../../core/surfaces/labels';
import { h } from '../dom';
import { chatRow, otherRows } from './chats';
import { avatar, badge, itemAttrs, picture, screen, type ViewContext } from './common';

function blockHead(title: string, extra?: string | HTMLElement): HTMLElement {
  return h('div', { class: 'wxp-box-head' }, h('span', { class: 'wxp-box-title' }, title), extra ? h('span', { class: 'wxp-box-extra' }, extra) : null);
}

function skeletonPush(): HTMLElement {
  return h(
    'div',
    { class: 'wxp-box-push is-other', 'aria-hidden': 'true' },
    h('div', { class: 'wxp-box-push-head' }, h('span', { class: 'wxp-avatar wxp-avatar-small wxp-skeleton' }), h('span', { class: 'wxp-skel-line w40' })),
    h('div', { class: 'wxp-box-push-body' }, h('span', { class: 'wxp-skel-line w70' }), h('span', { class: 'wxp-box-skel-cover wxp-skeleton' })),
  );
}

function ourPush(ctx: ViewContext, e: FollowingEntry): HTMLElement {
  const ours = ctx.model.serviceBox.ours!;
  const hasCover = e.kind === 'articles' || e.kind === 'video' || e.kind === 'image';
  return h(
    'div',
    { class: 'wxp-box-push is-ours', 'data-kind': e.kind, 'data-hidden': e.hidden, ...itemAttrs(ctx, e.itemIndex) },
    h(
      'div',
      { class: 'wxp-box-push-head' },
      avatar(ours.account.avatar, ours.account.initial, 'wxp-avatar wxp-avatar-small'),
      h('span', { class: 'wxp-box-push-name clamp-1' }, ours.account.name),
      h('span', { class: 'wxp-box-push-time' }, ours.time),
    ),
    h('div', { class: 'wxp-box-push-body' }, h('span', { class: 'wxp-box-push-title clamp-2' }, e.title), hasCover ? picture(ctx, e.cover, 'square', 'wxp-box-cover') : null),
    badge(ctx, e.itemIndex),
  );
}

export function serviceBoxScreens(ctx: ViewContext): HTMLElement[] {
  const { model, labels, cache } = ctx;
  const box = model.serviceBox;
  const list = screen(
    'WeChat',
    [h('div', { class: 'wxp-search' }, labels.search), cache.get('box-row', [box.row, model.locale], () => chatRow(ctx, box.row, { serviceBoxIcon: true, target: 'service-box' })), ...otherRows(3)],
    { cls: 'wxp-chatlist wxp-layout-folded', label: labels.chatList },
  );
  const notices = h(
    'section',
    { class: 'wxp-box-block', 'data-block': 'notifications' },
    blockHead(labels.notifications, fill(labels.nNotifications, { n: box.notifications })),
    h('div', { class: 'wxp-box-note' }, labels.noNotifications),
    ...otherRows(2),
  );
  const following = h(
    'section',
    { class: 'wxp-box-block', 'data-block': 'following' },
    blockHead(labels.following),
    box.ours ? cache.get('box-ours', [box.ours, model.items[box.ours.entry.itemIndex]?.counts, model.items[box.ours.entry.itemIndex]?.line], () => ourPush(ctx, box.ours!.entry)) : null,
    ...Array.from({ length: box.otherPushes }, skeletonPush),
    h('div', { class: 'wxp-box-more' }, labels.seeMore),
  );
  const stories = h(
    'section',
    { class: 'wxp-box-block', 'data-block': 'top-stories', 'aria-hidden': 'true' },
    blockHead(labels.topStories),
    skeletonPush(),
    skeletonPush(),
  );
  const inside = screen(labels.serviceBox, [notices, following, stories], { cls: 'wxp-service-box wxp-layout-folded', back: true, more: true, label: labels.serviceBox });
  inside.id = 'service-box';
  return [list, inside];
}
