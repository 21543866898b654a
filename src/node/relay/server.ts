// `wxpush relay`: a small HTTP server on a machine with a fixed IP that holds the AppSecret and
// calls WeChat for the writers of a team. Writers present a key (Authorization: Bearer …); the
// relay checks it, forwards only the calls publishing needs, and adds its own access token, so a
// writer never sees the secret or the token and a key can be revoked without changing the secret.
import * as http from 'http';
import { relayTarget } from './allowList';
import type { KeyRing } from './keys';
import { RateLimiter } from './rateLimit';

/** Where the relay gets its access token; `invalidate` drops one that WeChat refused. */
export interface TokenSource {
  token(signal?: AbortSignal): Promise<string>;
  invalidate(token: string): void;
}

/** A token fetch that WeChat refused (40164 when the relay's own IP is not whitelisted, 40125 …). */
export class TokenRefused extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`${errcode} ${errmsg}`);
  }
}

export interface RelayOptions {
  keys: KeyRing;
  tokens: TokenSource;
  /** WeChat's API base, https://api.weixin.qq.com unless replaced (tests use a local fake). */
  apiBase: string;
  /** One line a request; never a key, the secret or a token. */
  log: (line: string) => void;
  maxBodyBytes?: number;
  /** Milliseconds a client has to send its whole request. */
  requestTimeoutMs?: number;
  /** Milliseconds WeChat has to answer one call. */
  upstreamTimeoutMs?: number;
  ratePerMinute?: number;
  rateBurst?: number;
}

export const DEFAULT_MAX_BODY = 11 * 1024 * 1024;
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);

/** The errors the relay itself answers with: `relay_error` tells a client it was not WeChat. */
function relayError(res: http.ServerResponse, status: number, code: string, message: string, headers: http.OutgoingHttpHeaders = {}): void {
  const body = JSON.stringify({ relay_error: code, errmsg: message });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** A path safe to print: no query, no control characters, not too long. */
function printable(url: string | undefined): string {
  const path = (url ?? '').split('?')[0];
  const clean = path.replace(/[^\x21-\x7e]/g, '?');
  return clean.length > 80 ? clean.slice(0, 80) + '…' : clean || '-';
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => !over && resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('aborted', () => reject(new Error('client aborted')));
  });
}

function errcodeOf(body: Buffer): number | undefined {
  if (body.length > 64 * 1024 || body[0] !== 0x7b /* { */) return undefined;
  try {
    const v = JSON.parse(body.toString('utf8')) as { errcode?: unknown };
    return typeof v.errcode === 'number' ? v.errcode : undefined;
  } catch {
    return undefined;
  }
}

export function createRelayServer(options: RelayOptions): http.Server {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const upstreamTimeout = options.upstreamTimeoutMs ?? 60_000;
  const limiter = new RateLimiter(options.ratePerMinute ?? 120, options.rateBurst ?? 30);
  const apiBase = options.apiBase.replace(/\/+$/, '');
  const upstreamHost = new URL(apiBase).host;

  const requestTimeout = options.requestTimeoutMs ?? 120_000;
  // Slow clients: the whole request within requestTimeout (its headers within 10 s), checked
  // often enough for short test timeouts; Node then answers 408 and closes the connection.
  const serverOptions: http.ServerOptions = {
    requestTimeout,
    headersTimeout: Math.min(10_000, requestTimeout),
    connectionsCheckingInterval: Math.min(1000, Math.max(50, requestTimeout / 4)),
    keepAliveTimeout: 5_000,
  };
  const server = http.createServer(serverOptions, async (req, res) => {
    const started = Date.now();
    let who = '-';
    let errcode: number | undefined;
    res.on('finish', () => {
      options.log(`${new Date().toISOString()} ${who} ${req.method} ${printable(req.url)} ${res.statusCode} ${errcode ?? '-'} ${Date.now() - started}ms`);
    });
    try {
      if (req.url === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok\n');
        return;
      }
      // Node keeps only the first of repeated Authorization headers; a request carrying two is
      // ambiguous (a proxy and the client may disagree on which counts), so it is refused.
      const auths = req.headersDistinct.authorization ?? [];
      if (auths.length > 1) return relayError(res, 400, 'bad-request', 'more than one Authorization header');
      const m = /^Bearer ([\x21-\x7e]+)$/.exec(auths[0] ?? '');
      const key = m ? options.keys.match(m[1]) : undefined;
      if (!key) return relayError(res, 401, 'unauthorized', 'missing or unknown relay key', { 'www-authenticate': 'Bearer' });
      who = key.name;
      const target = relayTarget(req.url);
      if (!target || req.method !== 'POST') return relayError(res, 404, 'not-relayed', 'this relay forwards only the calls that publishing needs');
      const rate = limiter.take(key.name);
      if (!rate.ok) return relayError(res, 429, 'rate-limited', 'too many requests for this key', { 'retry-after': String(rate.retryAfter) });
      const body = await readBody(req, maxBody);
      if (body === 'too-large') {
        res.setHeader('connection', 'close');
        return relayError(res, 413, 'too-large', `request body over ${maxBody} bytes`);
      }

      const call = async (token: string) => {
        const q = new URLSearchParams(target.query);
        q.set('access_token', token);
        const r = await fetch(`${apiBase}${target.path}?${q}`, {
          method: 'POST',
          headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
          body: new Uint8Array(body), // a copy typed as ArrayBuffer-backed, which fetch takes
          signal: AbortSignal.timeout(upstreamTimeout),
        });
        return { status: r.status, type: r.headers.get('content-type') ?? 'application/json', body: Buffer.from(await r.arrayBuffer()) };
      };

      let answer;
      try {
        let token = await options.tokens.token();
        answer = await call(token);
        // A token WeChat calls invalid is dropped, fetched once more and the call replayed once.
        if (TOKEN_ERRORS.has(errcodeOf(answer.body) ?? 0)) {
          options.tokens.invalidate(token);
          token = await options.tokens.token();
          answer = await call(token);
        }
      } catch (e) {
        if (e instanceof TokenRefused) {
          // Passed on as WeChat said it: 40164 then names the relay's own IP to whitelist.
          errcode = e.errcode;
          const b = JSON.stringify({ errcode: e.errcode, errmsg: e.errmsg });
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          res.end(b);
          return;
        }
        const timedOut = (e as Error).name === 'TimeoutError' || (e as { timedOut?: boolean }).timedOut === true;
        return relayError(res, timedOut ? 504 : 502, timedOut ? 'upstream-timeout' : 'upstream-unreachable', `${upstreamHost} ${timedOut ? 'did not answer in time' : 'cannot be reached'}`);
      }
      errcode = errcodeOf(answer.body);
      res.writeHead(answer.status, { 'content-type': answer.type, 'content-length': answer.body.length });
      res.end(answer.body);
    } catch (e) {
      if (!res.headersSent) relayError(res, 400, 'bad-request', (e as Error).message === 'client aborted' ? 'client aborted' : 'request could not be read');
      else res.destroy();
    }
  });
  return server;
}
