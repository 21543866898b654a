// The folded service-account layout WeChat has been testing since 2024 (gray test): every service
// account collapses into one "服务号" chat row; inside, three blocks — 通知 (template messages of
// all accounts), 关注 (the latest pushes, each shown by its first article's title and cover) and
// 看一看 (recommendations). A push lands in 关注 only; it never adds a notification.
import type { Labels } from './labels';
import type { AccountView, ChatMessage, ChatRow, MediaView } from './types';

/** How many pushes the 关注 block shows before "See more". */
export const FOLLOWING_SHOWN = 3;

/** One push in the 关注 block: only its first message is drawn. */
export interface FollowingEntry {
  /** The item the entry shows (the first article, or the push's first message). */
  itemIndex: number;
  kind: ChatMessage['kind'];
  /** The first article's title, or the message's one-line preview. */
  title: string;
  /** The first article's cover (or the video's cover, the image itself). */
  cover?: MediaView;
  /** Messages of the push the block does not show (the other articles and items). */
  hidden: number;
}

export interface ServiceBoxSurface {
  /** The one "服务号" row of the chat list. */
  row: ChatRow;
  /** Notifications this push adds to the 通知 block: always 0, a push is not a template message. */
  notifications: number;
  /** Our push in the 关注 block, absent when the push is empty. */
  ours?: { account: AccountView; time: string; entry: FollowingEntry };
  /** Other accounts' pushes drawn as placeholders, so the block shows FOLLOWING_SHOWN pushes. */
  otherPushes: number;
}

export function buildServiceBox(account: AccountView, messages: ChatMessage[], latest: string, time: string, labels: Labels): ServiceBoxSurface {
  const first = messages[0];
  let entry: FollowingEntry | undefined;
  if (first) {
    const hiddenInCard = first.kind === 'articles' ? first.rows.length : 0;
    const base = { hidden: hiddenInCard + messages.length - 1 };
    switch (first.kind) {
      case 'articles':
        entry = { itemIndex: first.headline.itemIndex, kind: 'articles', title: first.headline.title, cover: first.headline.cover, ...base };
        break;
      case 'text':
        entry = { itemIndex: first.itemIndex, kind: 'text', title: first.text.split('\n')[0].trim() || labels.emptyText, ...base };
        break;
      case 'image':
        entry = { itemIndex: first.itemIndex, kind: 'image', title: labels.previewPhoto, cover: first.media, ...base };
        break;
      case 'voice':
        entry = { itemIndex: first.itemIndex, kind: 'voice', title: first.title ? `${labels.previewVoice} ${first.title}` : labels.previewVoice, ...base };
        break;
      case 'video':
        entry = { itemIndex: first.itemIndex, kind: 'video', title: first.title ? `${labels.previewVideo} ${first.title}` : labels.previewVideo, cover: first.cover, ...base };
        break;
    }
  }
  return {
    row: {
      name: labels.serviceBox,
      initial: '',
      preview: latest ? `${account.name}: ${latest}` : '',
      time,
      ...(messages.length ? { unread: messages.length } : {}),
    },
    notifications: 0,
    ...(entry ? { ours: { account, time, entry } } : {}),
    otherPushes: FOLLOWING_SHOWN - (entry ? 1 : 0),
  };
}
