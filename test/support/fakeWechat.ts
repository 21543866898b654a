// A fake WeChat Official Account API on 127.0.0.1 for unit, CLI and real-editor tests. It follows
// the documented contract (/work notes: API §2, §4), quirks included:
// - `media/uploadimg` answers its JSON with Content-Type text/plain;
// - a JSON body with a `\uXXXX` escape is refused with 40033;
// - 40164 carries the caller's IP in errmsg;
// - `draft/update` cannot add, remove or reorder articles;
// - `stable_token` in normal mode returns the same token while it is valid; force_refresh makes a
//   new one and the old one stops working;
// - `message/mass/preview` answers 48001 for an unverified account.
// Failures and delays can be injected per path. Nothing here talks to the real API.
import { createHash, randomBytes } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface FakeCall {
  method: string;
  path: string;
  errcode: number;
}

export interface FakeDraft {
  articles: any[];
  updateTime: number;
}

export interface FakeWechat {
  url: string;
  state: {
    drafts: Map<string, any[]>;
    uploads: number;
    calls: FakeCall[];
    tokenFetches: number;
    previews: any[];
    /** In-article images by the URL uploadimg gave them: what was uploaded under that URL. */
    images: Map<string, { sha256: string; filename: string }>;
    /** Permanent material by media id. */
    materials: Map<string, { type: string; bytes: number; filename: string }>;
    /** Every draft's last update time (seconds), by media id. */
    draftTimes: Map<string, number>;
    /** The token currently valid. */
    token?: string;
    /** Raw query strings, authorization headers and bodies of every request (for masking tests). */
    raw: string[];
    /** The most uploads that were in flight at one time. */
    maxUploadsInFlight: number;
  };
  failNext(path: string, errcode: number, errmsg?: string): void;
  delayNext(path: string, ms: number): void;
  /** The next request to `path` is processed, then its connection is cut before any answer. */
  dropAfterNext(path: string): void;
  /** The next request to `path` has its connection cut before it is processed. */
  dropBeforeNext(path: string): void;
  /** The next request to `path` gets this HTTP status and no JSON. */
  httpStatusNext(path: string, status: number): void;
  /** As if another system forced a refresh: the current token stops working. */
  rotateToken(): void;
  /** As if the material was deleted in the web platform. */
  deleteMaterial(mediaId: string): void;
  close(): Promise<void>;
}

export interface FakeWechatOptions {
  appId: string;
  appSecret: string;
  verified?: boolean;
  /** Accept `Authorization: Bearer <relayKey>` instead of an access token (relay mode). */
  relayKey?: string;
  /** The IP that 40164 names (default 203.0.113.7). */
  callerIp?: string;
  /** Token lifetime in seconds (default 7200). */
  expiresIn?: number;
}

type Injected =
  | { kind: 'error'; errcode: number; errmsg?: string }
  | { kind: 'delay'; ms: number }
  | { kind: 'drop-after' }
  | { kind: 'drop-before' }
  | { kind: 'http'; status: number };

const MB = 1024 * 1024;

function sniff(bytes: Uint8Array): string | undefined {
  const b = bytes;
  if (b[0] === 0xff && b[1] === 0xd8) return 'jpg';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return 'gif';
  if (b[0] === 0x42 && b[1] === 0x4d) return 'bmp';
  if (b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45) return 'webp';
  if (b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46) return 'wav';
  if ((b[0] === 0x49 && b[1] === 0x44 && b[2] === 0x33) || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0)) return 'mp3';
  if (b[0] === 0x23 && b[1] === 0x21 && b[2] === 0x41 && b[3] === 0x4d && b[4] === 0x52) return 'amr';
  if (b[0] === 0x30 && b[1] === 0x26 && b[2] === 0xb2 && b[3] === 0x75) return 'wma';
  if (b[4] === 0x66 && b[5] === 0x74 && b[6] === 0x79 && b[7] === 0x70) return 'mp4';
  return undefined;
}

/** A `\u` escape in JSON text: a backslash preceded by an even number of backslashes, then u + 4 hex. */
const UNICODE_ESCAPE = /(?<!\\)(?:\\\\)*\\u[0-9a-fA-F]{4}/;

