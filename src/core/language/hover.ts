// Hovers. `hoverAt` answers from the model alone (directives, fields, front-matter keys); for a
// media path it returns a `media` target, and the editor reads the file and calls `mediaHover`.
import type { Field, Item, ItemKind, PushDocument, Span } from '../format/model';
import { accountType, articleTitle } from '../format/queries';
import { fieldSpec } from '../format/schema';
import { fieldDescription } from '../format/schema.zh-cn';
import type { MediaInfo, MediaKind } from '../media/types';
import { charCount, formatBytes, formatCount, utf8Bytes } from './counting';
import { delivery, kindLimits, kindName, kindSummary, mediaLimitText, quota, sendCounting, sharing } from './facts';
import { ARTICLE_FIELD_LIMITS, AUTO_DIGEST_CHARS, MAX_TEXT_BYTES, MEDIA_LIMITS, type LengthLimit, type MediaLimit } from './limits';
import { bodyImageRefs } from './links';
import { isRemotePath } from './mediaPaths';
import { languageText, type LanguageLocale } from './texts';
import { CHOICE_KEYS, frontMatterLocator, themeDefinitions, type ThemeFile } from '../render/themes';

export interface InfoHover {
  type: 'info';
  span: Span;
  /** Markdown. */
  markdown: string;
}

/** Where a media file is used decides which limits apply. */
export type MediaRole = 'item' | 'cover' | 'video-cover' | 'avatar' | 'body';

export interface MediaTarget {
  type: 'media';
  span: Span;
  path: string;
  media: MediaKind;
  role: MediaRole;
}

export type HoverTarget = InfoHover | MediaTarget;

const within = (s: Span, offset: number) => offset >= s.start && offset <= s.end;

export interface HoverOptions {
  /** A rule's one-line description, for rule ids in disable comments. */
  describeRule?: (id: string) => string | undefined;
  /** Where a rule's documentation lives. */
  ruleDocsUrl?: (id: string) => string;
  /** The display language; English by default. */
  locale?: LanguageLocale;
  /** The workspace theme file, whose themes a `theme:` value may name. */
  themeFile?: ThemeFile;
}

export function hoverAt(doc: PushDocument, offset: number, options: HoverOptions = {}): HoverTarget | undefined {
  const locale = options.locale ?? 'en';
  for (const c of doc.comments) {
    if (!within(c.span, offset)) continue;
    const rule = c.rules.find((r) => within(r.span, offset));
    if (rule && options.describeRule) {
      const description = options.describeRule(rule.text);
      const md = description
        ? `**${rule.text}** — ${description}${options.ruleDocsUrl ? `\n\n[${languageText(locale, 'hover.rule-docs')}](${options.ruleDocsUrl(rule.text)})` : ''}`
        : languageText(locale, 'hover.not-rule', { id: rule.text });
      return { type: 'info', span: rule.span, markdown: md };
    }
  }
  const fm = doc.frontMatter;
  if (fm && within(fm.span, offset)) {
    for (const f of fm.fields) {
      if (within(f.keySpan, offset) || within(f.valueSpan, offset)) return frontMatterHover(doc, f, offset, locale, options.themeFile);
    }
    return undefined;
  }
  for (const item of doc.items) {
    if (offset < item.directiveSpan.start) break;
    if (!within(item.span, offset) && !within(item.headerSpan, offset)) continue;
    if (within(item.directiveSpan, offset)) return { type: 'info', span: item.directiveSpan, markdown: directiveMarkdown(doc, item.kind, item, locale) };
    if (item.argument && within(item.argument.span, offset)) {
      if (item.kind === 'article') return { type: 'info', span: item.argument.span, markdown: lengthMarkdown('title', articleTitle(item)?.text ?? '', locale, item.argument.text) };
      if (item.kind !== 'text' && !isRemotePath(item.argument.text)) return { type: 'media', span: item.argument.span, path: item.argument.text, media: item.kind, role: 'item' };
      return undefined;
    }
    for (const f of item.fields) {
      if (!within(f.span, offset)) continue;
      return fieldHover(item, f, offset, locale);
    }
    if (item.kind === 'article') {
      const ref = bodyImageRefs(doc, item).find((r) => within(r.span, offset));
      if (ref && !isRemotePath(ref.path)) return { type: 'media', span: ref.span, path: ref.path, media: 'image', role: 'body' };
    }
    return undefined;
  }
  return undefined;
}

// ---- directives ----------------------------------------------------------------------------

