// The preview's theme picker: the themes an author can choose (built-in, then the theme file's),
// the one this push resolves to, and the edit that makes a choice the push's own. The choice goes
// into the front matter's `theme:` (the strongest layer, so the preview, Copy for WeChat, the
// export and publishing all agree), and only the theme's name changes: options written beside it
// stay.
import { frontMatterField, type PushDocument } from '../format';
import { frontMatterLocator, type ResolvedTheme, type ThemeListEntry } from '../render/themes';
import type { Locale } from './labels';

export interface ThemeChoiceView {
  id: string;
  label: string;
  description: string;
}

export interface ThemePickerView {
  /** The theme this push resolves to. */
  current: string;
  /** Which layer chose it: 'theme' = nothing did (the default). */
  from: ResolvedTheme['from']['name'];
  choices: ThemeChoiceView[];
}

export function themePicker(resolved: ResolvedTheme, list: readonly ThemeListEntry[], locale: Locale): ThemePickerView {
  return {
    current: resolved.name,
    from: resolved.from.name,
    choices: list.map((t) => ({ id: t.id, label: t.label[locale], description: t.description[locale] })),
  };
}

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

const NAME = /^[A-Za-z0-9][\w-]*$/;

/**
 * The edit that sets the push's theme to `id`: replaces a scalar `theme:`, the `name:` of a
 * `theme:` map (or adds one), adds `theme:` to the front matter, or adds a front matter. Undefined
 * when nothing needs to change or `id` is not a theme name.
 */
export function setThemeEdit(doc: PushDocument, id: string): TextEdit | undefined {
  if (!NAME.test(id)) return undefined;
  const text = doc.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const fm = doc.frontMatter;
  if (!fm) return { start: doc.bomLength, end: doc.bomLength, text: `---${eol}theme: ${id}${eol}---${eol}` };
  const field = frontMatterField(doc, 'theme');
  if (!field) {
    const at = fm.contentSpan.end;
    const needsBreak = at > fm.contentSpan.start && text[at - 1] !== '\n';
    return { start: at, end: at, text: `${needsBreak ? eol : ''}theme: ${id}${fm.terminated || at < text.length ? eol : ''}` };
  }
  const v = field.value;
  if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) {
    if (v === id) return undefined;
    const { start, end } = field.valueSpan;
    // `theme:` with nothing after it: write the value after the colon.
    return start === end ? { start: field.keySpan.end + 1, end: field.keySpan.end + 1, text: ` ${id}` } : { start, end, text: id };
  }
  if ((v as Record<string, unknown>).name === id) return undefined;
  const locate = frontMatterLocator(text, field);
  const key = locate('name', 'key');
  if (key && /^['"]?name['"]?$/.test(text.slice(key.start, key.end))) {
    const value = locate('name', 'value')!;
    if (value.start !== key.start) return { start: value.start, end: value.end, text: id };
    const colon = text.indexOf(':', key.end) + 1;
    return { start: colon, end: colon, text: ` ${id}` };
  }
  const start = field.valueSpan.start;
  if (text[start] === '{') return { start: start + 1, end: start + 1, text: ` name: ${id},` };
  // A block map: a `name:` line first, indented as the map's first line.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = text.slice(lineStart, start);
  return { start: lineStart, end: lineStart, text: `${/^[ \t]*$/.test(indent) ? indent : '  '}name: ${id}${eol}` };
}
