// The workspace theme file, `.wxpush/theme.json`: themes of the workspace's own (each extends a
// built-in one) and the workspace's choice. Read with the `yaml` library, whose JSON reading keeps
// every node's range, so each problem points at the exact key or value in the file.
//
// {
//   "theme": "brand",                       // or { "name": "brand", "fontSize": 16 }
//   "themes": {
//     "brand": { "extends": "classic", "label": { "en": "Brand", "zh-cn": "品牌" }, "accentColor": "#c03" }
//   }
// }
import { isMap, isScalar, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { Span } from '../../format/model';
import { closest } from '../../text/similarity';
import { BUILTIN_THEMES, builtinTheme, DEFAULT_THEME_ID, type Labels, type ThemeDefinition } from './builtins';
import { readChoice, shown, type Choice, type Locate, type ThemeProblem } from './choice';
import { OPTION_SPECS } from './options';

export const THEME_FILE = '.wxpush/theme.json';

export interface ThemeFile {
  /** Where it was read from (for related information in diagnostics). */
  path?: string;
  /** The themes it defines, complete (their built-in base's look and options filled in). */
  themes: ThemeDefinition[];
  /** Its `theme` choice, with the values that could not be used left out. */
  choice: Choice;
  /** Everything wrong in it, with spans in its text. */
  problems: ThemeProblem[];
}

const THEME_KEYS = ['extends', 'label', ...OPTION_SPECS.map((s) => s.key)];
const ID = /^[a-z][a-z0-9-]{0,31}$/;

function range(node: unknown): Span | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

function pairs(map: YAMLMap): Pair<YamlNode, YamlNode | null>[] {
  return (map.items as Pair<YamlNode, YamlNode | null>[]).filter((p) => isScalar(p.key));
}

function keyOf(p: Pair<YamlNode, YamlNode | null>): string {
  return String((p.key as { value: unknown }).value);
}

/** Locates keys and values inside one map node. */
function locator(map: unknown, whole: Span | undefined): Locate {
  return (key, part = 'value') => {
    if (!key || !isMap(map)) return whole;
    const p = pairs(map as YAMLMap).find((x) => keyOf(x) === key);
    if (!p) return whole;
    return (part === 'key' ? range(p.key) : range(p.value)) ?? range(p.key) ?? whole;
  };
}

export function parseThemeFile(text: string, path?: string): ThemeFile {
  const file: ThemeFile = { path, themes: [], choice: { options: {} }, problems: [] };
  const source = 'theme-file' as const;
  const clean = text.replace(/^\uFEFF/, '');
  const offset = text.length - clean.length;
  const at = (s: Span | undefined): Span | undefined => (s ? { start: s.start + offset, end: s.end + offset } : undefined);
  try {
    JSON.parse(clean);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const p = pos ? Math.min(+pos[1], clean.length) : 0;
    const span = at({ start: p, end: Math.min(p + 1, clean.length) })!;
    file.problems.push({ source, fault: 'json', key: '', value: (e as Error).message, span, line: (text.slice(0, span.start).match(/\n/g) ?? []).length });
    return file;
  }
  const doc = parseDocument(clean, { prettyErrors: false, uniqueKeys: false });
  const root = doc.contents;
  if (!isMap(root)) {
    file.problems.push({ source, fault: 'not-an-object', key: '', value: shown(doc.toJSON()), span: at(range(root)), line: 0 });
    return file;
  }
  const top = pairs(root as YAMLMap);
  // Themes first: the choice may name them.
  const themesPair = top.find((p) => keyOf(p) === 'themes');
  if (themesPair) {
    if (!isMap(themesPair.value)) {
      file.problems.push({ source, fault: 'not-an-object', key: 'themes', value: shown(themesPair.value?.toJSON()), span: at(range(themesPair.value) ?? range(themesPair.key)) });
    } else {
      for (const p of pairs(themesPair.value as YAMLMap)) {
        const def = readTheme(keyOf(p), p, file.problems, at);
        if (def) file.themes.push(def);
      }
    }
  }
  const names = [...BUILTIN_THEMES.map((t) => t.id), ...file.themes.map((t) => t.id)];
  for (const p of top) {
    const key = keyOf(p);
    if (key === 'themes' || key === '$schema') continue;
    if (key !== 'theme') {
      file.problems.push({ source, fault: 'unknown-key', key, value: key, suggestion: closest(key, ['theme', 'themes']), span: at(range(p.key)) });
      continue;
    }
    const value = p.value;
    const locate = locator(value, range(value) ?? range(p.key));
    const r = readChoice(value ? value.toJSON() : null, source, names, (k, part) => at(locate(k, part)));
    file.choice = r.choice;
    file.problems.push(...r.problems);
  }
  // In the order they are written, as an author reads the file.
  file.problems.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  for (const p of file.problems) if (p.span) p.line = (text.slice(0, p.span.start).match(/\n/g) ?? []).length;
  return file;
}

function readTheme(id: string, p: Pair<YamlNode, YamlNode | null>, problems: ThemeProblem[], at: (s: Span | undefined) => Span | undefined): ThemeDefinition | undefined {
  const source = 'theme-file' as const;
  const keySpan = at(range(p.key));
  if (builtinTheme(id)) {
    problems.push({ source, fault: 'shadow', key: `themes.${id}`, value: id, span: keySpan });
    return undefined;
  }
  if (!ID.test(id)) {
    problems.push({ source, fault: 'bad-name', key: `themes.${id}`, value: id, span: keySpan });
    return undefined;
  }
  if (!isMap(p.value)) {
    problems.push({ source, fault: 'not-an-object', key: `themes.${id}`, value: shown(p.value?.toJSON()), span: at(range(p.value)) ?? keySpan });
    return undefined;
  }
  const map = p.value as YAMLMap;
  const json = map.toJSON() as Record<string, unknown>;
  const locate = locator(map, range(map));
  const names = BUILTIN_THEMES.map((t) => t.id);
  let base = builtinTheme(DEFAULT_THEME_ID)!;
  if (json.extends !== undefined) {
    const hit = typeof json.extends === 'string' ? builtinTheme(json.extends.trim()) : undefined;
    if (hit) base = hit;
    else problems.push({ source, fault: 'extends', key: `themes.${id}.extends`, value: shown(json.extends), suggestion: typeof json.extends === 'string' ? closest(json.extends, names) : undefined, expected: names.map((n) => `\`${n}\``).join(', '), span: at(locate('extends')) });
  }
  let label: Labels = { en: id, 'zh-cn': id };
  if (json.label !== undefined) {
    const l = json.label as Record<string, unknown>;
    if (typeof json.label === 'string' && json.label.trim()) label = { en: json.label.trim(), 'zh-cn': json.label.trim() };
    else if (l && typeof l === 'object' && !Array.isArray(l) && typeof l.en === 'string' && Object.keys(l).every((k) => k === 'en' || k === 'zh-cn') && (l['zh-cn'] === undefined || typeof l['zh-cn'] === 'string'))
      label = { en: l.en, 'zh-cn': typeof l['zh-cn'] === 'string' ? l['zh-cn'] : l.en };
    else problems.push({ source, fault: 'label', key: `themes.${id}.label`, value: shown(json.label), span: at(locate('label')) });
  }
  const options: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) {
    if (k === 'extends' || k === 'label') continue;
    if (!THEME_KEYS.includes(k)) {
      problems.push({ source, fault: 'unknown-key', key: `themes.${id}.${k}`, value: k, suggestion: closest(k, THEME_KEYS), span: at(locate(k, 'key')) });
      continue;
    }
    options[k] = v;
  }
  const r = readChoice(options, source, [], (k, part) => at(locate(k, part)));
  for (const problem of r.problems) problems.push({ ...problem, key: `themes.${id}.${problem.key}` });
  return { id, label, description: { en: `Based on ${base.label.en}.`, 'zh-cn': `基于“${base.label['zh-cn']}”。` }, look: base.look, options: { ...base.options, ...r.choice.options } };
}

/** The themes an author can choose: the built-in ones, then the theme file's. */
export function themeDefinitions(file?: ThemeFile): readonly ThemeDefinition[] {
  return file ? [...BUILTIN_THEMES, ...file.themes] : BUILTIN_THEMES;
}
