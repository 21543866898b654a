// The status-bar text while a push is open: for the article under the cursor its title length and
// body size against the limits; elsewhere the item count and the mass sends the push needs.
import type { Item, PushDocument } from '../format/model';
import { sharedMarkdown } from '../format/markdown';
import { articleTitle, itemAt } from '../format/queries';
import { charCount, formatCount } from './counting';
import { ARTICLE_FIELD_LIMITS, MAX_BODY_CHARS } from './limits';
import { sendsNeeded } from './sends';
import { countText, languageText, type LanguageLocale } from './texts';

export interface PushStatus {
  text: string;
  tooltip: string;
  /** The worst state of what the text shows. */
  level: 'ok' | 'warning' | 'error';
}

export function statusAt(doc: PushDocument, offset: number, locale: LanguageLocale = 'en'): PushStatus {
  const item = itemAt(doc, offset);
  if (item && item.kind === 'article' && offset >= item.directiveSpan.start) return articleStatus(item, locale);
  const sends = sendsNeeded(doc);
  return {
    text: languageText(locale, 'status.push', { items: countText(locale, 'item', doc.items.length), sends: countText(locale, 'send', sends) }),
    tooltip: languageText(locale, 'status.push-tooltip', { items: countText(locale, 'item', doc.items.length), sends: countText(locale, 'mass-send', sends) }),
    level: 'ok',
  };
}

function articleStatus(item: Item, locale: LanguageLocale): PushStatus {
  const title = charCount((articleTitle(item)?.text ?? '').trim());
  const body = bodyChars(item);
  const limit = ARTICLE_FIELD_LIMITS.title;
  const level = title > limit.max || body >= MAX_BODY_CHARS ? 'error' : title > limit.recommended ? 'warning' : 'ok';
  return {
    text: languageText(locale, 'status.article', { title, max: limit.max, body: formatCount(body), maxBody: formatCount(MAX_BODY_CHARS) }),
    tooltip: languageText(locale, 'status.article-tooltip', { title, recommended: limit.recommended, max: limit.max, body: formatCount(body), maxBody: formatCount(MAX_BODY_CHARS) }),
    level,
  };
}

// The status bar asks on every cursor move; a parsed item never changes, so its size is kept.
const sizes = new WeakMap<Item, number>();

/** The body's size as WeChat measures it: the rendered HTML's characters (as a reader counts them). */
export function bodyChars(item: Item): number {
  const known = sizes.get(item);
  if (known !== undefined) return known;
  let n = 0;
  if (item.tokens && item.tokens.length) {
    const md = sharedMarkdown();
    try {
      n = charCount(md.renderer.render(item.tokens, md.options, {}));
    } catch {
      n = charCount(item.body?.text ?? '');
    }
  }
  sizes.set(item, n);
  return n;
}
