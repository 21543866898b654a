// Whether a publish updates the draft it made last time or makes a new one. `draft/update` can
// change an article in place but cannot add, remove or reorder articles (API notes §2.7), so
// anything but the same articles in the same order needs a new draft.
import { createHash } from 'crypto';
import { wechatJson } from './json';
import type { DraftArticle } from './types';

/** What the cache remembers about the draft a file was published to, per AppID. */
export interface DraftRecord {
  mediaId: string;
  titles: string[];
  /** sha256 of each article's payload as sent. */
  hashes: string[];
  updatedAt: number;
}

export type NewDraftReason = 'first' | 'new-draft' | 'added' | 'removed' | 'reordered';

export type DraftDecision =
  | { kind: 'add'; reason: NewDraftReason }
  | { kind: 'update'; mediaId: string; indexes: number[] }
  | { kind: 'unchanged'; mediaId: string };

export function articleHash(article: DraftArticle): string {
  return createHash('sha256').update(wechatJson(article)).digest('hex');
}

export function decideDraft(previous: DraftRecord | undefined, articles: DraftArticle[], options: { newDraft?: boolean } = {}): DraftDecision {
  if (options.newDraft) return { kind: 'add', reason: 'new-draft' };
  if (!previous) return { kind: 'add', reason: 'first' };
  const titles = articles.map((a) => a.title);
  if (titles.length > previous.titles.length) return { kind: 'add', reason: 'added' };
  if (titles.length < previous.titles.length) return { kind: 'add', reason: 'removed' };
  // The same titles in another order: the author moved articles around.
  const moved = titles.some((t, i) => t !== previous.titles[i]);
  if (moved && [...titles].sort().join('\u0000') === [...previous.titles].sort().join('\u0000') && new Set(titles).size === titles.length) {
    return { kind: 'add', reason: 'reordered' };
  }
  const indexes = articles.map((a, i) => (articleHash(a) === previous.hashes[i] ? -1 : i)).filter((i) => i >= 0);
  return indexes.length ? { kind: 'update', mediaId: previous.mediaId, indexes } : { kind: 'unchanged', mediaId: previous.mediaId };
}

/**
 * After a `draft/add` whose answer was lost (timeout), the draft it may have made: the newest one
 * with exactly these titles in this order, updated no earlier than the call started.
 */
export function findReconciledDraft(
  items: { media_id: string; update_time?: number; content?: { news_item?: { title?: string }[] } }[],
  titles: string[],
  startedAtSeconds: number,
): string | undefined {
  const match = items
    .filter((d) => (d.update_time ?? 0) >= startedAtSeconds - 5)
    .filter((d) => {
      const got = (d.content?.news_item ?? []).map((n) => n.title ?? '');
      return got.length === titles.length && got.every((t, i) => t === titles[i]);
    })
    .sort((a, b) => (b.update_time ?? 0) - (a.update_time ?? 0));
  return match[0]?.media_id;
}
