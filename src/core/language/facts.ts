// What each kind of push content is, how it reaches followers and who can share it, told in the
// words the hovers and the delivery summary use (texts/en.ts, texts/zh-cn.ts). Sources: the
// product guide and platform rules §1.1, §6 and §8.
import type { ItemKind } from '../format/model';
import type { AccountType } from '../format/queries';
import { formatBytes } from './counting';
import { MAX_ARTICLES_PER_PUSH, MAX_BODY_CHARS, MAX_TEXT_BYTES, MEDIA_LIMITS, type MediaLimit } from './limits';
import { languageText, type LanguageLocale } from './texts';

/** "article", "text message" / "图文消息", "文字消息". */
export function kindName(kind: ItemKind, locale: LanguageLocale = 'en'): string {
  return languageText(locale, `kind.${kind}`);
}

export function kindSummary(kind: ItemKind, locale: LanguageLocale = 'en'): string {
  return languageText(locale, `summary.${kind}`);
}

export function sharing(what: 'article' | 'other' | 'other-chat' | 'other-items', locale: LanguageLocale = 'en'): string {
  return languageText(locale, `sharing.${what}`);
}

export function delivery(type: AccountType, length: 'short' | 'long', locale: LanguageLocale = 'en'): string {
  return languageText(locale, `delivery.${type}.${length}`);
}

export function quota(type: AccountType, locale: LanguageLocale = 'en'): string {
  return languageText(locale, `quota.${type}`);
}

export function sendCounting(locale: LanguageLocale = 'en'): string {
  return languageText(locale, 'send-counting');
}

export function mediaLimitText(limit: MediaLimit): string {
  const parts = [limit.formats.join(', '), `${limit.below ? '<' : '≤'} ${formatBytes(limit.maxBytes)}`];
  if (limit.maxSeconds) parts.push(`≤ ${limit.maxSeconds} s`);
  return parts.join(' · ');
}

export function kindLimits(kind: ItemKind, locale: LanguageLocale = 'en'): string {
  if (kind === 'article') {
    return languageText(locale, 'limits.article', { max: MAX_ARTICLES_PER_PUSH, chars: MAX_BODY_CHARS.toLocaleString('en-US'), images: mediaLimitText(MEDIA_LIMITS.bodyImage) });
  }
  if (kind === 'text') return languageText(locale, 'limits.text', { bytes: MAX_TEXT_BYTES.toLocaleString('en-US') });
  return mediaLimitText(MEDIA_LIMITS[kind]);
}
