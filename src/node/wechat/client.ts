// A thin client for the WeChat Official Account API on Node's global fetch/FormData/Blob.
// - Direct mode: an access token from `stable_token` (normal mode), cached per AppID (token.ts),
//   sent as `?access_token=` — so URLs are never logged, only method, path, errcode and time.
// - Relay mode: requests go to a relay the author runs, with `Authorization: Bearer <key>` and no
//   token; the relay holds the AppSecret and calls WeChat from its whitelisted IP.
// Token errors (40001/40014/42001) refresh the token once and replay the call once, never more.
// Transport errors, HTTP 5xx and errcode -1 are retried with backoff, for idempotent calls only.
import { TOKEN_ERROR_CODES } from '../../core/publish/errors';
import { wechatJson } from '../../core/publish/json';
import { mask, NetworkError, RelayError, WeChatApiError } from './errors';
import { dropToken, getToken, storeToken } from './token';

export const DEFAULT_API_BASE = 'https://api.weixin.qq.com';

export interface WeChatCredentials {
  appId: string;
  appSecret?: string;
  relay?: { url: string; key: string };
}

export interface WeChatClientOptions {
  credentials: WeChatCredentials;
  apiBase?: string;
  cacheDir: string;
  log?: (line: string) => void;
  signal?: AbortSignal;
  /** Per request (default 30 s). */
  timeoutMs?: number;
  /** Extra attempts for retryable failures of idempotent calls (default 2). */
  retries?: number;
  /** First backoff delay, doubled each time (default 500 ms). */
  retryDelayMs?: number;
}

export interface CallOptions {
  /** Safe to send twice: retried on transport errors, 5xx and -1. */
  idempotent?: boolean;
  method?: 'GET' | 'POST';
  query?: Record<string, string>;
}

export interface UploadFile {
  bytes: Uint8Array;
  filename: string;
  contentType: string;
}

type Body = { json: unknown } | { form: () => FormData } | undefined;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

export class WeChatClient {
  readonly base: string;
  readonly relay: boolean;
  private readonly o: WeChatClientOptions;

  constructor(options: WeChatClientOptions) {
    this.o = options;
    this.relay = !!options.credentials.relay;
    const base = options.credentials.relay?.url ?? options.apiBase ?? DEFAULT_API_BASE;
    this.base = base.replace(/\/+$/, '');
    if (!this.relay && !options.credentials.appSecret) throw new Error('an AppSecret (or a relay) is needed to call the WeChat API');
  }

  get host(): string {
    try {
      return new URL(this.base).host;
    } catch {
      return this.base;
    }
  }

  /** The token cache key: the AppID, plus the API base when it is not WeChat's own. */
  private get tokenKey(): string {
    const base = (this.o.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '');
    return base === DEFAULT_API_BASE ? this.o.credentials.appId : `${this.o.credentials.appId} ${base}`;
  }

  private secrets(extra?: string): (string | undefined)[] {
    return [this.o.credentials.appSecret, this.o.credentials.relay?.key, extra];
  }

  /** POST a JSON body (UTF-8, no \u escapes) and return the parsed answer. */
  json<T = Record<string, unknown>>(path: string, body: unknown, options: CallOptions = {}): Promise<T> {
    return this.call<T>(path, body === undefined ? undefined : { json: body }, options);
  }

