// Completion: what fits at the cursor, decided from the model and the line's text up to the
// cursor. The editor supplies the media files it found near the document and the rule ids; this
// file stays free of any file system.
import type { Item, ItemKind, PushDocument, Span } from '../format/model';
import { ITEM_KINDS } from '../format/model';
import { FRONT_MATTER_FIELDS, ITEM_FIELDS, SEVERITY_NAMES, type FieldSpec } from '../format/schema';
import { fieldDescription } from '../format/schema.zh-cn';
import type { MediaKind } from '../media/types';
import { kindLimits, kindSummary, sharing } from './facts';
import { mediaKindOfPath } from './mediaPaths';
import { BUILTIN_THEMES, listThemes, OPTION_SPECS, optionSpec, type ThemeFile } from '../render/themes';
import { languageText, type LanguageLocale } from './texts';

export type CompletionKind = 'directive' | 'property' | 'value' | 'file' | 'rule' | 'snippet';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** Text to insert; a snippet (`$1`, `${1:x}`) when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** The document text the entry replaces (what has been typed of it). */
  replace: Span;
  filterText?: string;
  sortText?: string;
}

export interface CompletionInput {
  /** Paths relative to the document's folder, with `/` separators. */
  files?: readonly string[];
  ruleIds?: readonly string[];
  /** Today as `YYYY-MM-DD`, for the date value. */
  today?: string;
  /** A one-line description of a rule, shown beside its id. */
  describeRule?: (id: string) => string | undefined;
  /** The display language of details and documentation; English by default. */
  locale?: LanguageLocale;
  /** The workspace theme file, whose themes are offered with the built-in ones. */
  themeFile?: ThemeFile;
}

const COMMENT_KINDS = ['disable', 'enable', 'disable-next-line'] as const;

export function buildCompletions(doc: PushDocument, offset: number, input: CompletionInput = {}): CompletionEntry[] {
  const line = doc.lines.lineAt(offset);
  const lineStart = doc.lines.lineStart(line) + (line === 0 ? doc.bomLength : 0);
  const prefix = doc.text.slice(lineStart, offset);

  // Disable comments work anywhere, so they are checked first.
  const comment = commentCompletions(prefix, offset, input);
  if (comment) return comment;

  const fm = doc.frontMatter;
  if (fm && offset >= fm.contentSpan.start && offset <= fm.contentSpan.end && line > doc.lines.lineAt(fm.span.start)) {
    return frontMatterCompletions(doc, prefix, offset, input);
  }

  const item = itemOwningLine(doc, line);
  const out: CompletionEntry[] = [];
  // Column 0, `@` or nothing typed yet, not inside a fenced code block.
  if (/^@?[A-Za-z]*$/.test(prefix) && (prefix.startsWith('@') || prefix === '') && !inFence(doc, item, line)) {
    out.push(...directiveCompletions(doc, prefix, offset, input));
  }
  if (!item) return out;

  const header = doc.lines.lineAt(item.headerSpan.start);
  if (line === header) {
    const m = /^@(image|audio|video)[ \t]+(\S*)$/.exec(prefix);
    if (m) out.push(...fileCompletions(m[1] as MediaKind, m[2], offset, input));
    return out;
  }

  if (inFieldBlock(doc, item, line)) {
    const key = /^([A-Za-z][A-Za-z0-9_-]*)$/.exec(prefix) ?? (prefix === '' ? [''] : null);
    if (key && item.kind !== 'text') out.push(...fieldKeyCompletions(item.kind, item.fields, prefix, offset, input.locale));
    const value = /^([A-Za-z][A-Za-z0-9_-]*):[ \t]*(.*)$/.exec(prefix);
    if (value) out.push(...valueCompletions(fieldSpecOf(item.kind, value[1]), value[2], offset, input));
    return out;
  }

  if (item.kind === 'article') {
    // A markdown image: `![alt](path`.
    const img = /!\[[^\]]*\]\(([^)\s]*)$/.exec(prefix);
    if (img) out.push(...fileCompletions('image', img[1], offset, input));
  }
  return out;
}

// ---- directives ----------------------------------------------------------------------------

