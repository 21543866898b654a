// publishPush: lint, plan, upload what is not cached, then one draft (new, updated in place, or
// unchanged) and its temporary preview link. The pure decisions live in src/core/publish; this
// file does the reading, the calls and the cache files, in that order, stopping before any
// request when the push cannot be published.
import * as path from 'path';
import { parsePush, type PushDocument } from '../../core/format';
import { articleHash, decideDraft, findReconciledDraft, type DraftRecord } from '../../core/publish/draft';
import type { PublishLocale } from '../../core/publish/errors';
import { articleMedia, buildDraft, draftProblems, type BuiltDraft, messageMedia, planUploads, skippedItems, useId, type ArticleMedia, type MediaUse, type UploadPlan } from '../../core/publish/plan';
import { publishText } from '../../core/publish/texts';
import type { CachedUpload, DraftArticle, LintProblemSummary, PlannedUpload } from '../../core/publish/types';
import { lint } from '../../core/rules/engine';
import { gatherContext } from '../../core/rules/gather';
import { readRulesConfig } from '../../core/rules/severity';
import type { Problem } from '../../core/rules/types';
import { loadConfigFor } from '../config';
import { loadThemeFileFor } from '../themeFile';
import { pushTheme, type Theme } from '../../core/render';
import { FsMediaReader } from '../mediaReader';
import { WeChatClient } from '../wechat/client';
import { NetworkError, WeChatApiError } from '../wechat/errors';
import { scanWorkspacePushes } from '../workspace';
import { contentType, loadMedia, uploadName, type LoadedMedia } from './media';
import { PublishRefused } from './refused';
import { readDraftRecord, UploadCache, writeDraftRecord } from './store';
import type { PublishOptions, PublishResult, PublishUpload } from './types';

/** Uploads at a time. */
const CONCURRENCY = 3;

export interface Prepared {
  options: PublishOptions;
  locale: PublishLocale;
  doc: PushDocument;
  appId: string;
  media: ArticleMedia[];
  messages: MediaUse[];
  loaded: Map<string, LoadedMedia>;
  cache: UploadCache;
  plan: UploadPlan;
  lint: PublishResult['lint'];
  notes: string[];
  theme: Theme;
}

function checkCancelled(signal?: AbortSignal) {
  if (signal?.aborted) throw signal.reason ?? new Error('cancelled');
}

function summarize(doc: PushDocument, p: Problem): LintProblemSummary {
  const pos = doc.lines.positionAt(p.span.start);
  return { ruleId: p.ruleId, message: p.message, line: pos.line + 1, column: Math.max(0, pos.character - (pos.line === 0 ? doc.bomLength : 0)) + 1 };
}

/** Lint and plan: everything that happens before the first request. Throws PublishRefused. */
export async function prepare(options: PublishOptions, forPreview = false): Promise<Prepared> {
  const locale: PublishLocale = options.locale === 'zh-cn' ? 'zh-cn' : 'en';
  const filePath = path.resolve(options.filePath);
  const dir = path.dirname(filePath);
  const doc = parsePush(options.text);

  const config = { ...loadConfigFor(filePath).rules, ...readRulesConfig(options.rulesConfig) };
  const io = { media: new FsMediaReader(dir), workspacePushes: async () => scanWorkspacePushes(dir, false) };
  const themeFile = loadThemeFileFor(filePath);
  const context = await gatherContext(doc, io, config, filePath);
  context.theme = { settings: options.themeSettings, file: themeFile };
  const problems = lint(doc, context, { locale });
  // The draft is rendered as Copy and Export render it: the same theme.
  const theme = pushTheme(doc, options.themeSettings, themeFile).theme;
  const lintResult = {
    errors: problems.filter((p) => p.severity === 'error').map((p) => summarize(doc, p)),
    warnings: problems.filter((p) => p.severity === 'warning').map((p) => summarize(doc, p)),
  };
  options.onProgress?.({ kind: 'lint', label: locale === 'zh-cn' ? '检查推送' : 'Checking the push', done: 1, total: 1 });
  if (lintResult.errors.length) throw new PublishRefused(lintResult.errors, lintResult.warnings);

  const media = articleMedia(doc);
  const refusals = forPreview && !media.length ? [] : draftProblems(doc, media, locale);
  if (refusals.length) throw new PublishRefused(refusals, lintResult.warnings);
  const messages = forPreview ? messageMedia(doc) : [];
  const uses: MediaUse[] = [...media.flatMap((a) => [...(a.cover ? [a.cover] : []), ...a.images]), ...messages];
  const loaded = await loadMedia(dir, uses.map((u) => u.path));
  const cache = new UploadCache(options.cacheDir);
  const appId = options.credentials?.appId ?? '';
  const plan = planUploads({ doc, appId, uses, media: (p) => loaded.get(p), cached: (k) => (appId ? cache.get(k) : undefined), locale });
  if (plan.problems.length) throw new PublishRefused(plan.problems, lintResult.warnings);

  const notes: string[] = [];
  media.forEach((a, n) => {
    for (const src of a.remoteImages) notes.push(publishText(locale, 'note.remote-image', { src, n: n + 1 }));
  });
  return { options, locale, doc, appId, media, messages, loaded, cache, plan, lint: lintResult, notes, theme };
}

