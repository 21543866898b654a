// The publish cache files in the cache folder (the CLI's WXPUSH_CACHE_DIR or ~/.cache/wxpush, the
// editor's global storage):
//   uploads.json  upload key (AppID/kind/sha256 of the bytes) → { url, mediaId, uploadedAt }
//   drafts.json   AppID → push file → the draft it was published to (media id, titles, hashes)
//   token.json    AppID → access token and its expiry (see src/node/wechat/token.ts)
import * as path from 'path';
import type { DraftRecord } from '../../core/publish/draft';
import type { CachedUpload } from '../../core/publish/types';
import { readJsonFile, updateJsonFile } from '../wechat/fileStore';

export const UPLOADS_FILE = 'uploads.json';
export const DRAFTS_FILE = 'drafts.json';

export class UploadCache {
  private readonly file: string;
  private entries: Record<string, CachedUpload>;
  constructor(cacheDir: string) {
    this.file = path.join(cacheDir, UPLOADS_FILE);
    this.entries = readJsonFile<Record<string, CachedUpload>>(this.file, {});
  }
  get(key: string): CachedUpload | undefined {
    const e = this.entries[key];
    return e && (typeof e.url === 'string' || typeof e.mediaId === 'string') ? e : undefined;
  }
  async set(key: string, value: CachedUpload): Promise<void> {
    this.entries[key] = value;
    this.entries = await updateJsonFile<Record<string, CachedUpload>>(this.file, {}, (all) => {
      all[key] = value;
    });
  }
  async evict(key: string): Promise<void> {
    delete this.entries[key];
    this.entries = await updateJsonFile<Record<string, CachedUpload>>(this.file, {}, (all) => {
      delete all[key];
    });
  }
}

type DraftFile = Record<string, Record<string, DraftRecord>>;

export function readDraftRecord(cacheDir: string, appId: string, pushFile: string): DraftRecord | undefined {
  const r = readJsonFile<DraftFile>(path.join(cacheDir, DRAFTS_FILE), {})[appId]?.[path.resolve(pushFile)];
  return r && typeof r.mediaId === 'string' && Array.isArray(r.titles) && Array.isArray(r.hashes) ? r : undefined;
}

export async function writeDraftRecord(cacheDir: string, appId: string, pushFile: string, record: DraftRecord | undefined): Promise<void> {
  await updateJsonFile<DraftFile>(path.join(cacheDir, DRAFTS_FILE), {}, (all) => {
    const forApp = (all[appId] ??= {});
    if (record) forApp[path.resolve(pushFile)] = record;
    else delete forApp[path.resolve(pushFile)];
  });
}
