// The status-bar text while a push is open: for the article under the cursor its title length and
// body size against the limits; elsewhere the item count and the mass sends the push needs.
import type { Item, PushDocument } from '../format/model';
import { sharedMarkdown } from '../format/markdown';
import { articleTitle, itemAt } from '../format/queries';
import { charCount, formatCount, plural } from './counting';
import { ARTICLE_FIELD_LIMITS, MAX_BODY_CHARS } from './limits';
import { sendsNeeded } from './sends';

export interface PushStatus {
  text: string;
  tooltip: string;
  /** The worst state of what the text shows. */
  level: 'ok' | 'warning' | 'error';
}

export function statusAt(doc: PushDocument, offset: number): PushStatus {
  const item = itemAt(doc, offset);
  if (item && item.kind === 'article' && offset >= item.directiveSpan.start) return articleStatus(item);
  const sends = sendsNeeded(doc);
  return {
    text: `${plural(doc.items.length, 'item')} · ${plural(sends, 'send')}`,
    tooltip: `This push has ${plural(doc.items.length, 'item')} and needs ${plural(sends, 'mass send')}: all its articles go out as one send, every other item as a send of its own.`,
    level: 'ok',
  };
}

function articleStatus(item: Item): PushStatus {
  const title = charCount((articleTitle(item)?.text ?? '').trim());
  const body = bodyChars(item);
  const limit = ARTICLE_FIELD_LIMITS.title;
  const level = title > limit.max || body >= MAX_BODY_CHARS ? 'error' : title > limit.recommended ? 'warning' : 'ok';
  return {
    text: `Title ${title}/${limit.max} · Body ${formatCount(body)}/${formatCount(MAX_BODY_CHARS)}`,
    tooltip: `Title: ${title} characters (${limit.recommended} recommended, ${limit.max} at most).\nBody: ${formatCount(body)} characters of HTML as rendered (WeChat takes fewer than ${formatCount(MAX_BODY_CHARS)}).`,
    level,
  };
}

// The status bar asks on every cursor move; a parsed item never changes, so its size is kept.
const sizes = new WeakMap<Item, number>();

/** The body's size as WeChat measures it: the rendered HTML's characters. */
export function bodyChars(item: Item): number {
  const known = sizes.get(item);
  if (known !== undefined) return known;
  let n = 0;
  if (item.tokens && item.tokens.length) {
    const md = sharedMarkdown();
    try {
      n = md.renderer.render(item.tokens, md.options, {}).length;
    } catch {
      n = item.body?.text.length ?? 0;
    }
  }
  sizes.set(item, n);
  return n;
}
