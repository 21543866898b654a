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
  // Text and placeholder names alternate: [text, name, text, name, text]. A lint of a long push
  // formats thousands of messages from a few dozen templates, so each is split once.
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    // A placeholder without data (an optional hint) reads as nothing.
    const name = parts[i];
    out += (data && name in data ? String(data[name]) : '') + parts[i + 1];
  }
  return out;
}

const compiled = new Map<string, string[]>();

export function ruleDescription(id: string, locale: Locale = 'en'): string {
  return formatMessage(locale, `description.${id}`);
}
