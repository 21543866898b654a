// The push's `date:` as WeChat shows it: "20:00" in lists, a full date on the article page.
import type { Locale } from './labels';

export interface PushDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function parsePushDate(raw: string | undefined): PushDate | undefined {
  const m = raw ? DATE.exec(raw.trim().replace(/^["']/, '')) : null;
  if (!m) return undefined;
  const d: PushDate = { year: +m[1], month: +m[2], day: +m[3] };
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return undefined;
  if (m[4] !== undefined) {
    d.hour = +m[4];
    d.minute = +m[5];
  }
  return d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Lists show the time of day of a message sent today, else the date. */
export function listTime(d: PushDate | undefined, locale: Locale): string {
  if (!d) return '';
  if (d.hour !== undefined) return `${pad(d.hour)}:${pad(d.minute!)}`;
  return locale === 'zh-cn' ? `${d.month}月${d.day}日` : `${MONTHS[d.month - 1]} ${d.day}`;
}

/** The article page's date line. */
export function pageDate(d: PushDate | undefined, locale: Locale): string {
  if (!d) return '';
  const time = d.hour !== undefined ? ` ${pad(d.hour)}:${pad(d.minute!)}` : '';
  return locale === 'zh-cn' ? `${d.year}年${d.month}月${d.day}日${time}` : `${MONTHS[d.month - 1]} ${d.day}, ${d.year}${time}`;
}