  /** POST multipart/form-data with the file as `media` (and extra fields). */
  upload<T = Record<string, unknown>>(path: string, file: UploadFile, options: CallOptions & { fields?: Record<string, string> } = {}): Promise<T> {
    const form = () => {
      const f = new FormData();
      f.append('media', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.contentType }), file.filename);
      for (const [k, v] of Object.entries(options.fields ?? {})) f.append(k, v);
      return f;
    };
    return this.call<T>(path, { form }, { idempotent: true, ...options });
  }

  /** A token, fetched in normal mode when the cache has none (direct mode only). */
  token(stale?: string): Promise<string> {
    return getToken({ cacheDir: this.o.cacheDir, key: this.tokenKey, fetch: () => this.fetchToken(false) }, stale);
  }

  /** `force_refresh: true`: only from an explicit command (20 a day, 30 s apart). */
  async forceRefreshToken(): Promise<void> {
    if (this.relay) return;
    await dropToken(this.o.cacheDir, this.tokenKey);
    const got = await this.fetchToken(true);
    await storeToken(this.o.cacheDir, this.tokenKey, got.token, got.expiresIn);
  }

  private async fetchToken(force: boolean): Promise<{ token: string; expiresIn: number }> {
    const { appId, appSecret } = this.o.credentials;
    const body: Record<string, unknown> = { grant_type: 'client_credential', appid: appId, secret: appSecret };
    if (force) body.force_refresh = true;
    const res = await this.send<{ access_token?: string; expires_in?: number }>('/cgi-bin/stable_token', { json: body }, { idempotent: !force }, undefined);
    if (!res.access_token) throw new WeChatApiError(-1, 'stable_token answered without a token', '/cgi-bin/stable_token');
    return { token: res.access_token, expiresIn: Number(res.expires_in) || 7200 };
  }

  private async call<T>(path: string, body: Body, options: CallOptions): Promise<T> {
    if (this.relay) return this.send<T>(path, body, options, undefined);
    let token = await this.token();
    try {
      return await this.send<T>(path, body, options, token);
    } catch (e) {
      if (!(e instanceof WeChatApiError) || !TOKEN_ERROR_CODES.includes(e.errcode)) throw e;
      // Refresh once (normal mode: another holder's token stays valid), replay once, then report.
      token = await this.token(token);
      return this.send<T>(path, body, options, token);
    }
  }

  /** One request with retries for retryable failures; no token handling. */
  private async send<T>(path: string, body: Body, options: CallOptions, token: string | undefined): Promise<T> {
    const retries = options.idempotent ? (this.o.retries ?? 2) : 0;
    const method = options.method ?? (body ? 'POST' : 'GET');
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once<T>(path, method, body, options, token);
      } catch (e) {
        // A relay that says "too fast" names its wait; any call may be sent again after it.
        const limited = e instanceof RelayError && e.status === 429 && (e.retryAfter ?? 60) <= 10;
        const retryable = limited || e instanceof NetworkError || (e instanceof WeChatApiError && e.errcode === -1);
        if (!retryable || attempt >= (limited ? Math.max(retries, 2) : retries) || this.o.signal?.aborted) throw e;
        await sleep(limited ? (e as RelayError).retryAfter! * 1000 : (this.o.retryDelayMs ?? 500) * 2 ** attempt, this.o.signal);
      }
    }
  }

  private async once<T>(path: string, method: string, body: Body, options: CallOptions, token: string | undefined): Promise<T> {
    const query = new URLSearchParams(options.query);
    if (token) query.set('access_token', token);
    const qs = query.toString();
    const url = `${this.base}${path}${qs ? `?${qs}` : ''}`;
    const headers: Record<string, string> = {};
    if (this.relay) headers.authorization = `Bearer ${this.o.credentials.relay!.key}`;
    let payload: string | FormData | undefined;
    if (body && 'json' in body) {
      payload = wechatJson(body.json);
      headers['content-type'] = 'application/json; charset=utf-8';
    } else if (body) payload = body.form();
    const timeout = AbortSignal.timeout(this.o.timeoutMs ?? 30_000);
    const signal = this.o.signal ? AbortSignal.any([this.o.signal, timeout]) : timeout;
    const started = Date.now();
    const shown = `${method} ${path}`;
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, { method, headers, body: payload, signal });
      text = await res.text();
    } catch (e) {
      if (this.o.signal?.aborted) throw this.o.signal.reason ?? e;
      const timedOut = timeout.aborted;
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      const detail = timedOut ? `no answer within ${this.o.timeoutMs ?? 30_000} ms` : cause?.code ?? cause?.message ?? (e as Error).message;
      this.log(`${shown} failed (${mask(String(detail), this.secrets(token))}) ${Date.now() - started}ms`);
      throw new NetworkError(this.host, mask(String(detail), this.secrets(token)), timedOut, this.relay ? 'relay' : undefined);
    }
    if (this.relay && res.status !== 200) {
      // The relay's own answers (401, 404, 413, 429, 502, 504) carry `relay_error`.
      const own = relayAnswer(text);
      if (own) {
        this.log(`${shown} relay ${res.status} ${own.code} ${Date.now() - started}ms`);
        if (res.status === 502 || res.status === 504) throw new NetworkError(this.host, own.detail, res.status === 504, 'wechat');
        throw new RelayError(res.status, own.code, own.detail, Number(res.headers.get('retry-after')) || undefined, this.host);
      }
    }
    if (res.status >= 500) {
      this.log(`${shown} HTTP ${res.status} ${Date.now() - started}ms`);
      // Through a relay, an answer without `relay_error` is most often its reverse proxy's (the relay is down).
      throw new NetworkError(this.host, `HTTP ${res.status}`, false, this.relay ? 'relay' : undefined);
    }
    // WeChat answers JSON whatever the Content-Type says (uploadimg sends text/plain).
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(text) as Record<string, unknown>;
    } catch {
      this.log(`${shown} HTTP ${res.status} (not JSON) ${Date.now() - started}ms`);
      throw new NetworkError(this.host, `HTTP ${res.status}, an answer that is not JSON`, false, this.relay ? 'relay' : undefined);
    }
    const errcode = typeof data.errcode === 'number' ? data.errcode : Number(data.errcode ?? 0) || 0;
    this.log(`${shown} errcode=${errcode} ${Date.now() - started}ms`);
    if (errcode !== 0) throw new WeChatApiError(errcode, mask(String(data.errmsg ?? ''), this.secrets(token)), path, this.relay ? this.host : undefined);
    return data as T;
  }

  private log(line: string): void {
    this.o.log?.(mask(line, this.secrets()));
  }
}

function relayAnswer(text: string): { code: string; detail: string } | undefined {
  try {
    const v = JSON.parse(text) as { relay_error?: unknown; errmsg?: unknown };
    return typeof v.relay_error === 'string' ? { code: v.relay_error, detail: String(v.errmsg ?? '') } : undefined;
  } catch {
    return undefined;
  }
}