/** What the cache or this run's uploads hold for each planned upload. */
type Uploaded = Map<string, CachedUpload>;

async function uploadOne(client: WeChatClient, u: PlannedUpload, loaded: Map<string, LoadedMedia>): Promise<CachedUpload> {
  const file = loaded.get(u.path)!;
  const upload = { bytes: file.data, filename: uploadName(u.sha256, u.format), contentType: contentType(u.format) };
  if (u.kind === 'uploadimg') {
    const r = await client.upload<{ url?: string }>('/cgi-bin/media/uploadimg', upload);
    return { url: r.url, uploadedAt: Date.now() };
  }
  const r = await client.upload<{ media_id?: string; url?: string }>('/cgi-bin/material/add_material', upload, { query: { type: u.kind } });
  return { mediaId: r.media_id, url: r.url, uploadedAt: Date.now() };
}

/** Uploads what is not cached, a few at a time; each one lands in the cache as soon as it is done. */
export async function runUploads(p: Pick<Prepared, 'options' | 'locale' | 'cache' | 'loaded'>, client: WeChatClient, uploads: PlannedUpload[], done: Uploaded): Promise<void> {
  const { options, locale, cache } = p;
  const todo = uploads.filter((u) => !done.has(u.key));
  const total = uploads.length;
  let finished = total - todo.length;
  const label = (u: PlannedUpload) => (locale === 'zh-cn' ? `上传 ${u.path}` : `Uploading ${u.path}`);
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const u = todo[next++];
      checkCancelled(options.signal);
      options.onProgress?.({ kind: 'upload', label: label(u), done: finished, total });
      const value = await uploadOne(client, u, p.loaded);
      done.set(u.key, value);
      await cache.set(u.key, value);
      finished++;
      options.onProgress?.({ kind: 'upload', label: label(u), done: finished, total });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, todo.length) }, worker));
}

function uploadRows(p: Prepared, done: Uploaded, sent: Set<string>): PublishUpload[] {
  return p.plan.uploads.map((u) => {
    const v = done.get(u.key) ?? u.cached;
    return { path: u.path, kind: u.kind, bytes: u.bytes, cached: !sent.has(u.key), url: v?.url, mediaId: v?.mediaId };
  });
}

function build(p: Prepared, done: Uploaded, placeholder = false) {
  const value = (use: MediaUse) => {
    const key = p.plan.keyOf.get(useId(use));
    if (!key) return undefined;
    const v = done.get(key);
    if (v || !placeholder) return v;
    const sha = p.plan.uploads.find((u) => u.key === key)?.sha256 ?? '';
    return { url: `http://mmbiz.qpic.cn/mmbiz_png/${sha.slice(0, 40)}/0?from=appmsg`, mediaId: `(new upload ${sha.slice(0, 12)})`, uploadedAt: 0 };
  };
  return buildDraft({ doc: p.doc, media: p.media, imageUrl: (u) => value(u)?.url, coverMediaId: (u) => value(u)?.mediaId, locale: p.locale, theme: p.theme });
}

export async function publishPush(options: PublishOptions): Promise<PublishResult> {
  const p = await prepare(options);
  return publishPrepared(p);
}

export async function publishPrepared(p: Prepared): Promise<PublishResult> {
  const { options, locale } = p;
  const skipped = skippedItems(p.doc, locale);
  const done: Uploaded = new Map();
  for (const u of p.plan.uploads) if (u.cached) done.set(u.key, u.cached);

  if (options.dryRun) {
    const built = build(p, done, true);
    if (built.problems.length) throw new PublishRefused(built.problems, p.lint.warnings);
    return { action: 'dry-run', updatedIndexes: [], uploads: uploadRows(p, done, new Set(p.plan.uploads.filter((u) => !u.cached).map((u) => u.key))), skipped, notes: p.notes, lint: p.lint, draft: built };
  }
  if (!options.credentials) throw new Error('publishing needs credentials (an AppID and an AppSecret or a relay)');
  const client = makeClient(options);
  const sent = new Set(p.plan.uploads.filter((u) => !u.cached).map((u) => u.key));
  await runUploads(p, client, p.plan.uploads, done);
  const outcome = await publishDraft(p, client, done, sent);
  return { ...outcome, uploads: uploadRows(p, done, sent), skipped, lint: p.lint };
}

