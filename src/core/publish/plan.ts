// Publish planning, pure: from a parsed push, the facts about its media files and the upload
// cache, work out what must be uploaded (or is cached), the exact draft payload, and what cannot
// go through the API and why. The Node side (src/node/publish) does the reading and the calls.
import { articleTitle, getField, stringValue, type Item, type PushDocument, type Span } from '../format';
import { renderArticle, type Theme } from '../render';
import type { PublishLocale } from './errors';
import { protectBackslashes } from './json';
import { formatSize, publishText } from './texts';
import type { ArticleSize, CachedUpload, DraftArticle, LintProblemSummary, MediaFile, PlannedUpload, SkippedItem, UploadKind } from './types';

export const MB = 1024 * 1024;
export const MAX_ARTICLES = 8;
export const MAX_CONTENT_CHARS = 20000;
export const MAX_CONTENT_BYTES = MB;
/** `media/uploadimg`: JPG/PNG under 1 MB (API notes §2.4). */
const UPLOADIMG_FORMATS = ['jpg', 'png'];
/** Permanent image material: bmp/png/jpeg/jpg/gif up to 10 MB (§2.5). */
const IMAGE_FORMATS = ['jpg', 'png', 'gif', 'bmp'];
const IMAGE_LIMIT = 10 * MB;
const VOICE_FORMATS = ['mp3', 'wma', 'wav', 'amr'];
const VOICE_LIMIT = 2 * MB;

/** A local file an article uses, with where it is written. */
export interface MediaUse {
  path: string;
  span?: Span;
  itemIndex: number;
  role: 'cover' | 'body-image' | 'item';
}

export interface ArticleMedia {
  item: Item;
  cover?: MediaUse;
  images: MediaUse[];
  /** Images on other hosts: WeChat filters them out. */
  remoteImages: string[];
}

export function uploadKey(appId: string, kind: UploadKind, sha256: string): string {
  return `${appId}/${kind === 'uploadimg' ? 'uploadimg' : `material:${kind}`}/${sha256}`;
}

/** Every article with its cover and the local images the export renderer finds in it. */
export function articleMedia(doc: PushDocument): ArticleMedia[] {
  return doc.items
    .filter((i) => i.kind === 'article')
    .map((item) => {
      const rendered = renderArticle(doc, item);
      const cover = getField(item.fields, 'cover');
      const coverPath = stringValue(cover);
      const seen = new Set<string>();
      const images: MediaUse[] = [];
      for (const img of rendered.localImages) {
        if (seen.has(img.src)) continue;
        seen.add(img.src);
        images.push({ path: img.src, span: img.span, itemIndex: item.index, role: 'body-image' });
      }
      return {
        item,
        cover: cover && coverPath ? { path: coverPath, span: cover.valueSpan, itemIndex: item.index, role: 'cover' as const } : undefined,
        images,
        remoteImages: rendered.remoteImages,
      };
    });
}

