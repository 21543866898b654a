// The words of the editor features per display language; English is the fallback.
import { en } from './en';
import { zhCn } from './zh-cn';

export type LanguageLocale = 'en' | 'zh-cn';

export const LANGUAGE_TEXTS: Readonly<Record<LanguageLocale, Readonly<Record<string, string>>>> = { en, 'zh-cn': zhCn };

/** Fills `{name}` placeholders of the text `key` in `locale`. */
export function languageText(locale: LanguageLocale | undefined, key: string, data?: Record<string, string | number>): string {
  const template = LANGUAGE_TEXTS[locale ?? 'en'][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (data && name in data ? String(data[name]) : m));
}

/** "1 article", "2 articles", "2 篇文章": `count.<what>.one|many` with the number formatted. */
export function countText(locale: LanguageLocale | undefined, what: string, n: number): string {
  return languageText(locale, `count.${what}.${n === 1 ? 'one' : 'many'}`, { n: n.toLocaleString('en-US') });
}

/** "a, b and c" / "a、b和c". */
export function joinList(locale: LanguageLocale | undefined, list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(languageText(locale, 'list.separator'))}${languageText(locale, 'list.and')}${list[list.length - 1]}`;
}
