// `wxpush publish FILE [--dry-run] [--new-draft] [--format text|json] [--api-base URL] [--relay URL] [--locale en|zh-cn]`
// Puts every article of a push into one WeChat draft (uploading covers and images once), or with
// --dry-run prints what it would send without credentials or any request.
// Credentials: WXPUSH_APPID + WXPUSH_APPSECRET, or WXPUSH_APPID + a relay (--relay URL or
// WXPUSH_RELAY_URL, with the writer's key in WXPUSH_RELAY_KEY; docs/relay.md); WXPUSH_API_BASE or --api-base replaces https://api.weixin.qq.com; the cache
// folder is WXPUSH_CACHE_DIR or the user's cache folder.
// Exit codes: 0 published (or planned), 1 refused (lint errors, files WeChat cannot take) or
// WeChat said no or could not be reached, 2 bad usage or an internal error.
import * as fs from 'fs';
import { formatSize } from '../../core/publish/texts';
import { ConfigError } from '../../node/config';
import { defaultCacheDir, NetworkError, publishPush, PublishRefused, RelayError, WeChatApiError, type PublishCredentials, type PublishResult } from '../../node/publish';
import { parseArgs, UsageError } from '../args';
import { cliLocale, type CliLocale } from '../locale';

const T = {
  en: {
    dryRun: 'Dry run: nothing was sent.',
    created: 'Draft created: {id}',
    updated: 'Draft updated: {id}',
    unchanged: 'Draft unchanged: {id}',
    replaced: 'Draft replaced by a new one: {id}',
    link: 'Preview link (temporary; open it on a phone or scan it with WeChat): {url}',
    uploads: 'Uploads: {new} new, {cached} cached',
    upload: '  {state}  {kind}  {path}  {size}',
    new: 'new   ',
    cached: 'cached',
    articles: 'Draft: {n} article(s)',
    article: '  {n}. {title}: {chars} characters, {bytes}',
    author: 'author {v}',
    digest: 'digest {v} characters',
    source: 'Read more {v}',
    comments: 'comments {open}/{fans} (need_open_comment/only_fans_can_comment)',
    updatedIndexes: 'Updated articles: {list}',
    skipped: 'Not sent:',
    skip: '  item {n} ({kind}): {reason}',
    notes: 'Notes:',
    warnings: 'Warnings:',
    refused: 'Not published: fix these first (nothing was sent).',
    apiError: 'WeChat said no: {code} {msg} ({path})',
    network: 'Could not reach {host}: {msg}',
    needCredentials: 'publishing needs WXPUSH_APPID and WXPUSH_APPSECRET in the environment (or, through a relay, --relay URL and WXPUSH_RELAY_KEY); --dry-run needs none',
  },
  'zh-cn': {
    dryRun: '试运行：没有发送任何内容。',
    created: '已创建草稿：{id}',
    updated: '已更新草稿：{id}',
    unchanged: '草稿无变化：{id}',
    replaced: '已用新草稿替换：{id}',
    link: '预览链接（临时；在手机上打开或用微信扫码）：{url}',
    uploads: '上传：新上传 {new} 个，缓存 {cached} 个',
    upload: '  {state}  {kind}  {path}  {size}',
    new: '新上传',
    cached: '已缓存',
    articles: '草稿：{n} 篇文章',
    article: '  {n}. {title}：{chars} 字，{bytes}',
    author: '作者 {v}',
    digest: '摘要 {v} 字',
    source: '阅读原文 {v}',
    comments: '留言 {open}/{fans}（need_open_comment/only_fans_can_comment）',
    updatedIndexes: '已更新的文章：{list}',
    skipped: '未发送：',
    skip: '  第 {n} 个条目（{kind}）：{reason}',
    notes: '说明：',
    warnings: '警告：',
    refused: '未发布：请先修正以下问题（没有发送任何内容）。',
    apiError: '微信拒绝了请求：{code} {msg}（{path}）',
    network: '无法连接 {host}：{msg}',
    needCredentials: '发布需要在环境变量中设置 WXPUSH_APPID 和 WXPUSH_APPSECRET（经中转服务发布时改为 --relay URL 和 WXPUSH_RELAY_KEY）；--dry-run 不需要',
  },
} as const;

type Key = keyof (typeof T)['en'];

