// Mass sends: all articles of a push go out as one send; every other item is one send of its own.
// A subscription account has 1 send a day, a service account 4 per calendar month (platform rules
// §1.1.1, §1.1.2). This file summarizes pushes so other files can be counted without re-linting.
import type { Item, PushDocument } from '../format/model';
import { accountType, frontMatterField, stringValue } from '../format/queries';
import type { PushSummary } from './types';

export const DAILY_SENDS_SUBSCRIPTION = 1;
export const MONTHLY_SENDS_SERVICE = 4;

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/;

/** `YYYY-MM-DD` when the value is a real calendar date (and a valid time, if any). */
export function parsePushDate(value: unknown): string | undefined {
  const s = typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
  if (!s) return undefined;
  const m = DATE.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
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
  return {
    file,
    account: stringValue(frontMatterField(doc, 'account')),
    type: accountType(doc),
    day: parsePushDate(frontMatterField(doc, 'date')?.value),
    sends: sendStarts(doc).length,
    line: first ? doc.lines.lineAt(first.directiveSpan.start) : 0,
  };
}

/** Whether two pushes draw on the same quota: same account and type, same day (subscription) or month (service). */
export function sharesQuota(a: PushSummary, b: PushSummary): boolean {
  if (!a.account || !a.type || !a.day || a.account !== b.account || a.type !== b.type || !b.day) return false;
  return a.type === 'subscription' ? a.day === b.day : a.day.slice(0, 7) === b.day.slice(0, 7);
}
