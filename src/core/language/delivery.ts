// The delivery summary shown above a push: which account sends it, how many mass sends it uses,
// where it lands and which items can travel beyond the followers.
import type { ItemKind, PushDocument } from '../format/model';
import { accountType, frontMatterField } from '../format/queries';
import { plural } from './counting';
import { DELIVERY, KIND_NAMES, QUOTA, SEND_COUNTING, SHARING } from './facts';
import { SENDS_PER_DAY_SUBSCRIPTION, SENDS_PER_MONTH_SERVICE } from './limits';
import { sendsNeeded } from './sends';

export interface DeliverySummary {
  /** One line, parts joined by " · ". */
  title: string;
  parts: string[];
  /** Markdown with the facts behind each part. */
  tooltip: string;
  sends: number;
  /** True when the push needs more sends than the account has in one day (subscription) or month (service). */
  overQuota: boolean;
}

export interface DeliveryOptions {
  /** Today as `YYYY-MM-DD`; decides between "today" and the planned date. */
  today?: string;
}

export function deliverySummary(doc: PushDocument, options: DeliveryOptions = {}): DeliverySummary {
  const type = accountType(doc);
  const sends = sendsNeeded(doc);
  const day = planDay(frontMatterField(doc, 'date')?.value);
  const parts: string[] = [];
  let overQuota = false;

  parts.push(type === 'subscription' ? 'Subscription account' : type === 'service' ? 'Service account' : 'Account type not set');
  if (!doc.items.length) {
    parts.push('no items yet');
  } else if (type === 'service') {
    overQuota = sends > SENDS_PER_MONTH_SERVICE;
    parts.push(`${plural(sends, 'mass send')} of ${SENDS_PER_MONTH_SERVICE} this month`);
  } else {
    const when = !day || day === options.today ? 'today' : `on ${day}`;
    overQuota = type === 'subscription' && sends > SENDS_PER_DAY_SUBSCRIPTION;
    parts.push(`${plural(sends, 'mass send')} ${when}${overQuota ? ` (${SENDS_PER_DAY_SUBSCRIPTION} allowed a day)` : ''}`);
  }
  if (type) parts.push(DELIVERY[type].short);

  const counts = countKinds(doc);
  if (counts.article) parts.push(`${plural(counts.article, 'article')} shareable`);
  const followersOnly = (['text', 'image', 'audio', 'video'] as const)
    .filter((k) => counts[k])
    .map((k) => `${counts[k]} ${counts[k] === 1 ? KIND_NAMES[k].one : KIND_NAMES[k].many}`);
  if (followersOnly.length) parts.push(`${joinAnd(followersOnly)} followers-only`);

  const tooltip = [
    type ? `${DELIVERY[type].long}\n\n${QUOTA[type]}` : `Set \`type: subscription\` or \`type: service\` in the front matter.\n\n${DELIVERY.subscription.long}\n\n${DELIVERY.service.long}`,
    SEND_COUNTING,
    counts.article ? SHARING.article : '',
    followersOnly.length ? `Text, image, audio and video items: ${SHARING.other.charAt(0).toLowerCase()}${SHARING.other.slice(1)}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');

  return { title: parts.join(' · '), parts, tooltip, sends, overQuota };
}

function countKinds(doc: PushDocument): Record<ItemKind, number> {
  const counts: Record<ItemKind, number> = { article: 0, text: 0, image: 0, audio: 0, video: 0 };
  for (const item of doc.items) counts[item.kind]++;
  return counts;
}

function planDay(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const m = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return m ? m[1] : undefined;
}

function joinAnd(list: string[]): string {
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}