export const DIRECTIVE_SNIPPETS: Readonly<Record<ItemKind, string>> = {
  article: '@article ${1:Title}\nauthor: ${2:Author}\ncover: ${3:media/cover.jpg}\ndigest: ${4:One sentence for share cards.}\n\n${0:Body in markdown.}',
  text: '@text ${0:Message}',
  image: '@image ${1:media/image.png}',
  audio: '@audio ${1:media/audio.mp3}\ntitle: ${2:Title}',
  video: '@video ${1:media/video.mp4}\ntitle: ${2:Title}\ndescription: ${3:Description}\ncover: ${4:media/video-cover.jpg}',
};

function directiveCompletions(doc: PushDocument, prefix: string, offset: number, input: CompletionInput): CompletionEntry[] {
  const replace = { start: offset - prefix.length, end: offset };
  return ITEM_KINDS.map((kind, i) => ({
    label: `@${kind}`,
    kind: 'directive' as const,
    insertText: withFileChoice(localizeSnippet(DIRECTIVE_SNIPPETS[kind], input.locale), kind, input),
    snippet: true,
    detail: languageText(input.locale, `completion.new.${kind}`),
    documentation: `${kindSummary(kind, input.locale)}\n\n${sharing(kind === 'article' ? 'article' : 'other', input.locale)}\n\n${kindLimits(kind, input.locale)}`,
    replace,
    filterText: `@${kind}`,
    sortText: `0${i}`,
  }));
  void doc;
}

const SNIPPET_WORDS = ['snippet.title', 'snippet.author', 'snippet.digest', 'snippet.body', 'snippet.message', 'snippet.description'];

/** The snippet's placeholder words in the display language (`${1:Title}` → `${1:标题}`). */
export function localizeSnippet(snippet: string, locale: LanguageLocale | undefined): string {
  if (!locale || locale === 'en') return snippet;
  let out = snippet;
  for (const key of SNIPPET_WORDS) out = out.split(`:${languageText('en', key)}}`).join(`:${languageText(locale, key)}}`);
  return out;
}

/** Offers the files found near the document as the first placeholder's choices. */
function withFileChoice(snippet: string, kind: ItemKind, input: CompletionInput): string {
  if (kind !== 'image' && kind !== 'audio' && kind !== 'video') return snippet;
  const files = (input.files ?? []).filter((f) => mediaKindOfPath(f) === kind).slice(0, 20);
  if (!files.length) return snippet;
  const choice = files.map((f) => f.replace(/[\\|,$}]/g, (c) => `\\${c}`)).join(',');
  return snippet.replace(/^(@\w+ )\$\{1:[^}]*\}/, `$1\${1|${choice}|}`);
}

// ---- fields --------------------------------------------------------------------------------

function fieldKeyCompletions(owner: ItemKind | 'front-matter', present: readonly { key: string }[], prefix: string, offset: number, locale: LanguageLocale | undefined): CompletionEntry[] {
  const specs = owner === 'front-matter' ? FRONT_MATTER_FIELDS : ITEM_FIELDS[owner];
  const have = new Set(present.map((f) => f.key));
  const replace = { start: offset - prefix.length, end: offset };
  return specs
    .filter((s) => !have.has(s.key) || s.key === prefix)
    .map((s, i) => ({
      label: s.key,
      kind: 'property' as const,
      insertText: s.value.type === 'enum' ? `${s.key}: \${1|${s.value.values.join(',')}|}` : s.value.type === 'theme' ? `${s.key}: \${1|${BUILTIN_THEMES.map((t) => t.id).join(',')}|}` : s.value.type === 'rules' ? `${s.key}:\n  \${1:rule-id}: \${2|off,info,warning,error|}` : `${s.key}: $0`,
      snippet: true,
      detail: languageText(locale, owner === 'front-matter' ? 'completion.front-matter' : 'completion.field'),
      documentation: fieldDescription(owner, s, locale),
      replace,
      sortText: `1${String(i).padStart(2, '0')}`,
    }));
}

