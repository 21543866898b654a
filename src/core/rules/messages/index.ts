// Message lookup: templates keyed by rule id, per locale, English as the fallback.
import type { Locale } from '../types';
import { en } from './en';
import { zhCn } from './zh-cn';

export const MESSAGES: Record<Locale, Record<string, string>> = { en, 'zh-cn': zhCn };

export function normalizeLocale(locale: string | undefined): Locale {
  return locale && locale.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** Fills `{name}` placeholders; unknown keys fall back to English, then to the key itself. */
export function formatMessage(locale: Locale, key: string, data?: Record<string, string | number>): string {
  const template = MESSAGES[locale][key] ?? en[key] ?? key;
  // A placeholder without data (an optional hint) reads as nothing.
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => (data && name in data ? String(data[name]) : ''));
}

export function ruleDescription(id: string, locale: Locale = 'en'): string {
  return formatMessage(locale, `description.${id}`);
}