/** The local files of @image and @audio items (for a phone preview). */
export function messageMedia(doc: PushDocument): MediaUse[] {
  return doc.items
    .filter((i) => (i.kind === 'image' || i.kind === 'audio') && i.argument && !/^https?:\/\//i.test(i.argument.text))
    .map((i) => ({ path: i.argument!.text, span: i.argument!.span, itemIndex: i.index, role: 'item' as const }));
}

function problemAt(doc: PushDocument, span: Span | undefined, fallback: Span, message: string): LintProblemSummary {
  const p = doc.lines.positionAt((span ?? fallback).start);
  return { ruleId: 'publish', message, line: p.line + 1, column: p.character + 1 };
}

/** Which endpoint takes a file for a use, or the reason none does. */
function uploadKindFor(use: MediaUse, file: MediaFile, doc: PushDocument): { kind: UploadKind } | { problem: 'format.body' | 'format.cover' | 'format.image' | 'format.voice' | 'size'; limit?: number } {
  const f = file.format;
  if (use.role === 'body-image') {
    if (f && UPLOADIMG_FORMATS.includes(f) && file.bytes < MB) return { kind: 'uploadimg' };
    if (f && IMAGE_FORMATS.includes(f)) return file.bytes <= IMAGE_LIMIT ? { kind: 'image' } : { problem: 'size', limit: IMAGE_LIMIT };
    return { problem: 'format.body' };
  }
  const item = doc.items[use.itemIndex];
  if (use.role === 'item' && item?.kind === 'audio') {
    if (!f || !VOICE_FORMATS.includes(f)) return { problem: 'format.voice' };
    return file.bytes <= VOICE_LIMIT ? { kind: 'voice' } : { problem: 'size', limit: VOICE_LIMIT };
  }
  if (!f || !IMAGE_FORMATS.includes(f)) return { problem: use.role === 'cover' ? 'format.cover' : 'format.image' };
  return file.bytes <= IMAGE_LIMIT ? { kind: 'image' } : { problem: 'size', limit: IMAGE_LIMIT };
}

export interface UploadPlan {
  uploads: PlannedUpload[];
  /** Problems that stop the publish before any request. */
  problems: LintProblemSummary[];
  /** For each use (by `itemIndex + role + path`), the key of its upload. */
  keyOf: Map<string, string>;
}

export function useId(use: { itemIndex: number; role: string; path: string }): string {
  return `${use.itemIndex}\u0000${use.role}\u0000${use.path}`;
}

/**
 * The uploads a publish needs: covers and article images, plus @image/@audio files when `uses`
 * holds them (phone preview). The same bytes used twice are uploaded once.
 */
export function planUploads(input: {
  doc: PushDocument;
  appId: string;
  uses: MediaUse[];
  media: (path: string) => MediaFile | undefined;
  cached: (key: string) => CachedUpload | undefined;
  locale?: PublishLocale;
}): UploadPlan {
  const { doc, appId, locale } = input;
  const uploads = new Map<string, PlannedUpload>();
  const problems: LintProblemSummary[] = [];
  const keyOf = new Map<string, string>();
  for (const use of input.uses) {
    const fallback = doc.items[use.itemIndex]?.headerSpan ?? { start: 0, end: 0 };
    const file = input.media(use.path);
    if (!file) {
      problems.push(problemAt(doc, use.span, fallback, publishText(locale, 'problem.missing', { path: use.path })));
      continue;
    }
    const k = uploadKindFor(use, file, doc);
    if ('problem' in k) {
      const format = file.format ? file.format.toUpperCase() : publishText(locale, 'problem.unknown-format');
      const message =
        k.problem === 'size'
          ? publishText(locale, 'problem.size', { path: use.path, size: formatSize(file.bytes), limit: formatSize(k.limit!) })
          : publishText(locale, `problem.${k.problem}`, { path: use.path, format });
      problems.push(problemAt(doc, use.span, fallback, message));
      continue;
    }
    const key = uploadKey(appId, k.kind, file.sha256);
    keyOf.set(useId(use), key);
    const existing = uploads.get(key);
    if (existing) {
      existing.uses.push({ itemIndex: use.itemIndex, role: use.role });
      continue;
    }
    uploads.set(key, {
      key,
      path: use.path,
      kind: k.kind,
      bytes: file.bytes,
      format: file.format,
      sha256: file.sha256,
      cached: input.cached(key),
      uses: [{ itemIndex: use.itemIndex, role: use.role }],
    });
  }
  return { uploads: [...uploads.values()], problems, keyOf };
}

/** Articles that cannot make a draft at all: none, more than 8, or one without a cover. */
export function draftProblems(doc: PushDocument, media: ArticleMedia[], locale?: PublishLocale): LintProblemSummary[] {
  const out: LintProblemSummary[] = [];
  const zero = { start: 0, end: 0 };
  if (!media.length) out.push(problemAt(doc, undefined, zero, publishText(locale, 'problem.no-articles')));
  if (media.length > MAX_ARTICLES) out.push(problemAt(doc, media[MAX_ARTICLES].item.headerSpan, zero, publishText(locale, 'problem.too-many', { count: media.length })));
  media.forEach((a, i) => {
    if (!a.cover) out.push(problemAt(doc, a.item.headerSpan, zero, publishText(locale, 'problem.no-cover', { n: i + 1 })));
  });
  return out;
}

/** Items and settings that do not go into the draft, each with the reason. */
export function skippedItems(doc: PushDocument, locale?: PublishLocale): SkippedItem[] {
  const out: SkippedItem[] = [];
  for (const item of doc.items) {
    if (item.kind !== 'article') {
      out.push({ itemIndex: item.index, kind: item.kind, reason: publishText(locale, `skip.${item.kind}`) });
      continue;
    }
    const original = getField(item.fields, 'original');
    if (original && (original.value === true || stringValue(original)?.toLowerCase() === 'true')) {
      out.push({ itemIndex: item.index, kind: 'original', reason: publishText(locale, 'skip.original') });
    }
  }
  return out;
}

const COMMENTS: Record<string, [0 | 1, 0 | 1]> = { off: [0, 0], all: [1, 0], followers: [1, 1] };

export interface BuiltDraft {
  articles: DraftArticle[];
  sizes: ArticleSize[];
  /** Content over WeChat's limits: nothing may be sent. */
  problems: LintProblemSummary[];
}

/**
 * The `draft/add` articles in file order: the export renderer's HTML with each local image's
 * `src` replaced by its uploaded URL (the source file is untouched), and the fields mapped.
 */
export function buildDraft(input: {
  doc: PushDocument;
  media: ArticleMedia[];
  imageUrl: (use: MediaUse) => string | undefined;
  coverMediaId: (use: MediaUse) => string | undefined;
  locale?: PublishLocale;
  /** The push's theme, resolved as every export path resolves it (default theme without). */
  theme?: Theme;
}): BuiltDraft {
  const { doc, locale } = input;
  const articles: DraftArticle[] = [];
  const sizes: ArticleSize[] = [];
  const problems: LintProblemSummary[] = [];
  input.media.forEach((a, n) => {
    const item = a.item;
    const byPath = new Map(a.images.map((u) => [u.path, u]));
    const rendered = renderArticle(doc, item, {
      locale,
      theme: input.theme,
      resolveImage: (src) => {
        const use = byPath.get(src);
        return use ? input.imageUrl(use) : undefined;
      },
    });
    const content = protectBackslashes(rendered.html);
    const bytes = Buffer.byteLength(content, 'utf8');
    sizes.push({ itemIndex: item.index, chars: rendered.chars, bytes });
    if (rendered.chars >= MAX_CONTENT_CHARS) problems.push(problemAt(doc, item.headerSpan, item.headerSpan, publishText(locale, 'problem.content-chars', { n: n + 1, chars: rendered.chars.toLocaleString('en-US') })));
    if (bytes >= MAX_CONTENT_BYTES) problems.push(problemAt(doc, item.headerSpan, item.headerSpan, publishText(locale, 'problem.content-bytes', { n: n + 1, bytes: formatSize(bytes) })));
    const field = (key: string) => stringValue(getField(item.fields, key));
    const article: DraftArticle = {
      title: articleTitle(item)?.text ?? '',
      author: field('author'),
      digest: field('digest'),
      content,
      content_source_url: field('source'),
      thumb_media_id: (a.cover && input.coverMediaId(a.cover)) ?? '',
    };
    const comments = COMMENTS[field('comments')?.toLowerCase() ?? ''];
    if (comments) {
      article.need_open_comment = comments[0];
      article.only_fans_can_comment = comments[1];
    }
    for (const k of Object.keys(article) as (keyof DraftArticle)[]) if (article[k] === undefined) delete article[k];
    articles.push(article);
  });
  return { articles, sizes, problems };
}
