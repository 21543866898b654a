// External links as numbered references: the WeChat editor keeps them looking like links but they
// cannot be followed (platform rules §3.4), so the URL is written out in a list at the end.
// Footnotes (`[^1]`) share the numbering and the list: every `[n]` a reader sees in the text points
// at exactly one line at the end, whichever the author wrote.
import type { Reference } from './types';

export class References {
  private readonly byKey = new Map<string, Reference>();
  private readonly order: Reference[] = [];
  /** Reference number → markdown-it-footnote id, for the notes. */
  private readonly noteIds = new Map<number, number>();

  /** The reference number for `url`; the same URL always gets the same number. */
  add(url: string, text: string): number {
    const hit = this.byKey.get(url);
    if (hit) {
      if (!hit.text && text && text !== url) hit.text = text;
      return hit.n;
    }
    return this.push(url, { n: this.order.length + 1, url, text: text === url ? '' : text });
  }

  /** The number of footnote `id` (markdown-it-footnote's index); every mention of it gets the same one. */
  addNote(id: number, label: string): number {
    const key = `\u0000note:${id}`;
    const hit = this.byKey.get(key);
    if (hit) return hit.n;
    const n = this.push(key, { n: this.order.length + 1, url: '', text: '', note: label });
    this.noteIds.set(n, id);
    return n;
  }

  /** The footnote id behind reference `n` (undefined for a link). */
  noteId(n: number): number | undefined {
    return this.noteIds.get(n);
  }

  /** The note's words, once rendered at the end of the article. */
  setNoteText(n: number, text: string): void {
    const ref = this.order[n - 1];
    if (ref) ref.text = text;
  }

  private push(key: string, ref: Reference): number {
    this.byKey.set(key, ref);
    this.order.push(ref);
    return ref.n;
  }

  /** Reference `k` in order (0-based), read while the list may still grow. */
  at(k: number): Reference {
    return this.order[k];
  }

  list(): Reference[] {
    return [...this.order];
  }

  get size(): number {
    return this.order.length;
  }

  get hasNotes(): boolean {
    return this.order.some((r) => r.note !== undefined);
  }
}

export function referencesHeading(locale: string | undefined, notes = false): string {
  if (notes) return locale === 'zh-cn' ? '注释' : 'Notes';
  return locale === 'zh-cn' ? '参考资料' : 'References';
}
