// Reading a theme choice: a theme's name, or a map of `name` and options. The same shape is read
// from the `wxpush.theme.*` settings, the theme file's `theme` and the front matter's `theme:`; a
// value that cannot be used becomes a problem (the theme-value rule reports it) and is left out, so
// the article falls back to the next layer instead of breaking.
import type { Span } from '../../format/model';
import { closest } from '../../text/similarity';
import { checkOption, OPTION_SPECS, optionSpec, type OptionFault, type ThemeOptions } from './options';

export type ThemeSource = 'setting' | 'theme-file' | 'front-matter';

export type ThemeFault =
  | OptionFault
  /** A name that is neither built in nor defined by the theme file. */
  | 'unknown-theme'
  /** A key a theme choice (or a theme of the theme file) does not have. */
  | 'unknown-key'
  /** Neither a name nor a map. */
  | 'not-a-choice'
  /** The theme file is not valid JSON, or not an object where one is needed. */
  | 'json'
  | 'not-an-object'
  /** `extends` names no built-in theme. */
  | 'extends'
  /** A theme of the file reuses a built-in theme's name. */
  | 'shadow'
  /** A theme of the file has a name that is not lowercase letters, digits and `-`. */
  | 'bad-name'
  /** A label that is neither text nor `{ "en": …, "zh-cn": … }`. */
  | 'label';

export interface ThemeProblem {
  source: ThemeSource;
  fault: ThemeFault;
  /** The key at fault (`name`, an option, `theme`, `themes.<id>.<option>`…). */
  key: string;
  /** The value as written, for the message. */
  value: string;
  /** What the author probably meant (a name or key), when one is close. */
  suggestion?: string;
  /** What the value must be, for the message (`14–18`, `plain, underline, …`). */
  expected?: string;
  /** Where, in the theme file for `theme-file` problems, in the push for `front-matter` ones. */
  span?: Span;
  /** 0-based line of `span` in the theme file (for diagnostics shown in a push). */
  line?: number;
}

export interface Choice {
  name?: string;
  options: Partial<ThemeOptions>;
}

/** Finds where a key (or, without one, the whole value) is written; absent = not known. */
export type Locate = (key?: string, part?: 'key' | 'value') => Span | undefined;

export const CHOICE_KEYS = ['name', ...OPTION_SPECS.map((s) => s.key)];

export function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function expectedText(key: string): string | undefined {
  const spec = optionSpec(key);
  if (!spec) return undefined;
  if (spec.type === 'number') return `${spec.min}–${spec.max}`;
  if (spec.type === 'enum') return spec.values.map((v) => `\`${v}\``).join(', ');
  return undefined;
}

/** Reads a choice; `names` are the themes that exist (built-in and from the theme file). */
export function readChoice(raw: unknown, source: ThemeSource, names: readonly string[], locate: Locate = () => undefined): { choice: Choice; problems: ThemeProblem[] } {
  const choice: Choice = { options: {} };
  const problems: ThemeProblem[] = [];
  const name = (v: unknown, key: string) => {
    const s = typeof v === 'string' ? v.trim() : '';
    if (names.includes(s)) choice.name = s;
    else problems.push({ source, fault: 'unknown-theme', key, value: shown(v), suggestion: s ? closest(s.toLowerCase(), names) : undefined, expected: names.map((n) => `\`${n}\``).join(', '), span: locate(key === 'theme' ? undefined : key, 'value') });
  };
  if (raw === null || raw === undefined || raw === '') return { choice, problems };
  if (typeof raw === 'string') {
    name(raw, 'theme');
    return { choice, problems };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ source, fault: 'not-a-choice', key: 'theme', value: shown(raw), span: locate(undefined, 'value') });
    return { choice, problems };
  }
  for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'name') {
      name(v, 'name');
      continue;
    }
    const spec = optionSpec(key);
    if (!spec) {
      problems.push({ source, fault: 'unknown-key', key, value: key, suggestion: closest(key, CHOICE_KEYS), span: locate(key, 'key') });
      continue;
    }
    const r = checkOption(spec, v);
    if (r.fault) problems.push({ source, fault: r.fault, key, value: shown(v), expected: expectedText(key), span: locate(key, 'value') });
    else (choice.options as Record<string, unknown>)[key] = r.value;
  }
  return { choice, problems };
}
