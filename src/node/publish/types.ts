// The publish API the editor and the CLI call (see src/node/publish/index.ts).
import type { ThemeSettings } from '../../core/render';
import type { ArticleSize, DraftArticle, LintProblemSummary, SkippedItem } from '../../core/publish/types';
import type { WeChatCredentials } from '../wechat/client';

export type { LintProblemSummary };

export type PublishCredentials = WeChatCredentials;

export interface PublishStep {
  kind: 'lint' | 'upload' | 'draft' | 'link';
  label: string;
  done: number;
  total: number;
}

export interface PublishOptions {
  /** The .wxpush file (media paths resolve from its folder). */
  filePath: string;
  /** Its current text (the editor passes the unsaved buffer). */
  text: string;
  /** Absent only with dryRun. */
  credentials?: PublishCredentials;
  /** Default https://api.weixin.qq.com (every path /cgi-bin/… under it). */
  apiBase?: string;
  /** Upload cache, draft mapping and token cache live here. */
  cacheDir: string;
  newDraft?: boolean;
  dryRun?: boolean;
  locale?: 'en' | 'zh-cn';
  /** Cancels between steps and aborts requests in flight. */
  signal?: AbortSignal;
  onProgress?(step: PublishStep): void;
  /** One line per API call: method, path, errcode, ms; never a token or secret. */
  log?(line: string): void;
  /** Severity overrides, as the linter takes them (e.g. the wxpush.rules setting). */
  rulesConfig?: unknown;
  /** The `wxpush.theme.*` settings (the editor) or `--theme` (the CLI); the theme file is found beside the push. */
  themeSettings?: ThemeSettings;
  /** Per request timeout in ms (default 30 000). */
  timeoutMs?: number;
}

export interface PublishUpload {
  path: string;
  kind: string;
  bytes: number;
  cached: boolean;
  url?: string;
  mediaId?: string;
}

export interface PublishResult {
  /** Absent for dry runs. */
  draftMediaId?: string;
  action: 'created' | 'updated' | 'unchanged' | 'replaced' | 'dry-run';
  /** 0-based article positions updated in place. */
  updatedIndexes: number[];
  /** The draft/get temporary link of the first article. */
  previewUrl?: string;
  uploads: PublishUpload[];
  skipped: SkippedItem[];
  notes: string[];
  lint: { errors: LintProblemSummary[]; warnings: LintProblemSummary[] };
  /** The draft payload as sent (dry run: as it would be sent, new uploads shown with placeholder URLs). */
  draft?: { articles: DraftArticle[]; sizes: ArticleSize[] };
}

export interface PhonePreviewResult {
  sent: { itemIndex: number; msgtype: string }[];
  explained: { itemIndex: number; reason: string }[];
  usedToday: number;
}