function valueCompletions(spec: FieldSpec | undefined, typed: string, offset: number, input: CompletionInput): CompletionEntry[] {
  if (!spec) return [];
  const replace = { start: offset - typed.length, end: offset };
  const values = (list: readonly string[], detail: string) =>
    list.map((v, i) => ({ label: v, kind: 'value' as const, insertText: v, detail, replace, sortText: `2${i}` }));
  switch (spec.value.type) {
    case 'enum':
      return values(spec.value.values, spec.key);
    case 'boolean':
      return values(['true', 'false'], spec.key);
    case 'path':
      return fileCompletions(spec.value.media, typed, offset, input);
    case 'theme':
      return themeNames(replace, input);
    case 'date':
      return input.today ? [{ label: input.today, kind: 'value', insertText: input.today, detail: languageText(input.locale, 'completion.today'), replace }] : [];
    default:
      return [];
  }
}

function fileCompletions(kind: MediaKind, typed: string, offset: number, input: CompletionInput): CompletionEntry[] {
  const replace = { start: offset - typed.length, end: offset };
  return (input.files ?? [])
    .filter((f) => mediaKindOfPath(f) === kind)
    .map((f) => ({ label: f, kind: 'file' as const, insertText: f, detail: languageText(input.locale, `media.${kind}`), replace, sortText: `3${f}` }));
}

function fieldSpecOf(kind: ItemKind, key: string): FieldSpec | undefined {
  return ITEM_FIELDS[kind].find((f) => f.key === key);
}

// ---- front matter --------------------------------------------------------------------------

function frontMatterCompletions(doc: PushDocument, prefix: string, offset: number, input: CompletionInput): CompletionEntry[] {
  const fields = doc.frontMatter!.fields;
  if (/^[A-Za-z]*$/.test(prefix)) return fieldKeyCompletions('front-matter', fields, prefix, offset, input.locale);
  const value = /^([A-Za-z][A-Za-z0-9_-]*):[ \t]*(.*)$/.exec(prefix);
  if (value) return valueCompletions(FRONT_MATTER_FIELDS.find((f) => f.key === value[1]), value[2], offset, input);
  // Inside `theme:`: indented option keys, then the values of the ones that have a list.
  if (inMap(doc, offset, 'theme')) {
    const key = /^([ \t]+)(\w*)$/.exec(prefix);
    if (key) {
      const replace = { start: offset - key[2].length, end: offset };
      return ['name', ...OPTION_SPECS.map((o) => o.key)].map((k, i) => ({
        label: k,
        kind: 'property' as const,
        insertText: `${k}: `,
        detail: languageText(input.locale, 'completion.theme-option'),
        documentation: languageText(input.locale, `theme.option.${k}`),
        replace,
        sortText: `${i}`,
      }));
    }
    const v = /^[ \t]+(\w+):[ \t]*([\w-]*)$/.exec(prefix);
    if (v) {
      const replace = { start: offset - v[2].length, end: offset };
      if (v[1] === 'name') return themeNames(replace, input);
      const spec = optionSpec(v[1]);
      return spec?.type === 'enum' ? spec.values.map((x, i) => ({ label: x, kind: 'value' as const, insertText: x, detail: v[1], replace, sortText: `${i}` })) : [];
    }
    return [];
  }
  // Inside `rules:`: indented rule ids, then their severities.
  if (inMap(doc, offset, 'rules')) {
    const id = /^([ \t]+)([\w-]*)$/.exec(prefix);
    if (id) {
      const replace = { start: offset - id[2].length, end: offset };
      return (input.ruleIds ?? []).map((r) => ruleEntry(r, `${r}: `, replace, input));
    }
    const sev = /^[ \t]+[\w-]+:[ \t]*(\w*)$/.exec(prefix);
    if (sev) {
      const replace = { start: offset - sev[1].length, end: offset };
      return SEVERITY_NAMES.map((s, i) => ({ label: s, kind: 'value' as const, insertText: s, detail: languageText(input.locale, 'completion.severity'), replace, sortText: `${i}` }));
    }
  }
  return [];
}