export function makeClient(options: PublishOptions): WeChatClient {
  return new WeChatClient({ credentials: options.credentials!, apiBase: options.apiBase, cacheDir: options.cacheDir, log: options.log, signal: options.signal, timeoutMs: options.timeoutMs });
}

interface DraftOutcome {
  draftMediaId: string;
  action: PublishResult['action'];
  updatedIndexes: number[];
  previewUrl?: string;
  notes: string[];
  draft: NonNullable<PublishResult['draft']>;
}

/** The draft step: decide, then add / update / keep, with the 40007 and timeout rules. */
export async function publishDraft(p: Prepared, client: WeChatClient, done: Uploaded, sent: Set<string>): Promise<DraftOutcome> {
  const { options, locale, appId } = p;
  const notes = [...p.notes];
  let built = build(p, done);
  if (built.problems.length) throw new PublishRefused(built.problems, p.lint.warnings);
  checkCancelled(options.signal);
  const previous = readDraftRecord(options.cacheDir, appId, options.filePath);
  const decision = decideDraft(previous, built.articles, { newDraft: options.newDraft });
  const step = (label: string, doneN = 0) => options.onProgress?.({ kind: 'draft', label, done: doneN, total: 1 });
  let mediaId: string;
  let action: PublishResult['action'];
  let updatedIndexes: number[] = [];

  const addNew = async (): Promise<string> => {
    step(locale === 'zh-cn' ? '创建草稿' : 'Creating the draft');
    const r = await addDraft(p, client, done, sent, built, notes);
    built = r.built;
    return r.mediaId;
  };

  if (decision.kind === 'add') {
    mediaId = await addNew();
    action = 'created';
    if (decision.reason !== 'first') notes.push(publishText(locale, `note.${decision.reason}`));
    if (previous) notes.push(publishText(locale, 'note.old-draft', { mediaId: previous.mediaId }));
  } else if (decision.kind === 'update') {
    mediaId = decision.mediaId;
    action = 'updated';
    const updateAll = async (indexes: number[]) => {
      let n = 0;
      for (const index of indexes) {
        checkCancelled(options.signal);
        step(locale === 'zh-cn' ? `更新第 ${index + 1} 篇文章` : `Updating article ${index + 1}`, n++);
        await client.json('/cgi-bin/draft/update', { media_id: mediaId, index, articles: built.articles[index] }, { idempotent: true });
      }
      return indexes;
    };
    try {
      try {
        updatedIndexes = await updateAll(decision.indexes);
      } catch (e) {
        // 40007: the draft is gone, or a cover it names was deleted. Only the second can be mended
        // in place: upload the cached material again and update what now differs.
        if (!(e instanceof WeChatApiError) || e.errcode !== 40007 || !(await draftExists(client, mediaId))) throw e;
        const rebuilt = await evictCachedMaterial(p, client, done, sent, notes);
        if (!rebuilt) throw e;
        built = rebuilt;
        updatedIndexes = await updateAll(built.articles.map((a, i) => (articleHash(a) === previous!.hashes[i] ? -1 : i)).filter((i) => i >= 0));
      }
    } catch (e) {
      if (!(e instanceof WeChatApiError) || e.errcode !== 40007) throw e;
      // The draft is gone (deleted or sent), or WeChat cannot take it in place: a new one.
      mediaId = await addNew();
      action = 'replaced';
      updatedIndexes = [];
      notes.push(publishText(locale, 'note.gone'));
    }
  } else {
    mediaId = decision.mediaId;
    action = 'unchanged';
  }

  // The temporary link; for an unchanged push this is also the check that the draft still exists.
  checkCancelled(options.signal);
  options.onProgress?.({ kind: 'link', label: locale === 'zh-cn' ? '获取预览链接' : 'Getting the preview link', done: 0, total: 1 });
  let previewUrl: string | undefined;
  try {
    previewUrl = await draftLink(client, mediaId);
  } catch (e) {
    if (e instanceof WeChatApiError && e.errcode === 40007 && action !== 'created' && action !== 'replaced') {
      mediaId = await addNew();
      action = 'replaced';
      updatedIndexes = [];
      notes.push(publishText(locale, 'note.gone'));
      previewUrl = await draftLink(client, mediaId).catch((err: Error) => (notes.push(publishText(locale, 'note.no-link', { reason: err.message })), undefined));
    } else if (e instanceof WeChatApiError || e instanceof NetworkError) {
      notes.push(publishText(locale, 'note.no-link', { reason: e.message }));
    } else throw e;
  }
  options.onProgress?.({ kind: 'link', label: locale === 'zh-cn' ? '获取预览链接' : 'Getting the preview link', done: 1, total: 1 });

  const record: DraftRecord = { mediaId, titles: built.articles.map((a) => a.title), hashes: built.articles.map(articleHash), updatedAt: Date.now() };
  await writeDraftRecord(options.cacheDir, appId, options.filePath, record);
  return { draftMediaId: mediaId, action, updatedIndexes, previewUrl, notes, draft: { articles: built.articles, sizes: built.sizes } };
}

