// The shapes publish planning works with. Pure data: the Node side reads files and calls the API.
import type { Span } from '../format';

/** Where an upload goes: `uploadimg` (in-article image URL), permanent `image` or `voice` material. */
export type UploadKind = 'uploadimg' | 'image' | 'voice';

/** What the IO side read about a local file a push refers to (`path` as written in the push). */
export interface MediaFile {
  path: string;
  bytes: number;
  /** From the file's header (core/media/probe): 'jpg', 'png', 'gif', 'bmp', 'webp', 'mp3', … */
  format?: string;
  sha256: string;
}

/** An upload remembered in the cache: the URL (uploadimg, image material) and/or media id (material). */
export interface CachedUpload {
  url?: string;
  mediaId?: string;
  uploadedAt: number;
}

export interface UploadUse {
  itemIndex: number;
  role: 'cover' | 'body-image' | 'item';
}

export interface PlannedUpload {
  /** Cache key: AppID + kind + sha256 of the bytes. */
  key: string;
  path: string;
  kind: UploadKind;
  bytes: number;
  format?: string;
  sha256: string;
  /** Present when the cache already holds it: nothing is sent. */
  cached?: CachedUpload;
  uses: UploadUse[];
}

export interface LintProblemSummary {
  ruleId: string;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface SkippedItem {
  itemIndex: number;
  kind: string;
  reason: string;
}

/** One article of `draft/add` exactly as sent (field names are WeChat's). */
export interface DraftArticle {
  title: string;
  author?: string;
  digest?: string;
  content: string;
  content_source_url?: string;
  thumb_media_id: string;
  need_open_comment?: 0 | 1;
  only_fans_can_comment?: 0 | 1;
}

export interface ArticleSize {
  itemIndex: number;
  /** Visible characters, as WeChat's editor counts them. */
  chars: number;
  /** UTF-8 bytes of the content HTML. */
  bytes: number;
}

export type { Span };