export function directiveMarkdown(doc: PushDocument, kind: ItemKind, item?: Item, locale: LanguageLocale = 'en'): string {
  const type = accountType(doc);
  const lines = [`**@${kind}**`, '', kindSummary(kind, locale), ''];
  lines.push(sharing(kind === 'article' ? 'article' : 'other-chat', locale), '');
  if (type) lines.push(`${delivery(type, 'long', locale)} ${quota(type, locale)}`, '');
  else lines.push(delivery('subscription', 'long', locale), '', delivery('service', 'long', locale), '');
  lines.push(sendCounting(locale), '', languageText(locale, 'hover.limits', { limits: kindLimits(kind, locale) }));
  if (item?.kind === 'text') lines.push('', languageText(locale, 'hover.text-size', { used: formatCount(utf8Bytes(item.message?.text ?? '')), max: formatCount(MAX_TEXT_BYTES) }));
  return lines.join('\n');
}

// ---- fields --------------------------------------------------------------------------------

function fieldHover(item: Item, f: Field, offset: number, locale: LanguageLocale): HoverTarget | undefined {
  const spec = fieldSpec(item.kind, f.key);
  if (spec?.value.type === 'path' && within(f.valueSpan, offset) && f.raw && !isRemotePath(f.raw)) {
    const role: MediaRole = f.key !== 'cover' ? 'item' : item.kind === 'video' ? 'video-cover' : 'cover';
    return { type: 'media', span: f.valueSpan, path: f.raw, media: spec.value.media, role };
  }
  if (item.kind === 'article' && (f.key === 'title' || f.key === 'author' || f.key === 'digest')) {
    const v = typeof f.value === 'string' ? f.value : f.raw;
    return { type: 'info', span: f.span, markdown: lengthMarkdown(f.key, v, locale) };
  }
  if (!spec) return { type: 'info', span: f.keySpan, markdown: languageText(locale, 'hover.not-field', { key: f.key, kind: locale === 'en' ? item.kind : kindName(item.kind, locale) }) };
  return { type: 'info', span: f.span, markdown: `**${f.key}** — ${fieldDescription(item.kind, spec, locale)}` };
}


/** "32 recommended / 64 max characters — 17 used". */
export function lengthLine(limit: LengthLimit, used: number, locale: LanguageLocale = 'en'): string {
  const state = used > limit.max ? languageText(locale, 'length.over-max') : used > limit.recommended ? languageText(locale, 'length.over-recommended') : '';
  return languageText(locale, 'length.line', { recommended: limit.recommended, max: limit.max, used: formatCount(used), state });
}

function lengthMarkdown(key: 'title' | 'author' | 'digest', value: string, locale: LanguageLocale, shownInstead?: string): string {
  const meaning = languageText(locale, `field.${key}`, { chars: AUTO_DIGEST_CHARS });
  const lines = [`**${key}** — ${meaning}`, '', lengthLine(ARTICLE_FIELD_LIMITS[key], charCount(value.trim()), locale)];
  if (shownInstead !== undefined && shownInstead.trim() !== value.trim()) lines.push('', languageText(locale, 'hover.title-overridden'));
  return lines.join('\n');
}

// ---- front matter --------------------------------------------------------------------------

function frontMatterHover(doc: PushDocument, f: Field, offset: number, locale: LanguageLocale, themeFile?: ThemeFile): HoverTarget | undefined {
  const spec = fieldSpec('front-matter', f.key);
  if (spec?.value.type === 'path' && within(f.valueSpan, offset) && f.raw && !isRemotePath(f.raw)) {
    return { type: 'media', span: f.valueSpan, path: f.raw, media: 'image', role: 'avatar' };
  }
  if (f.key === 'type') {
    const type = accountType(doc);
    const md = type
      ? `**type: ${type}**\n\n${delivery(type, 'long', locale)}\n\n${quota(type, locale)} ${sendCounting(locale)}`
      : `**type** — ${spec ? fieldDescription('front-matter', spec, locale) : ''}\n\n${delivery('subscription', 'long', locale)}\n\n${delivery('service', 'long', locale)}`;
    return { type: 'info', span: f.span, markdown: md };
  }
  if (!spec) return { type: 'info', span: f.keySpan, markdown: languageText(locale, 'hover.not-front-matter', { key: f.key }) };
  if (spec.value.type === 'theme' && within(f.valueSpan, offset)) {
    const inner = themeHover(doc, f, offset, locale, themeFile);
    if (inner) return inner;
  }
  return { type: 'info', span: f.span, markdown: `**${f.key}** — ${fieldDescription('front-matter', spec, locale)}` };
}