async function draftLink(client: WeChatClient, mediaId: string): Promise<string | undefined> {
  const r = await client.json<{ news_item?: { url?: string }[] }>('/cgi-bin/draft/get', { media_id: mediaId }, { idempotent: true });
  return r.news_item?.[0]?.url;
}

/**
 * `draft/add`, never twice for one draft: an answer lost in transit is looked up with
 * `draft/batchget` before trying again; a 40007 on media ids that came from the cache evicts them,
 * uploads them again and tries once more.
 */
async function addDraft(p: Prepared, client: WeChatClient, done: Uploaded, sent: Set<string>, built: BuiltDraft, notes: string[]): Promise<{ mediaId: string; built: BuiltDraft }> {
  try {
    return { mediaId: await addOnce(p, client, built.articles, notes), built };
  } catch (e) {
    if (!(e instanceof WeChatApiError) || e.errcode !== 40007) throw e;
    const rebuilt = await evictCachedMaterial(p, client, done, sent, notes);
    if (!rebuilt) throw e;
    return { mediaId: await addOnce(p, client, rebuilt.articles, notes), built: rebuilt };
  }
}

/**
 * After a 40007: the permanent material this publish took from the cache (a cover deleted in the
 * web platform, say) is evicted and uploaded again, once; the payload is rebuilt with the new ids.
 * Undefined when nothing came from the cache (then the 40007 is about something else).
 */
async function evictCachedMaterial(p: Prepared, client: WeChatClient, done: Uploaded, sent: Set<string>, notes: string[]): Promise<BuiltDraft | undefined> {
  const fromCache = p.plan.uploads.filter((u) => u.kind !== 'uploadimg' && !sent.has(u.key));
  if (!fromCache.length) return undefined;
  for (const u of fromCache) {
    await p.cache.evict(u.key);
    done.delete(u.key);
    sent.add(u.key);
  }
  await runUploads(p, client, fromCache, done);
  notes.push(publishText(p.locale, 'note.evicted', { count: fromCache.length }));
  const built = build(p, done);
  if (built.problems.length) throw new PublishRefused(built.problems, p.lint.warnings);
  return built;
}

async function draftExists(client: WeChatClient, mediaId: string): Promise<boolean> {
  try {
    await client.json('/cgi-bin/draft/get', { media_id: mediaId }, { idempotent: true });
    return true;
  } catch (e) {
    if (e instanceof WeChatApiError && e.errcode === 40007) return false;
    throw e;
  }
}

async function addOnce(p: Prepared, client: WeChatClient, articles: DraftArticle[], notes: string[]): Promise<string> {
  const started = Math.floor(Date.now() / 1000);
  const call = async () => (await client.json<{ media_id: string }>('/cgi-bin/draft/add', { articles })).media_id;
  try {
    return await call();
  } catch (e) {
    if (!(e instanceof NetworkError)) throw e;
    // The draft may exist: look for it before adding again.
    const list = await client.json<{ item?: { media_id: string; update_time?: number; content?: { news_item?: { title?: string }[] } }[] }>(
      '/cgi-bin/draft/batchget',
      { offset: 0, count: 20, no_content: 1 },
      { idempotent: true },
    );
    const found = findReconciledDraft(list.item ?? [], articles.map((a) => a.title), started);
    if (found) {
      notes.push(publishText(p.locale, 'note.reconciled'));
      return found;
    }
    return call();
  }
}