function t(locale: CliLocale, key: Key, data: Record<string, string | number> = {}): string {
  return T[locale][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv, relayUrl = env.WXPUSH_RELAY_URL): PublishCredentials | undefined {
  const appId = env.WXPUSH_APPID?.trim();
  if (!appId) return undefined;
  if (relayUrl) {
    const key = env.WXPUSH_RELAY_KEY?.trim();
    return key ? { appId, relay: { url: relayUrl.trim(), key } } : undefined;
  }
  const appSecret = env.WXPUSH_APPSECRET?.trim();
  return appSecret ? { appId, appSecret } : undefined;
}

export async function runPublish(argv: string[], write: (s: string) => void, writeErr: (s: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['format', 'api-base', 'relay', 'locale', 'theme'], ['dry-run', 'new-draft']);
  if (positionals.length !== 1) throw new UsageError('publish needs exactly one FILE');
  const format = (flags.get('format') as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not ${format}`);
  const locale = cliLocale(flags.get('locale'), env);
  const apiBase = (flags.get('api-base') as string | undefined) ?? env.WXPUSH_API_BASE;
  if (apiBase !== undefined && !/^https?:\/\/[^/\s]+/i.test(apiBase)) throw new UsageError(`--api-base must be an http(s) URL, not ${apiBase}`);
  const dryRun = flags.has('dry-run');
  const relay = flags.get('relay') as string | undefined;
  if (relay !== undefined && !/^https?:\/\/[^/\s]+/i.test(relay)) throw new UsageError(`--relay must be an http(s) URL, not ${relay}`);
  const credentials = credentialsFromEnv(env, relay ?? env.WXPUSH_RELAY_URL);
  if (!dryRun && !credentials) throw new UsageError(t(locale, 'needCredentials'));
  const file = positionals[0];
  const text = fs.readFileSync(file, 'utf8');

  const json = format === 'json';
  const out = (s: string) => write(s + '\n');
  let result: PublishResult;
  try {
    result = await publishPush({
      filePath: file,
      text,
      credentials,
      apiBase,
      cacheDir: defaultCacheDir(env),
      newDraft: flags.has('new-draft'),
      dryRun,
      locale,
      themeSettings: typeof flags.get('theme') === 'string' ? { name: flags.get('theme') } : undefined,
      log: (line) => writeErr(`wxpush publish: ${line}\n`),
    });
  } catch (e) {
    if (e instanceof PublishRefused) {
      if (json) out(JSON.stringify({ file, published: false, refused: e.problems, warnings: e.warnings }, null, 2));
      else {
        out(t(locale, 'refused'));
        for (const p of e.problems) out(`${file}:${p.line}:${p.column} error ${p.message} (${p.ruleId})`);
        for (const p of e.warnings) out(`${file}:${p.line}:${p.column} warning ${p.message} (${p.ruleId})`);
      }
      return 1;
    }
    if (e instanceof WeChatApiError) {
      const advice = e.advice(locale);
      if (json) out(JSON.stringify({ file, published: false, error: { errcode: e.errcode, errmsg: e.errmsg, path: e.path, ip: e.ip, advice } }, null, 2));
      else out(`${t(locale, 'apiError', { code: e.errcode, msg: e.errmsg, path: e.path })}\n${advice}`);
      return 1;
    }
    if (e instanceof RelayError) {
      const advice = e.advice(locale);
      if (json) out(JSON.stringify({ file, published: false, error: { relay: true, status: e.status, code: e.code, advice } }, null, 2));
      else out(`${e.message}\n${advice}`);
      return 1;
    }
    if (e instanceof NetworkError) {
      const message = t(locale, 'network', { host: e.host, msg: e.message.replace(/^cannot reach [^:]+: /, '') });
      if (json) out(JSON.stringify({ file, published: false, error: { network: true, host: e.host, message } }, null, 2));
      else out(message);
      return 1;
    }
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }

  if (json) {
    out(JSON.stringify({ file, published: !dryRun, ...result, draftMediaId: result.draftMediaId ?? null }, null, 2));
    return 0;
  }
  const lines: string[] = [];
  if (dryRun) lines.push(t(locale, 'dryRun'));
  else lines.push(t(locale, result.action as 'created', { id: result.draftMediaId ?? '' }));
  if (result.previewUrl) lines.push(t(locale, 'link', { url: result.previewUrl }));
  if (result.updatedIndexes.length) lines.push(t(locale, 'updatedIndexes', { list: result.updatedIndexes.map((i) => i + 1).join(', ') }));
  const fresh = result.uploads.filter((u) => !u.cached).length;
  lines.push(t(locale, 'uploads', { new: fresh, cached: result.uploads.length - fresh }));
  for (const u of result.uploads) lines.push(t(locale, 'upload', { state: t(locale, u.cached ? 'cached' : 'new'), kind: u.kind, path: u.path, size: formatSize(u.bytes) }));
  if (result.draft) {
    lines.push(t(locale, 'articles', { n: result.draft.articles.length }));
    result.draft.articles.forEach((a, i) => {
      const s = result.draft!.sizes[i];
      lines.push(t(locale, 'article', { n: i + 1, title: a.title, chars: (s?.chars ?? 0).toLocaleString('en-US'), bytes: formatSize(s?.bytes ?? 0) }));
      const fields = [
        a.author && t(locale, 'author', { v: a.author }),
        a.digest && t(locale, 'digest', { v: [...a.digest].length }),
        a.content_source_url && t(locale, 'source', { v: a.content_source_url }),
        a.need_open_comment !== undefined && t(locale, 'comments', { open: a.need_open_comment, fans: a.only_fans_can_comment ?? 0 }),
      ].filter(Boolean);
      if (fields.length) lines.push(`     ${fields.join(' · ')}`);
    });
  }
  if (result.skipped.length) {
    lines.push(t(locale, 'skipped'));
    for (const s of result.skipped) lines.push(t(locale, 'skip', { n: s.itemIndex + 1, kind: s.kind, reason: s.reason }));
  }
  if (result.notes.length) {
    lines.push(t(locale, 'notes'));
    for (const n of result.notes) lines.push(`  ${n}`);
  }
  if (result.lint.warnings.length) {
    lines.push(t(locale, 'warnings'));
    for (const p of result.lint.warnings) lines.push(`  ${file}:${p.line}:${p.column} ${p.message} (${p.ruleId})`);
  }
  out(lines.join('\n'));
  return 0;
}
