// What each kind of push content is, how it reaches followers and who can share it, told in the
// words the hovers and the delivery summary use. Sources: the product guide and platform rules
// §1.1, §6 and §8.
import type { ItemKind } from '../format/model';
import type { AccountType } from '../format/queries';
import { formatBytes } from './counting';
import { MAX_ARTICLES_PER_PUSH, MAX_BODY_CHARS, MAX_TEXT_BYTES, MEDIA_LIMITS, type MediaLimit } from './limits';

export const KIND_NAMES: Readonly<Record<ItemKind, { one: string; many: string }>> = {
  article: { one: 'article', many: 'articles' },
  text: { one: 'text message', many: 'text messages' },
  image: { one: 'image', many: 'images' },
  audio: { one: 'audio message', many: 'audio messages' },
  video: { one: 'video', many: 'videos' },
};

export const KIND_SUMMARY: Readonly<Record<ItemKind, string>> = {
  article:
    'An **article** (图文消息): a simple web page of text, images, audio and video, and the richest kind of push content.',
  text: 'A **text message**: it looks like an ordinary chat message.',
  image: 'An **image message**: one picture, shown like an image sent in a chat.',
  audio: 'An **audio message**: a voice clip, shown like a voice message in a chat.',
  video: 'A **video message**: a video with a title, a description and a cover.',
};

export const SHARING: Readonly<Record<'article' | 'other', string>> = {
  article:
    'Articles are the only content followers can share: to a chat, to Moments and to outside platforms such as QQ, Qzone, OneNote and Evernote. Someone who does not follow the account can still read a shared article, and repost it to Moments.',
  other: 'Only followers receive it, and it cannot be shared to Moments or outside WeChat.',
};

export const DELIVERY: Readonly<Record<AccountType, { short: string; long: string }>> = {
  subscription: {
    short: 'lands in the Subscription folder, no notification',
    long: 'A subscription account’s messages go into the **Subscription** folder (订阅号消息), without a notification. Accounts there are ordered by their latest update, and a red dot on the avatar counts the unread posts.',
  },
  service: {
    short: 'appears in the chat list with a notification',
    long: 'A service account’s messages appear directly in the follower’s **chat list**, with a notification.',
  },
};

export const QUOTA: Readonly<Record<AccountType, string>> = {
  subscription: 'A subscription account has **1 mass send a day**.',
  service: 'A service account has **4 mass sends a calendar month**.',
};

export const SEND_COUNTING = 'All the articles of a push go out as one mass send; every other item is a send of its own.';

export function mediaLimitText(limit: MediaLimit): string {
  const parts = [limit.formats.join(', '), `${limit.below ? '<' : '≤'} ${formatBytes(limit.maxBytes)}`];
  if (limit.maxSeconds) parts.push(`≤ ${limit.maxSeconds} s`);
  return parts.join(' · ');
}

export const KIND_LIMITS: Readonly<Record<ItemKind, string>> = {
  article: `Up to ${MAX_ARTICLES_PER_PUSH} articles a push; a body under ${MAX_BODY_CHARS.toLocaleString('en-US')} characters and under 1 MB; body images ${mediaLimitText(MEDIA_LIMITS.bodyImage)}.`,
  text: `At most ${MAX_TEXT_BYTES.toLocaleString('en-US')} bytes (UTF-8: a Chinese character takes 3).`,
  image: mediaLimitText(MEDIA_LIMITS.image),
  audio: mediaLimitText(MEDIA_LIMITS.audio),
  video: mediaLimitText(MEDIA_LIMITS.video),
};