/** Inside `theme:`: a theme's name shows its label and look; an option key what it changes. */
function themeHover(doc: PushDocument, f: Field, offset: number, locale: LanguageLocale, themeFile?: ThemeFile): InfoHover | undefined {
  const locate = frontMatterLocator(doc.text, f);
  const describeTheme = (name: string, span: Span): InfoHover | undefined => {
    const t = themeDefinitions(themeFile).find((d) => d.id === name.trim());
    return t ? { type: 'info', span, markdown: `**${t.label[locale]}** (\`${t.id}\`) — ${t.description[locale]}` } : undefined;
  };
  if (typeof f.value === 'string') return describeTheme(f.value, f.valueSpan);
  for (const key of CHOICE_KEYS) {
    const k = locate(key, 'key');
    const v = locate(key, 'value');
    if (!k || k === f.valueSpan) continue;
    if (key === 'name' && v && within(v, offset)) return describeTheme(doc.text.slice(v.start, v.end).replace(/^['"]|['"]$/g, ''), v);
    if (within(k, offset) || (v && within(v, offset))) return { type: 'info', span: { start: k.start, end: v && v !== k ? v.end : k.end }, markdown: `**${key}** — ${languageText(locale, `theme.option.${key}`)}` };
  }
  return undefined;
}

// ---- media ---------------------------------------------------------------------------------

export function mediaLimitFor(media: MediaKind, role: MediaRole): MediaLimit {
  if (role === 'body') return MEDIA_LIMITS.bodyImage;
  if (role === 'video-cover') return MEDIA_LIMITS.videoCover;
  if (media === 'audio') return MEDIA_LIMITS.audio;
  if (media === 'video') return MEDIA_LIMITS.video;
  return MEDIA_LIMITS.image;
}

export interface MediaHoverOptions {
  /** A URI the hover may show the image from; no thumbnail without it. */
  thumbnailUri?: string;
  locale?: LanguageLocale;
}

export function mediaHover(target: Pick<MediaTarget, 'path' | 'media' | 'role'>, info: MediaInfo, options: MediaHoverOptions = {}): string {
  const locale = options.locale ?? 'en';
  const name = target.path.split(/[\\/]/).pop() || target.path;
  if (!info.exists) return languageText(locale, info.unreadable ? `media.unreadable.${info.unreadable}` : 'media.not-found', { name: escapeMd(name), path: escapeMd(target.path) });
  const facts: string[] = [];
  if (info.format) facts.push(info.format.toUpperCase());
  if (info.width && info.height) facts.push(`${info.width} × ${info.height}`);
  if (info.durationSeconds !== undefined) facts.push(formatDuration(info.durationSeconds, locale));
  if (info.size !== undefined) facts.push(formatBytes(info.size));
  const limit = mediaLimitFor(target.media, target.role);
  const lines = [`**${escapeMd(name)}** — ${facts.join(' · ') || languageText(locale, 'media.unknown-format')}`, ''];
  const problems = mediaProblems(info, limit, locale);
  const verdict = problems.length ? ` — ${problems.join(languageText(locale, 'media.problems-separator'))}` : ' ✓';
  lines.push(languageText(locale, 'media.limits-line', { role: roleName(target, locale), limits: mediaLimitText(limit), verdict }));
  if (target.role === 'cover' && info.width && info.height) {
    lines.push('', languageText(locale, 'media.cover-crop', { ratio: (info.width / info.height).toFixed(2) }));
  }
  if (options.thumbnailUri && target.media === 'image') lines.push('', `![${escapeMd(name)}](${options.thumbnailUri}|${thumbnailSize(info)})`);
  return lines.join('\n');
}

/** Fits the thumbnail in 240 × 160 (a tall image would push the hover past the screen). */
function thumbnailSize(info: MediaInfo): string {
  if (!info.width || !info.height) return 'width=240';
  const scale = Math.min(240 / info.width, 160 / info.height, 1);
  return `width=${Math.max(1, Math.round(info.width * scale))},height=${Math.max(1, Math.round(info.height * scale))}`;
}

function mediaProblems(info: MediaInfo, limit: MediaLimit, locale: LanguageLocale): string[] {
  const out: string[] = [];
  if (info.format && !limit.formats.includes(info.format.toLowerCase())) out.push(languageText(locale, 'media.format-rejected', { format: info.format.toUpperCase() }));
  if (info.size !== undefined && (limit.below ? info.size >= limit.maxBytes : info.size > limit.maxBytes)) out.push(languageText(locale, 'media.too-large'));
  if (limit.maxSeconds !== undefined && info.durationSeconds !== undefined && info.durationSeconds > limit.maxSeconds) out.push(languageText(locale, 'media.too-long'));
  return out;
}

function roleName(t: Pick<MediaTarget, 'media' | 'role'>, locale: LanguageLocale): string {
  return languageText(locale, `role.${t.role === 'item' ? t.media : t.role}`);
}

function formatDuration(seconds: number, locale: LanguageLocale): string {
  const s = Math.round(seconds);
  return s >= 60 ? languageText(locale, 'duration.minutes', { m: Math.floor(s / 60), s: String(s % 60).padStart(2, '0') }) : languageText(locale, 'duration.seconds', { s });
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}\[\]()#+!|<>]/g, (c) => `\\${c}`);
}