export async function startFakeWechat(opts: FakeWechatOptions): Promise<FakeWechat> {
  const injected = new Map<string, Injected[]>();
  const state: FakeWechat['state'] = { drafts: new Map(), images: new Map(), uploads: 0, calls: [], tokenFetches: 0, previews: [], materials: new Map(), draftTimes: new Map(), raw: [], maxUploadsInFlight: 0 };
  let uploadsInFlight = 0;
  let tokenExpiresAt = 0;
  let seq = 0;
  const id = (prefix: string) => `${prefix}_${(++seq).toString().padStart(4, '0')}_${randomBytes(6).toString('hex')}`;
  const newToken = () => {
    state.token = `TOKEN${randomBytes(24).toString('hex')}`;
    tokenExpiresAt = Date.now() + (opts.expiresIn ?? 7200) * 1000;
  };
  const ip = opts.callerIp ?? '203.0.113.7';
  let baseUrl = '';

  const take = (path: string, kind?: Injected['kind']): Injected | undefined => {
    const list = injected.get(path);
    if (!list?.length) return undefined;
    if (kind && list[0].kind !== kind) return undefined;
    return list.shift();
  };
  const push = (path: string, i: Injected) => {
    const list = injected.get(path) ?? [];
    list.push(i);
    injected.set(path, list);
  };

  const articleProblem = (a: any): [number, string] | undefined => {
    if (!a || typeof a !== 'object' || !Object.keys(a).length) return [44003, 'empty news data'];
    if (typeof a.title !== 'string' || !a.title) return [44003, 'empty news data: title'];
    if (typeof a.content !== 'string' || !a.content) return [44003, 'empty content'];
    if ([...a.title].length > 64) return [45003, 'title size out of limit'];
    if (typeof a.digest === 'string' && [...a.digest].length > 128) return [45004, 'description size out of limit'];
    if ([...a.content].length >= 20000 * 10 || Buffer.byteLength(a.content) >= MB) return [45002, 'content size out of limit'];
    const thumb = state.materials.get(a.thumb_media_id);
    if (!thumb || thumb.type !== 'image') return [40007, 'invalid media_id'];
    return undefined;
  };

  async function handle(method: string, path: string, query: URLSearchParams, headers: http.IncomingHttpHeaders, raw: Buffer): Promise<{ status?: number; type?: string; body: any }> {
    const text = raw.toString('utf8');
    const isJson = /json/i.test(String(headers['content-type'] ?? ''));
    let body: any = {};
    if (path === '/cgi-bin/stable_token') {
      if (UNICODE_ESCAPE.test(text)) return { body: { errcode: 40033, errmsg: 'invalid charset. please check your request, if include \\uxxxx will create fail!' } };
      try {
        body = JSON.parse(text);
      } catch {
        return { body: { errcode: 47001, errmsg: 'data format error' } };
      }
      state.tokenFetches++;
      if (body.appid !== opts.appId) return { body: { errcode: 40013, errmsg: 'invalid appid' } };
      if (body.secret !== opts.appSecret) return { body: { errcode: 40125, errmsg: 'invalid appsecret' } };
      if (body.force_refresh === true || !state.token || Date.now() >= tokenExpiresAt) newToken();
      return { body: { access_token: state.token, expires_in: Math.round((tokenExpiresAt - Date.now()) / 1000) } };
    }
    // Every other call: the access token (or the relay's key).
    const auth = String(headers.authorization ?? '');
    const relayOk = !!opts.relayKey && auth === `Bearer ${opts.relayKey}`;
    if (!relayOk) {
      const t = query.get('access_token');
      if (!t) return { body: { errcode: 41001, errmsg: 'access_token missing' } };
      if (t !== state.token) return { body: { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken' } };
      if (Date.now() >= tokenExpiresAt) return { body: { errcode: 42001, errmsg: 'access_token expired' } };
    }
    if (method === 'POST' && isJson) {
      if (UNICODE_ESCAPE.test(text)) return { body: { errcode: 40033, errmsg: 'invalid charset. please check your request, if include \\uxxxx will create fail!' } };
      try {
        body = JSON.parse(text);
      } catch {
        return { body: { errcode: 47001, errmsg: 'data format error' } };
      }
    }
    switch (path) {
      case '/cgi-bin/media/uploadimg': {
        const form = await parseForm(headers, raw);
        const media = form?.get('media');
        if (!media || typeof media === 'string' || !media.size) return { type: 'text/plain', body: { errcode: 41005, errmsg: 'media data missing' } };
        const bytes = new Uint8Array(await media.arrayBuffer());
        const fmt = sniff(bytes);
        if (fmt !== 'jpg' && fmt !== 'png') return { type: 'text/plain', body: { errcode: 40005, errmsg: 'invalid file type' } };
        if (bytes.length >= MB) return { type: 'text/plain', body: { errcode: 40009, errmsg: 'invalid image size' } };
        state.uploads++;
        const url = `http://mmbiz.qpic.cn/sz_mmbiz_${fmt}/${id('img')}/0?from=appmsg`;
        state.images.set(url, { sha256: createHash('sha256').update(bytes).digest('hex'), filename: media.name });
        return { type: 'text/plain', body: { url } };
      }
      case '/cgi-bin/material/add_material': {
        const type = query.get('type') ?? '';
        const form = await parseForm(headers, raw);
        const media = form?.get('media');
        if (!media || typeof media === 'string' || !media.size) return { body: { errcode: 41005, errmsg: 'media data missing' } };
        const bytes = new Uint8Array(await media.arrayBuffer());
        const fmt = sniff(bytes);
        const rules: Record<string, [string[], number]> = { image: [['jpg', 'png', 'gif', 'bmp'], 10 * MB], voice: [['mp3', 'wma', 'wav', 'amr'], 2 * MB], video: [['mp4'], 10 * MB], thumb: [['jpg'], 64 * 1024] };
        const rule = rules[type];
        if (!rule) return { body: { errcode: 40004, errmsg: 'invalid media type' } };
        if (!fmt || !rule[0].includes(fmt)) return { body: { errcode: 40113, errmsg: 'unsupported file type' } };
        if (bytes.length > rule[1]) return { body: { errcode: 40006, errmsg: 'invalid meida size' } };
        if (type === 'video' && !form?.get('description')) return { body: { errcode: 41005, errmsg: 'media data missing' } };
        const mediaId = id('media');
        state.materials.set(mediaId, { type, bytes: bytes.length, filename: (media as File).name });
        state.uploads++;
        return { body: type === 'image' ? { media_id: mediaId, url: `http://mmbiz.qpic.cn/mmbiz_${fmt}/${mediaId}/0?wx_fmt=${fmt}` } : { media_id: mediaId } };
      }
      case '/cgi-bin/draft/add': {
        const articles = body.articles;
        if (!Array.isArray(articles) || !articles.length) return { body: { errcode: 44003, errmsg: 'empty news data' } };
        if (articles.length > 8) return { body: { errcode: 45008, errmsg: 'article size out of limit' } };
        for (const a of articles) {
          const p = articleProblem(a);
          if (p) return { body: { errcode: p[0], errmsg: p[1] } };
        }
        const mediaId = id('draft');
        state.drafts.set(mediaId, articles);
        state.draftTimes.set(mediaId, Math.floor(Date.now() / 1000));
        return { body: { media_id: mediaId } };
      }
      case '/cgi-bin/draft/update': {
        const draft = state.drafts.get(body.media_id);
        if (!draft) return { body: { errcode: 40007, errmsg: 'invalid media_id' } };
        const index = body.index;
        // It cannot add, remove or reorder: only an existing index, with one article object.
        if (!Number.isInteger(index) || index < 0 || index >= draft.length) return { body: { errcode: 40007, errmsg: 'invalid index' } };
        if (Array.isArray(body.articles)) return { body: { errcode: 47001, errmsg: 'data format error: articles must be an object' } };
        const p = articleProblem(body.articles);
        if (p) return { body: { errcode: p[0], errmsg: p[1] } };
        draft[index] = body.articles;
        state.draftTimes.set(body.media_id, Math.floor(Date.now() / 1000));
        return { body: { errcode: 0, errmsg: 'ok' } };
      }
      case '/cgi-bin/draft/get': {
        const draft = state.drafts.get(body.media_id);
        if (!draft) return { body: { errcode: 40007, errmsg: 'invalid media_id' } };
        return {
          body: {
            news_item: draft.map((a, i) => ({ ...a, url: `${baseUrl}/s?__biz=fake&mid=${encodeURIComponent(body.media_id)}&idx=${i + 1}&tempkey=${randomBytes(8).toString('hex')}` })),
          },
        };
      }
      case '/cgi-bin/draft/batchget': {
        const offset = Number(body.offset ?? 0);
        const count = Number(body.count ?? 20);
        if (!(count >= 1 && count <= 20)) return { body: { errcode: 40097, errmsg: 'invalid args' } };
        const all = [...state.drafts.entries()].sort((a, b) => (state.draftTimes.get(b[0]) ?? 0) - (state.draftTimes.get(a[0]) ?? 0));
        const item = all.slice(offset, offset + count).map(([mediaId, arts]) => ({
          media_id: mediaId,
          content: { news_item: arts.map((a) => (body.no_content ? { ...a, content: undefined } : a)) },
          update_time: state.draftTimes.get(mediaId),
        }));
        return { body: { total_count: all.length, item_count: item.length, item } };
      }
      case '/cgi-bin/draft/delete': {
        if (!state.drafts.delete(body.media_id)) return { body: { errcode: 40007, errmsg: 'invalid media_id' } };
        return { body: { errcode: 0, errmsg: 'ok' } };
      }
      case '/cgi-bin/draft/count':
        return { body: { total_count: state.drafts.size } };
      case '/cgi-bin/message/mass/preview': {
        if (!opts.verified) return { body: { errcode: 48001, errmsg: 'api unauthorized' } };
        if (!body.towxname && !body.touser) return { body: { errcode: 40003, errmsg: 'invalid openid' } };
        const type = body.msgtype;
        const ok =
          (type === 'mpnews' && state.drafts.has(body.mpnews?.media_id)) ||
          (type === 'text' && typeof body.text?.content === 'string' && body.text.content.length > 0) ||
          (type === 'image' && state.materials.get(body.image?.media_id)?.type === 'image') ||
          (type === 'voice' && state.materials.get(body.voice?.media_id)?.type === 'voice');
        if (!ok) return { body: { errcode: type === 'text' ? 44003 : 40007, errmsg: type === 'text' ? 'empty content' : 'invalid media_id' } };
        state.previews.push(body);
        return { body: { errcode: 0, errmsg: 'preview success', msg_id: 1000 + state.previews.length } };
      }
      default:
        return { status: 404, body: { errcode: 40066, errmsg: 'invalid url' } };
    }
  }

  const server = http.createServer((req, res) => {
    const isUpload = /\/(uploadimg|add_material)$/.test(req.url?.split('?')[0] ?? '');
    if (isUpload) {
      uploadsInFlight++;
      state.maxUploadsInFlight = Math.max(state.maxUploadsInFlight, uploadsInFlight);
      res.on('close', () => uploadsInFlight--);
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = u.pathname;
      const raw = Buffer.concat(chunks);
      state.raw.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''} ${raw.length < 64 * 1024 ? raw.toString('utf8') : ''}`);
      // The temp draft link: a page naming the draft's articles.
      if (path === '/s') {
        const arts = state.drafts.get(u.searchParams.get('mid') ?? '');
        res.writeHead(arts ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
        res.end(arts ? `<!doctype html><meta charset="utf-8"><title>${escape(arts[0]?.title ?? '')}</title>${arts.map((a) => `<h1>${escape(a.title)}</h1>`).join('')}` : 'gone');
        return;
      }
      if (take(path, 'drop-before')) {
        state.calls.push({ method: req.method ?? '', path, errcode: NaN });
        req.socket.destroy();
        return;
      }
      const status = take(path, 'http');
      if (status && status.kind === 'http') {
        state.calls.push({ method: req.method ?? '', path, errcode: NaN });
        res.writeHead(status.status, { 'content-type': 'text/html' });
        res.end('<html>Bad Gateway</html>');
        return;
      }
      const fail = take(path, 'error');
      let out: { status?: number; type?: string; body: any };
      if (fail && fail.kind === 'error') {
        const errmsg = fail.errmsg ?? (fail.errcode === 40164 ? `invalid ip ${ip} ipv6 ::ffff:${ip}, not in whitelist rid: ${randomBytes(4).toString('hex')}` : `injected error ${fail.errcode}`);
        out = { body: { errcode: fail.errcode, errmsg } };
      } else {
        try {
          out = await handle(req.method ?? 'GET', path, u.searchParams, req.headers, raw);
        } catch (e) {
          out = { status: 500, body: { errcode: -1, errmsg: `fake error: ${(e as Error).message}` } };
        }
      }
      state.calls.push({ method: req.method ?? '', path, errcode: Number(out.body.errcode ?? 0) });
      const delay = take(path, 'delay');
      if (delay && delay.kind === 'delay') await new Promise((r) => setTimeout(r, delay.ms));
      if (take(path, 'drop-after')) {
        req.socket.destroy();
        return;
      }
      if (res.destroyed || req.socket.destroyed) return;
      res.writeHead(out.status ?? 200, { 'content-type': out.type ?? 'application/json; charset=utf-8' });
      res.end(JSON.stringify(out.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    state,
    failNext: (path, errcode, errmsg) => push(path, { kind: 'error', errcode, errmsg }),
    delayNext: (path, ms) => push(path, { kind: 'delay', ms }),
    dropAfterNext: (path) => push(path, { kind: 'drop-after' }),
    dropBeforeNext: (path) => push(path, { kind: 'drop-before' }),
    httpStatusNext: (path, status) => push(path, { kind: 'http', status }),
    rotateToken: () => newToken(),
    deleteMaterial: (mediaId) => void state.materials.delete(mediaId),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function escape(s: string): string {
  return String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function parseForm(headers: http.IncomingHttpHeaders, raw: Buffer): Promise<FormData | undefined> {
  const type = String(headers['content-type'] ?? '');
  if (!/^multipart\/form-data/i.test(type)) return undefined;
  try {
    return await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
  } catch {
    return undefined;
  }
}
