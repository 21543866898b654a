// The theme of one push: the settings and the theme file, then its front matter's `theme:`, with
// the places of the front matter's keys so a wrong one is reported where it is written.
import { frontMatterField, type Field, type PushDocument, type Span } from '../../format';
import type { Locate } from './choice';
import type { ThemeFile } from './file';
import { resolveTheme, type ResolvedTheme, type ThemeSettings } from './resolve';

export function pushTheme(doc: PushDocument, settings?: ThemeSettings, file?: ThemeFile): ResolvedTheme {
  const field = frontMatterField(doc, 'theme');
  return resolveTheme(settings, field?.value ?? undefined, file, field ? frontMatterLocator(doc.text, field) : undefined);
}

/** Finds `key:` inside the `theme:` value (block or flow map) and the value written after it. */
export function frontMatterLocator(text: string, field: Field): Locate {
  const { start, end } = field.valueSpan;
  return (key, part = 'value') => {
    if (!key) return field.valueSpan.end > field.valueSpan.start ? field.valueSpan : field.keySpan;
    const re = new RegExp(`(^|[\\s{,])(['"]?)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\2\\s*:`, 'g');
    re.lastIndex = Math.max(0, start - 1);
    const m = re.exec(text);
    if (!m || m.index >= end) return field.valueSpan;
    const keyStart = m.index + m[1].length;
    const keySpan: Span = { start: keyStart, end: keyStart + m[2].length * 2 + key.length };
    if (part === 'key') return keySpan;
    let s = m.index + m[0].length;
    while (s < end && (text[s] === ' ' || text[s] === '\t')) s++;
    let e = s;
    // A flow map's value ends at `,` or `}`; a block map's at the end of the line (before a comment).
    const quote = text[s] === '"' || text[s] === "'" ? text[s] : '';
    if (quote) {
      e = text.indexOf(quote, s + 1);
      e = e === -1 || e > end ? end : e + 1;
    } else {
      while (e < end && !/[\n,}#]/.test(text[e])) e++;
      while (e > s && /\s/.test(text[e - 1])) e--;
    }
    return e > s ? { start: s, end: e } : keySpan;
  };
}
