// The surface models: plain JSON that says what each WeChat surface shows for a push. The webview
// draws them; unit tests read them. Nothing here knows about VS Code or the DOM.
import type { ItemKind } from '../format/model';
import type { Labels, Locale } from './labels';
import type { ServiceBoxSurface } from './serviceBox';
import type { ThemePickerView } from './themePicker';

/** A media file as the preview can show it. */
export interface MediaView {
  /** As written in the document. */
  path: string;
  /** A URL the webview may load (webview URI, https or data URL); absent when the file is missing. */
  src?: string;
  /** True when the file could not be found: the view draws a placeholder naming `path`. */
  missing: boolean;
  /** Audio/video length, when known. */
  durationSeconds?: number;
}

export interface ItemCounts {
  errors: number;
  warnings: number;
}

/** One item of the push, as every surface refers to it. */
export interface ItemRef {
  index: number;
  kind: ItemKind;
  /** Title, path or first line. */
  label: string;
  /** 0-based line of the item's directive (click → reveal). */
  line: number;
  counts: ItemCounts;
}

export type AccountType = 'subscription' | 'service';

export interface AccountView {
  name: string;
  /** The type written in the front matter; absent when not set or invalid. */
  declaredType?: AccountType;
  /** The type the preview assumes (subscription when not set, as most accounts are). */
  type: AccountType;
  verified: boolean;
  avatar?: MediaView;
  /** First character of the name, for the avatar placeholder. */
  initial: string;
}

// ---- Chats (service account) ----------------------------------------------------------------

export interface ChatRow {
  name: string;
  avatar?: MediaView;
  initial: string;
  /** The latest item's one-line preview. */
  preview: string;
  time: string;
  /** Red badge: messages not yet read (service) — absent for the Subscriptions row. */
  unread?: number;
  /** The Subscriptions row shows a plain dot instead of a count. */
  dot?: boolean;
  muted?: boolean;
}

export interface ArticleCardEntry {
  itemIndex: number;
  title: string;
  /** 2.35:1 for the headline, 1:1 for the others. */
  cover?: MediaView;
}

export type ChatMessage =
  | { kind: 'articles'; itemIndexes: number[]; headline: ArticleCardEntry; rows: ArticleCardEntry[]; digest?: string }
  | { kind: 'text'; itemIndex: number; text: string; segments: TextSegment[] }
  | { kind: 'image'; itemIndex: number; media?: MediaView }
  | { kind: 'voice'; itemIndex: number; media?: MediaView; title?: string }
  | { kind: 'video'; itemIndex: number; media?: MediaView; cover?: MediaView; title?: string; description?: string };

/** Text bubble pieces: WeChat emoji codes such as `[Smile]` are kept as text but marked. */
export interface TextSegment {
  text: string;
  emoji?: boolean;
}

export interface ChatsSurface {
  banner: { title: string; body: string; time: string };
  row: ChatRow;
  messages: ChatMessage[];
}

// ---- Subscription folder ---------------------------------------------------------------------

export interface FeedAccount {
  name: string;
  avatar?: MediaView;
  initial: string;
  /** Red dot with the number of unread posts (ours); absent for the other accounts. */
  unread?: number;
  ours: boolean;
  time: string;
}

export type FeedCard =
  | {
      kind: 'articles';
      itemIndexes: number[];
      headline: ArticleCardEntry;
      /** Only the second article is shown as a row; the rest fold into "N more". */
      rows: ArticleCardEntry[];
      more: number;
      moreIndexes: number[];
    }
  | { kind: 'text'; itemIndex: number; text: string; segments: TextSegment[] }
  | { kind: 'image'; itemIndex: number; media?: MediaView }
  | { kind: 'voice'; itemIndex: number; media?: MediaView; title?: string }
  | { kind: 'video'; itemIndex: number; media?: MediaView; cover?: MediaView; title?: string };

export interface SubscriptionsSurface {
  /** The single "Subscriptions" row of the chat list. */
  row: ChatRow;
  /** Accounts ordered by latest update, ours first. */
  accounts: FeedAccount[];
  cards: FeedCard[];
  time: string;
}

// ---- Moments and share cards ------------------------------------------------------------------

export type MomentsPost =
  | { kind: 'link'; itemIndex: number; title: string; thumb?: MediaView }
  | { kind: 'blocked'; itemIndex: number; itemKind: Exclude<ItemKind, 'article'>; label: string; reason: string };

export interface ShareCard {
  itemIndex: number;
  title: string;
  /** The digest, or the first 54 characters of the body when there is none. */
  description: string;
  descriptionSource: 'digest' | 'auto' | 'none';
  thumb?: MediaView;
  account: string;
}

export interface MomentsSurface {
  posts: MomentsPost[];
  shareCards: ShareCard[];
}

// ---- Article page -----------------------------------------------------------------------------

export type CommentSetting = 'off' | 'all' | 'followers';

export interface ArticlePage {
  itemIndex: number;
  title: string;
  author?: string;
  account: string;
  date: string;
  original: boolean;
  /** Sanitized body HTML (from the renderer), with `data-line` attributes for scroll sync. */
  html: string;
  /** The "Read more" link. */
  source?: string;
  comments: CommentSetting;
  cover?: MediaView;
  /** 0-based document line of the first body line. */
  bodyLine: number;
}

// ---- The whole preview ------------------------------------------------------------------------

export type SurfaceId = 'chats' | 'subscriptions' | 'moments' | 'article';

export interface PreviewModel {
  locale: Locale;
  labels: Labels;
  account: AccountView;
  /** The delivery surface of this account type; the other one is shown as "not how it delivers". */
  delivery: 'chats' | 'subscriptions';
  /** Display time of the push ("20:00" or a date). */
  time: string;
  items: ItemRef[];
  chats: ChatsSurface;
  /** The service account folded into one "服务号" row (WeChat's gray test since 2024). */
  serviceBox: ServiceBoxSurface;
  subscriptions: SubscriptionsSurface;
  moments: MomentsSurface;
  articles: ArticlePage[];
  /** Remote media load at once (the `wxpush.preview.loadRemoteMedia` setting); else each waits for a click. */
  loadRemoteMedia?: boolean;
  /** The theme picker's choices and this push's theme (absent where no theme is resolved). */
  themePicker?: ThemePickerView;
}
