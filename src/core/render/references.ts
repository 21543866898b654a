// External links as numbered references: the WeChat editor keeps them looking like links but they
// cannot be followed (platform rules §3.4), so the URL is written out in a list at the end.
import type { Reference } from './types';

export class References {
  private readonly byUrl = new Map<string, Reference>();

  /** The reference number for `url`; the same URL always gets the same number. */
  add(url: string, text: string): number {
    const hit = this.byUrl.get(url);
    if (hit) {
      if (!hit.text && text && text !== url) hit.text = text;
      return hit.n;
    }
    const ref: Reference = { n: this.byUrl.size + 1, url, text: text === url ? '' : text };
    this.byUrl.set(url, ref);
    return ref.n;
  }

  list(): Reference[] {
    return [...this.byUrl.values()];
  }

  get size(): number {
    return this.byUrl.size;
  }
}

export function referencesHeading(locale: string | undefined): string {
  return locale === 'zh-cn' ? '参考资料' : 'References';
}
