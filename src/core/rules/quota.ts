// Mass sends: all articles of a push go out as one send; every other item is one send of its own.
// A subscription account has 1 send a day, a service account 4 per calendar month (platform rules
// §1.1.1, §1.1.2). This file summarizes pushes so other files can be counted without re-linting.
import type { Item, PushDocument } from '../format/model';
import { accountType, frontMatterField, stringValue } from '../format/queries';
import type { PushSummary } from './types';

export const DAILY_SENDS_SUBSCRIPTION = 1;
export const MONTHLY_SENDS_SERVICE = 4;

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/;

export interface PushMoment {
  /** `YYYY-MM-DD`. */
  day: string;
  /** `HH:mm`, when a time is given. */
  time?: string;
}

/** How a `date:` value reads: a real moment, a well-formed day that is not in the calendar, or neither. */
export type DateReading = { ok: true; moment: PushMoment } | { ok: false; shape: 'no-such-day'; day: string } | { ok: false; shape: 'malformed' };

export function readPushDate(value: unknown): DateReading {
  const s = typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
  const m = s ? DATE.exec(s) : null;
  if (!m) return { ok: false, shape: 'malformed' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return { ok: false, shape: 'malformed' };
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return { ok: false, shape: 'malformed' };
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { ok: false, shape: 'no-such-day', day };
  return { ok: true, moment: { day, time: m[4] !== undefined ? `${m[4].padStart(2, '0')}:${m[5]}` : undefined } };
}

/** `YYYY-MM-DD` when the value is a real calendar date (and a valid time, if any). */
export function parsePushDate(value: unknown): string | undefined {
  const r = readPushDate(value);
  return r.ok ? r.moment.day : undefined;
}

/** The items that start a mass send: the first article (standing for all of them) and every other item. */
export function sendStarts(doc: PushDocument): Item[] {
  const out: Item[] = [];
  let sawArticle = false;
  for (const item of doc.items) {
    if (item.kind === 'article') {
      if (sawArticle) continue;
      sawArticle = true;
    }
    out.push(item);
  }
  return out;
}

export function summarizePush(file: string, doc: PushDocument): PushSummary {
  const first = doc.items[0];
  const date = readPushDate(frontMatterField(doc, 'date')?.value);
  return {
    file,
    account: stringValue(frontMatterField(doc, 'account')),
    type: accountType(doc),
    day: date.ok ? date.moment.day : undefined,
    time: date.ok ? date.moment.time : undefined,
    sends: sendStarts(doc).length,
    line: first ? doc.lines.lineAt(first.directiveSpan.start) : 0,
  };
}

/**
 * Whether `other` goes out before `me` (-1), after it (1), or the order is not known (0: the same
 * moment, or one of the two gives no time on their common day). Only for pushes that share a quota.
 */
export function sendOrder(other: PushSummary, me: PushSummary): -1 | 0 | 1 {
  if (!other.day || !me.day) return 0;
  if (other.day !== me.day) return other.day < me.day ? -1 : 1;
  if (!other.time || !me.time || other.time === me.time) return 0;
  return other.time < me.time ? -1 : 1;
}

/** Whether two pushes draw on the same quota: same account and type, same day (subscription) or month (service). */
export function sharesQuota(a: PushSummary, b: PushSummary): boolean {
  if (!a.account || !a.type || !a.day || a.account !== b.account || a.type !== b.type || !b.day) return false;
  return a.type === 'subscription' ? a.day === b.day : a.day.slice(0, 7) === b.day.slice(0, 7);
}
