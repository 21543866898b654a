// The uploaded URL of every local image in a push's articles, for "Copy for WeChat": images are
// uploaded (or taken from the cache) exactly as a publish would, so a pasted article's images
// work. No lint gate and no draft: a file WeChat cannot take simply keeps its local path.
import * as path from 'path';
import { parsePush } from '../../core/format';
import { articleMedia, planUploads, useId } from '../../core/publish/plan';
import type { CachedUpload } from '../../core/publish/types';
import { loadMedia } from './media';
import { makeClient, runUploads } from './publish';
import { UploadCache } from './store';
import type { PublishOptions } from './types';

/**
 * Maps each local image path as written in the articles (what the renderer's `resolveImage`
 * receives) to its WeChat URL. With `cachedOnly`, nothing is sent: only cached uploads are used.
 */
export async function uploadArticleImages(options: PublishOptions & { cachedOnly?: boolean }): Promise<Map<string, string>> {
  const doc = parsePush(options.text);
  const media = articleMedia(doc);
  const uses = media.flatMap((a) => a.images);
  const loaded = await loadMedia(path.dirname(path.resolve(options.filePath)), uses.map((u) => u.path));
  const cache = new UploadCache(options.cacheDir);
  const appId = options.credentials?.appId ?? '';
  const plan = planUploads({ doc, appId, uses, media: (p) => loaded.get(p), cached: (k) => (appId ? cache.get(k) : undefined), locale: options.locale });
  const done = new Map<string, CachedUpload>();
  for (const u of plan.uploads) if (u.cached) done.set(u.key, u.cached);
  if (!options.cachedOnly && options.credentials && plan.uploads.some((u) => !u.cached)) {
    await runUploads({ options, locale: options.locale === 'zh-cn' ? 'zh-cn' : 'en', cache, loaded }, makeClient(options), plan.uploads, done);
  }
  const out = new Map<string, string>();
  for (const use of uses) {
    const key = plan.keyOf.get(useId(use));
    const url = key ? done.get(key)?.url : undefined;
    if (url) out.set(use.path, url);
  }
  return out;
}
