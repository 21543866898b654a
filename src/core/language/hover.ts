// Hovers. `hoverAt` answers from the model alone (directives, fields, front-matter keys); for a
// media path it returns a `media` target, and the editor reads the file and calls `mediaHover`.
import type { Field, Item, ItemKind, PushDocument, Span } from '../format/model';
import { accountType, articleTitle } from '../format/queries';
import { fieldSpec } from '../format/schema';
import type { MediaInfo, MediaKind } from '../media/types';
import { charCount, formatBytes, formatCount, utf8Bytes } from './counting';
import { DELIVERY, KIND_LIMITS, KIND_SUMMARY, QUOTA, SEND_COUNTING, SHARING, mediaLimitText } from './facts';
import { ARTICLE_FIELD_LIMITS, AUTO_DIGEST_CHARS, MAX_TEXT_BYTES, MEDIA_LIMITS, type LengthLimit, type MediaLimit } from './limits';
import { bodyImageRefs } from './links';
import { isRemotePath } from './mediaPaths';

export interface InfoHover {
  type: 'info';
  span: Span;
  /** Markdown. */
  markdown: string;
}

/** Where a media file is used decides which limits apply. */
export type MediaRole = 'item' | 'cover' | 'avatar' | 'body';

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
}

export function hoverAt(doc: PushDocument, offset: number, options: HoverOptions = {}): HoverTarget | undefined {
  for (const c of doc.comments) {
    if (!within(c.span, offset)) continue;
    const rule = c.rules.find((r) => within(r.span, offset));
    if (rule && options.describeRule) {
      const description = options.describeRule(rule.text);
      const md = description
        ? `**${rule.text}** — ${description}${options.ruleDocsUrl ? `\n\n[Documentation](${options.ruleDocsUrl(rule.text)})` : ''}`
        : `**${rule.text}** is not a wxpush rule.`;
      return { type: 'info', span: rule.span, markdown: md };
    }
  }
  const fm = doc.frontMatter;
  if (fm && within(fm.span, offset)) {
    for (const f of fm.fields) {
      if (within(f.keySpan, offset) || within(f.valueSpan, offset)) return frontMatterHover(doc, f, offset);
    }
    return undefined;
  }
  for (const item of doc.items) {
    if (offset < item.directiveSpan.start) break;
    if (!within(item.span, offset) && !within(item.headerSpan, offset)) continue;
    if (within(item.directiveSpan, offset)) return { type: 'info', span: item.directiveSpan, markdown: directiveMarkdown(doc, item.kind, item) };
    if (item.argument && within(item.argument.span, offset)) {
      if (item.kind === 'article') return { type: 'info', span: item.argument.span, markdown: lengthMarkdown('title', articleTitle(item)?.text ?? '', item.argument.text) };
      if (item.kind !== 'text' && !isRemotePath(item.argument.text)) return { type: 'media', span: item.argument.span, path: item.argument.text, media: item.kind, role: 'item' };
      return undefined;
    }
    for (const f of item.fields) {
      if (!within(f.span, offset)) continue;
      return fieldHover(item, f, offset);
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

export function directiveMarkdown(doc: PushDocument, kind: ItemKind, item?: Item): string {
  const type = accountType(doc);
  const lines = [`**@${kind}**`, '', KIND_SUMMARY[kind], ''];
  if (kind === 'article') lines.push(SHARING.article, '');
  else lines.push(`${SHARING.other} Followers see it like an ordinary chat message.`, '');
  if (type) lines.push(`${DELIVERY[type].long} ${QUOTA[type]}`, '');
  else lines.push(`${DELIVERY.subscription.long}`, '', `${DELIVERY.service.long}`, '');
  lines.push(SEND_COUNTING, '', `Limits: ${KIND_LIMITS[kind]}`);
  if (item?.kind === 'text') lines.push('', `This message: ${formatCount(utf8Bytes(item.message?.text ?? ''))} of ${formatCount(MAX_TEXT_BYTES)} bytes.`);
  return lines.join('\n');
}

// ---- fields --------------------------------------------------------------------------------

function fieldHover(item: Item, f: Field, offset: number): HoverTarget | undefined {
  const spec = fieldSpec(item.kind, f.key);
  if (spec?.value.type === 'path' && within(f.valueSpan, offset) && f.raw && !isRemotePath(f.raw)) {
    return { type: 'media', span: f.valueSpan, path: f.raw, media: spec.value.media, role: f.key === 'cover' ? 'cover' : 'item' };
  }
  if (item.kind === 'article' && (f.key === 'title' || f.key === 'author' || f.key === 'digest')) {
    const v = typeof f.value === 'string' ? f.value : f.raw;
    return { type: 'info', span: f.span, markdown: lengthMarkdown(f.key, v) };
  }
  if (!spec) return { type: 'info', span: f.keySpan, markdown: `**${f.key}** is not a field of ${item.kind} items.` };
  return { type: 'info', span: f.span, markdown: `**${f.key}** — ${spec.description}` };
}

const FIELD_MEANING: Readonly<Record<'title' | 'author' | 'digest', string>> = {
  title: 'The article title, shown in the chat or the Subscription folder and on share cards.',
  author: 'The author shown under the title.',
  digest: `The summary under a single-article push and on chat share cards. Without one, WeChat takes the first ${AUTO_DIGEST_CHARS} characters of the body.`,
};

/** "32 recommended / 64 max characters — 17 used". */
export function lengthLine(limit: LengthLimit, used: number): string {
  const state = used > limit.max ? ' (over the maximum)' : used > limit.recommended ? ' (over the recommended length)' : '';
  return `${limit.recommended} recommended / ${limit.max} max characters — ${formatCount(used)} used${state}`;
}

function lengthMarkdown(key: 'title' | 'author' | 'digest', value: string, shownInstead?: string): string {
  const lines = [`**${key}** — ${FIELD_MEANING[key]}`, '', lengthLine(ARTICLE_FIELD_LIMITS[key], charCount(value.trim()))];
  if (shownInstead !== undefined && shownInstead.trim() !== value.trim()) lines.push('', 'A `title:` field overrides this title.');
  return lines.join('\n');
}

// ---- front matter --------------------------------------------------------------------------

function frontMatterHover(doc: PushDocument, f: Field, offset: number): HoverTarget | undefined {
  const spec = fieldSpec('front-matter', f.key);
  if (spec?.value.type === 'path' && within(f.valueSpan, offset) && f.raw && !isRemotePath(f.raw)) {
    return { type: 'media', span: f.valueSpan, path: f.raw, media: 'image', role: 'avatar' };
  }
  if (f.key === 'type') {
    const type = accountType(doc);
    const md = type
      ? `**type: ${type}**\n\n${DELIVERY[type].long}\n\n${QUOTA[type]} ${SEND_COUNTING}`
      : `**type** — ${spec?.description ?? ''}\n\n${DELIVERY.subscription.long}\n\n${DELIVERY.service.long}`;
    return { type: 'info', span: f.span, markdown: md };
  }
  if (!spec) return { type: 'info', span: f.keySpan, markdown: `**${f.key}** is not a front-matter setting.` };
  return { type: 'info', span: f.span, markdown: `**${f.key}** — ${spec.description}` };
}

// ---- media ---------------------------------------------------------------------------------

export function mediaLimitFor(media: MediaKind, role: MediaRole): MediaLimit {
  if (role === 'body') return MEDIA_LIMITS.bodyImage;
  if (media === 'audio') return MEDIA_LIMITS.audio;
  if (media === 'video') return MEDIA_LIMITS.video;
  return MEDIA_LIMITS.image;
}

export interface MediaHoverOptions {
  /** A URI the hover may show the image from; no thumbnail without it. */
  thumbnailUri?: string;
}

export function mediaHover(target: Pick<MediaTarget, 'path' | 'media' | 'role'>, info: MediaInfo, options: MediaHoverOptions = {}): string {
  const name = target.path.split(/[\\/]/).pop() || target.path;
  if (!info.exists) return `**${escapeMd(name)}** — file not found (\`${escapeMd(target.path)}\`, relative to this file).`;
  const facts: string[] = [];
  if (info.format) facts.push(info.format.toUpperCase());
  if (info.width && info.height) facts.push(`${info.width} × ${info.height}`);
  if (info.durationSeconds !== undefined) facts.push(formatDuration(info.durationSeconds));
  if (info.size !== undefined) facts.push(formatBytes(info.size));
  const limit = mediaLimitFor(target.media, target.role);
  const lines = [`**${escapeMd(name)}** — ${facts.join(' · ') || 'unknown format'}`, ''];
  const problems = mediaProblems(info, limit);
  lines.push(`${roleName(target)}: ${mediaLimitText(limit)}${problems.length ? ` — ${problems.join('; ')}` : ' ✓'}`);
  if (target.role === 'cover' && info.width && info.height) {
    lines.push('', `Cropped to 2.35:1 for the headline and 1:1 for other slots and share cards (this image is ${(info.width / info.height).toFixed(2)}:1).`);
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

function mediaProblems(info: MediaInfo, limit: MediaLimit): string[] {
  const out: string[] = [];
  if (info.format && !limit.formats.includes(info.format.toLowerCase())) out.push(`${info.format.toUpperCase()} is not accepted`);
  if (info.size !== undefined && (limit.below ? info.size >= limit.maxBytes : info.size > limit.maxBytes)) out.push('too large');
  if (limit.maxSeconds !== undefined && info.durationSeconds !== undefined && info.durationSeconds > limit.maxSeconds) out.push('too long');
  return out;
}

function roleName(t: Pick<MediaTarget, 'media' | 'role'>): string {
  if (t.role === 'cover') return 'Cover image';
  if (t.role === 'avatar') return 'Avatar';
  if (t.role === 'body') return 'Body image';
  return t.media === 'image' ? 'Image item' : t.media === 'audio' ? 'Audio item' : 'Video item';
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} min` : `${s} s`;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}\[\]()#+!|<>]/g, (c) => `\\${c}`);
}