/** Whether `offset` is on an indented line under `key:` (a block map). */
function inMap(doc: PushDocument, offset: number, key: 'rules' | 'theme'): boolean {
  const fm = doc.frontMatter!;
  const before = doc.text.slice(fm.contentSpan.start, offset).split(/\r?\n/);
  for (let i = before.length - 2; i >= 0; i--) {
    const l = before[i];
    if (/^\S/.test(l)) return new RegExp(`^${key}:\\s*$`).test(l);
  }
  return false;
}

/** The built-in themes and the theme file's, with their labels in the display language. */
function themeNames(replace: { start: number; end: number }, input: CompletionInput): CompletionEntry[] {
  const locale = input.locale === 'zh-cn' ? 'zh-cn' : 'en';
  return listThemes(input.themeFile).map((t, i) => ({
    label: t.id,
    kind: 'value' as const,
    insertText: t.id,
    detail: t.label[locale],
    documentation: t.description[locale],
    replace,
    sortText: `2${i}`,
  }));
}

// ---- disable comments ----------------------------------------------------------------------

function commentCompletions(prefix: string, offset: number, input: CompletionInput): CompletionEntry[] | undefined {
  const open = prefix.lastIndexOf('<!--');
  if (open === -1 || prefix.indexOf('-->', open) !== -1) return undefined;
  const inside = prefix.slice(open + 4);
  const kind = /^\s*(w[\w-]*)$/.exec(inside) ?? (/^\s*$/.test(inside) ? ['', ''] : null);
  if (kind) {
    const typed = kind[1];
    const replace = { start: offset - typed.length, end: offset };
    return COMMENT_KINDS.map((k, i) => ({
      label: `wxpush-${k}`,
      kind: 'directive' as const,
      insertText: `wxpush-${k} `,
      detail: languageText(input.locale, `completion.${k}`),
      replace,
      sortText: `${i}`,
    }));
  }
  const ids = /^\s*wxpush-(?:disable-next-line|disable|enable)\s+((?:[\w-]+\s+)*)([\w-]*)$/.exec(inside);
  if (!ids) return inside.trim().startsWith('wxpush-') ? [] : undefined;
  const listed = new Set(ids[1].split(/\s+/).filter(Boolean));
  const replace = { start: offset - ids[2].length, end: offset };
  return (input.ruleIds ?? [])
    .filter((r) => !listed.has(r))
    .map((r) => ruleEntry(r, r, replace, input));
}

function ruleEntry(id: string, insertText: string, replace: Span, input: CompletionInput): CompletionEntry {
  const description = input.describeRule?.(id);
  return { label: id, kind: 'rule', insertText, detail: description ?? languageText(input.locale, 'completion.rule'), replace, sortText: id };
}

// ---- where the cursor is -------------------------------------------------------------------

/** The item whose lines include `line` (from its directive to the next directive). */
export function itemOwningLine(doc: PushDocument, line: number): Item | undefined {
  let found: Item | undefined;
  for (const item of doc.items) {
    if (doc.lines.lineAt(item.directiveSpan.start) <= line) found = item;
    else break;
  }
  if (!found) return undefined;
  // Unknown directives own their lines too: past one, the cursor is not in the previous item.
  for (const u of doc.unknownDirectives) {
    const l = doc.lines.lineAt(u.directiveSpan.start);
    if (l > doc.lines.lineAt(found.directiveSpan.start) && l <= line) return undefined;
  }
  return found;
}

/** Whether `line` is in the field block: right after the directive, with only field lines above it. */
function inFieldBlock(doc: PushDocument, item: Item, line: number): boolean {
  if (item.kind === 'text') return false;
  const header = doc.lines.lineAt(item.headerSpan.start);
  for (let l = header + 1; l < line; l++) {
    if (!/^[A-Za-z][A-Za-z0-9_-]*:(?:[ \t]|$)/.test(doc.lines.lineText(l))) return false;
  }
  return line > header;
}

function inFence(doc: PushDocument, item: Item | undefined, line: number): boolean {
  if (!item || item.kind !== 'article' || !item.tokens) return false;
  for (const t of item.tokens) {
    if (t.type !== 'fence' || !t.map) continue;
    const first = item.bodyLine + t.map[0];
    const last = item.bodyLine + t.map[1] - 1;
    if (line > first && line <= last) return true;
  }
  return false;
}
