// Which theme an article gets, and the API the preview's theme picker calls.
//
// Order, weakest first: the chosen theme's own values < the `wxpush.theme.*` settings < the theme
// file's `theme` < the front matter's `theme:`. The theme file sits above the settings because it
// is the workspace's shared look, the one the command line and publishing read as well (they have
// no editor settings), like `.wxpushrc.json` above `wxpush.rules`; the front matter is one push's
// own choice, so it wins. The name and each option are resolved on their own: an accent colour set
// in the settings stays when the front matter only picks another theme.
import type { Theme } from '../theme';
import { buildTheme } from './build';
import { BUILTIN_THEMES, DEFAULT_THEME_ID, type Labels, type ThemeDefinition } from './builtins';
import { readChoice, type Choice, type Locate, type ThemeProblem, type ThemeSource } from './choice';
import { themeDefinitions, type ThemeFile } from './file';
import { CHOICE_OPTIONS, type OptionKey, type ThemeOptions } from './options';

/** The settings as VS Code gives them; empty strings and nulls mean "not set". */
export interface ThemeSettings {
  name?: unknown;
  accentColor?: unknown;
  fontSize?: unknown;
  lineHeight?: unknown;
  headingStyle?: unknown;
  codeStyle?: unknown;
}

export interface ThemeListEntry {
  id: string;
  label: Labels;
  description: Labels;
  builtin: boolean;
  options: ThemeOptions;
}

export interface ResolvedTheme {
  /** The chosen theme's id. */
  name: string;
  label: Labels;
  /** Every option's final value. */
  options: ThemeOptions;
  /** Which layer decided the name and each option (`theme` = the chosen theme's own value). */
  from: Record<'name' | OptionKey, ThemeSource | 'theme'>;
  /** The inline styles the renderer writes. */
  theme: Theme;
  /** Values that could not be used (each left out, so the next layer's value applies). */
  problems: ThemeProblem[];
}

/** The themes for the picker: built-in first, then the theme file's, with labels in both languages. */
export function listThemes(file?: ThemeFile): ThemeListEntry[] {
  return themeDefinitions(file).map((t) => ({ id: t.id, label: t.label, description: t.description, builtin: BUILTIN_THEMES.includes(t), options: t.options }));
}

/** Reads the settings layer: only the keys a setting has, blanks dropped. */
export function readSettings(settings: ThemeSettings | undefined, names: readonly string[]): { choice: Choice; problems: ThemeProblem[] } {
  const raw: Record<string, unknown> = {};
  for (const key of ['name', ...CHOICE_OPTIONS] as const) {
    const v = (settings as Record<string, unknown> | undefined)?.[key];
    if (v !== undefined && v !== null && v !== '') raw[key] = v;
  }
  return readChoice(raw, 'setting', names);
}

/**
 * Resolves the theme of one push. `frontMatter` is the front matter's `theme:` value as parsed
 * (a name or a map); `locate` (optional) tells where its keys are written, for problem spans.
 * Pure and total: any input gives a theme.
 */
export function resolveTheme(settings: ThemeSettings | undefined, frontMatter: unknown, themeFile?: ThemeFile, locate?: Locate): ResolvedTheme {
  const defs = themeDefinitions(themeFile);
  const names = defs.map((d) => d.id);
  const layers: { source: ThemeSource; choice: Choice }[] = [];
  const problems: ThemeProblem[] = [];
  const s = readSettings(settings, names);
  layers.push({ source: 'setting', choice: s.choice });
  problems.push(...s.problems);
  if (themeFile) {
    layers.push({ source: 'theme-file', choice: themeFile.choice });
    problems.push(...themeFile.problems);
  }
  const fm = readChoice(frontMatter, 'front-matter', names, locate);
  layers.push({ source: 'front-matter', choice: fm.choice });
  problems.push(...fm.problems);

  let def: ThemeDefinition = defs.find((d) => d.id === DEFAULT_THEME_ID)!;
  const from = { name: 'theme' } as ResolvedTheme['from'];
  for (const l of layers) {
    const hit = l.choice.name ? defs.find((d) => d.id === l.choice.name) : undefined;
    if (hit) {
      def = hit;
      from.name = l.source;
    }
  }
  const options = { ...def.options };
  for (const key of Object.keys(options) as OptionKey[]) {
    from[key] = 'theme';
    for (const l of layers) {
      const v = l.choice.options[key];
      if (v !== undefined) {
        (options as Record<string, unknown>)[key] = v;
        from[key] = l.source;
      }
    }
  }
  return { name: def.id, label: def.label, options, from, theme: buildTheme(def.look, options), problems };
}
