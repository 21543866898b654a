// The delivery summary shown above a push: which account sends it, how many mass sends it uses,
// where it lands and which items can travel beyond the followers.
import type { ItemKind, PushDocument } from '../format/model';
import { accountType, frontMatterField } from '../format/queries';
import { delivery, quota, sendCounting, sharing } from './facts';
import { SENDS_PER_DAY_SUBSCRIPTION, SENDS_PER_MONTH_SERVICE } from './limits';
import { sendsNeeded } from './sends';
import { countText, joinList, languageText, type LanguageLocale } from './texts';

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
  locale?: LanguageLocale;
}

export function deliverySummary(doc: PushDocument, options: DeliveryOptions = {}): DeliverySummary {
  const type = accountType(doc);
  const sends = sendsNeeded(doc);
  const day = planDay(frontMatterField(doc, 'date')?.value);
  const parts: string[] = [];
  let overQuota = false;
  const locale = options.locale ?? 'en';
  const t = (key: string, data?: Record<string, string | number>) => languageText(locale, key, data);

  parts.push(t(type ? `account.${type}` : 'account.unset'));
  const many = sends === 1 ? 'one' : 'many';
  if (!doc.items.length) {
    parts.push(t('delivery.no-items'));
  } else if (type === 'service') {
    overQuota = sends > SENDS_PER_MONTH_SERVICE;
    parts.push(t(`delivery.month.${many}`, { n: sends, max: SENDS_PER_MONTH_SERVICE }));
  } else {
    const when = !day || day === options.today ? t('delivery.today') : t('delivery.on-day', { day });
    overQuota = type === 'subscription' && sends > SENDS_PER_DAY_SUBSCRIPTION;
    parts.push(t(`delivery.day.${many}`, { n: sends, when, over: overQuota ? t('delivery.over-day', { max: SENDS_PER_DAY_SUBSCRIPTION }) : '' }));
  }
  if (type) parts.push(delivery(type, 'short', locale));

  const counts = countKinds(doc);
  if (counts.article) parts.push(t(`delivery.shareable.${counts.article === 1 ? 'one' : 'many'}`, { n: counts.article }));
  const followersOnly = (['text', 'image', 'audio', 'video'] as const).filter((k) => counts[k]).map((k) => countText(locale, k, counts[k]));
  if (followersOnly.length) parts.push(t('delivery.followers-only', { list: joinList(locale, followersOnly) }));

  const tooltip = [
    type
      ? `${delivery(type, 'long', locale)}\n\n${quota(type, locale)}`
      : `${t('hover.set-type')}\n\n${delivery('subscription', 'long', locale)}\n\n${delivery('service', 'long', locale)}`,
    sendCounting(locale),
    counts.article ? sharing('article', locale) : '',
    followersOnly.length ? sharing('other-items', locale) : '',
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
