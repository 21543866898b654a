// sendPhonePreview: each item of the push to the author's own WeChat ID through
// `message/mass/preview` (verified accounts only): the articles as one mpnews (the draft),
// @text as text, @image as image and @audio as voice (both uploaded as permanent material);
// @video is explained, not sent. Towxname previews are limited to 100 a day: counted locally.
import * as path from 'path';
import { publishText } from '../../core/publish/texts';
import { readJsonFile, updateJsonFile } from '../wechat/fileStore';
import { prepare, publishDraft, runUploads, makeClient } from './publish';
import { PublishRefused } from './refused';
import type { CachedUpload } from '../../core/publish/types';
import type { PhonePreviewResult, PublishOptions } from './types';

export const PREVIEW_DAILY_LIMIT = 100;
export const PREVIEW_COUNT_FILE = 'preview-count.json';

type Counts = Record<string, { day: string; count: number }>;

function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function previewsUsedToday(countFile: string, appId: string): number {
  const e = readJsonFile<Counts>(countFile, {})[appId];
  return e && e.day === today() ? e.count : 0;
}

export async function sendPhonePreview(options: PublishOptions & { towxname: string; countFile?: string }): Promise<PhonePreviewResult> {
  if (!options.credentials) throw new Error('a phone preview needs credentials');
  const towxname = options.towxname.trim();
  if (!towxname) throw new Error('a phone preview needs the WeChat ID to send it to');
  const countFile = options.countFile ?? path.join(options.cacheDir, PREVIEW_COUNT_FILE);
  const appId = options.credentials.appId;
  const p = await prepare({ ...options, dryRun: false }, true);
  const { doc, locale } = p;

  const explained = doc.items.filter((i) => i.kind === 'video').map((i) => ({ itemIndex: i.index, reason: publishText(locale, 'skip.video') }));
  const messages = doc.items.filter((i) => i.kind === 'text' || i.kind === 'image' || i.kind === 'audio');
  const needed = (p.media.length ? 1 : 0) + messages.length;
  const used = previewsUsedToday(countFile, appId);
  if (used + needed > PREVIEW_DAILY_LIMIT) {
    throw new PublishRefused([{ ruleId: 'publish', message: publishText(locale, 'problem.preview-quota', { used, needed }), line: 1, column: 1 }], p.lint.warnings);
  }

  const client = makeClient(options);
  const done = new Map<string, CachedUpload>();
  for (const u of p.plan.uploads) if (u.cached) done.set(u.key, u.cached);
  const sent = new Set(p.plan.uploads.filter((u) => !u.cached).map((u) => u.key));
  await runUploads(p, client, p.plan.uploads, done);

  const out: PhonePreviewResult = { sent: [], explained, usedToday: used };
  const send = async (itemIndex: number, msgtype: string, payload: unknown) => {
    if (options.signal?.aborted) throw options.signal.reason;
    await client.json('/cgi-bin/message/mass/preview', { towxname, msgtype, [msgtype]: payload });
    out.sent.push({ itemIndex, msgtype });
    const counts = await updateJsonFile<Counts>(countFile, {}, (all) => {
      const e = all[appId];
      all[appId] = { day: today(), count: (e && e.day === today() ? e.count : 0) + 1 };
    });
    out.usedToday = counts[appId].count;
  };

  if (p.media.length) {
    const draft = await publishDraft(p, client, done, sent);
    await send(p.media[0].item.index, 'mpnews', { media_id: draft.draftMediaId });
  }
  for (const item of messages) {
    if (item.kind === 'text') {
      await send(item.index, 'text', { content: item.message?.text ?? '' });
      continue;
    }
    const use = p.messages.find((m) => m.itemIndex === item.index);
    const key = use && p.plan.keyOf.get(`${use.itemIndex}\u0000${use.role}\u0000${use.path}`);
    const mediaId = key ? done.get(key)?.mediaId : undefined;
    if (!mediaId) {
      out.explained.push({ itemIndex: item.index, reason: publishText(locale, 'problem.missing', { path: item.argument?.text ?? '' }) });
      continue;
    }
    await send(item.index, item.kind === 'image' ? 'image' : 'voice', { media_id: mediaId });
  }
  return out;
}
