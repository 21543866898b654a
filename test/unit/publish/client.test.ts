import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { forceRefreshToken, NetworkError, WeChatApiError } from '../../../src/node/publish';
import { WeChatClient } from '../../../src/node/wechat/client';
import { clearTokenMemory, TOKEN_FILE } from '../../../src/node/wechat/token';
import { startFakeWechat, type FakeWechat } from '../../support/fakeWechat';
import { APP_ID, APP_SECRET, ROOT } from './helpers';

describe('publish: the WeChat API client', () => {
  let fake: FakeWechat;
  let cacheDir: string;
  let logs: string[];
  const client = (extra: Partial<ConstructorParameters<typeof WeChatClient>[0]> = {}) =>
    new WeChatClient({ credentials: { appId: APP_ID, appSecret: APP_SECRET }, apiBase: fake.url, cacheDir, log: (l) => logs.push(l), retryDelayMs: 5, ...extra });
  const png = () => ({ bytes: fs.readFileSync(path.join(ROOT, 'test/fixtures/media/cover-235x100.png')), filename: 'a.png', contentType: 'image/png' });

  beforeEach(async () => {
    clearTokenMemory();
    fake = await startFakeWechat({ appId: APP_ID, appSecret: APP_SECRET });
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-client-'));
    logs = [];
  });
  afterEach(async () => {
    await fake.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  describe('token', () => {
    it('fetches with stable_token in normal mode and keeps it in the cache file for the next process', async () => {
      await client().json('/cgi-bin/draft/count', undefined, { method: 'GET' });
      assert.strictEqual(fake.state.tokenFetches, 1);
      assert.ok(fake.state.raw.some((r) => r.startsWith('POST /cgi-bin/stable_token') && r.includes('"grant_type":"client_credential"') && !r.includes('force_refresh')));
      const stored = JSON.parse(fs.readFileSync(path.join(cacheDir, TOKEN_FILE), 'utf8'));
      assert.strictEqual(stored[`${APP_ID} ${fake.url}`].token, fake.state.token);
      // A new process (empty memory) reads the file instead of fetching.
      clearTokenMemory();
      await client().json('/cgi-bin/draft/count', undefined, { method: 'GET' });
      assert.strictEqual(fake.state.tokenFetches, 1);
    });

    it('counts a token as expired 300 s early', async () => {
      await fake.close();
      fake = await startFakeWechat({ appId: APP_ID, appSecret: APP_SECRET, expiresIn: 300 });
      await client().json('/cgi-bin/draft/count', undefined, { method: 'GET' });
      await client().json('/cgi-bin/draft/count', undefined, { method: 'GET' });
      assert.strictEqual(fake.state.tokenFetches, 2, 'a token with 300 s left is never reused');
    });

    it('single-flight: concurrent calls in one process share one fetch', async () => {
      const c = client();
      await Promise.all(Array.from({ length: 8 }, () => c.json('/cgi-bin/draft/count', undefined, { method: 'GET' })));
      await Promise.all(Array.from({ length: 4 }, () => client().token()));
      assert.strictEqual(fake.state.tokenFetches, 1);
    });

    it('single-flight across processes: four CLI-like processes at once fetch one token through the lock', async () => {
      const worker = path.join(ROOT, 'out/test/support/tokenWorker.js');
      const run = () =>
        new Promise<string>((resolve, reject) => {
          const p = spawn(process.execPath, [worker, cacheDir, fake.url, APP_ID, APP_SECRET]);
          let out = '';
          p.stdout.on('data', (d) => (out += d));
          p.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`worker exited ${code}`))));
        });
      const tokens = await Promise.all([run(), run(), run(), run()]);
      assert.strictEqual(new Set(tokens).size, 1);
      assert.strictEqual(fake.state.tokenFetches, 1);
    });

    it('40001 mid-session: refreshes once in normal mode and replays once', async () => {
      const c = client();
      await c.token();
      fake.rotateToken(); // another system forced a refresh: the cached token is dead
      const r = await c.json<{ total_count: number }>('/cgi-bin/draft/count', undefined, { method: 'GET' });
      assert.strictEqual(r.total_count, 0);
      assert.strictEqual(fake.state.tokenFetches, 2);
      assert.deepStrictEqual(fake.state.calls.map((x) => [x.path, x.errcode]), [
        ['/cgi-bin/stable_token', 0],
        ['/cgi-bin/draft/count', 40001],
        ['/cgi-bin/stable_token', 0],
        ['/cgi-bin/draft/count', 0],
      ]);
      assert.ok(!fake.state.raw.some((r) => r.includes('force_refresh')), 'never force_refresh on its own');
    });

    for (const code of [40001, 40014, 42001]) {
      it(`${code} twice: one refresh, one replay, then the error — never a loop`, async () => {
        const c = client();
        fake.failNext('/cgi-bin/draft/get', code);
        fake.failNext('/cgi-bin/draft/get', code);
        fake.failNext('/cgi-bin/draft/get', code);
        await assert.rejects(c.json('/cgi-bin/draft/get', { media_id: 'x' }), (e: unknown) => e instanceof WeChatApiError && e.errcode === code);
        assert.strictEqual(fake.state.calls.filter((x) => x.path === '/cgi-bin/draft/get').length, 2);
        assert.strictEqual(fake.state.tokenFetches, 2);
      });
    }

    it('a wrong AppSecret at the token fetch is reported at once (40125), with advice', async () => {
      const c = new WeChatClient({ credentials: { appId: APP_ID, appSecret: 'wrong-secret-value' }, apiBase: fake.url, cacheDir, retryDelayMs: 5 });
      await assert.rejects(c.json('/cgi-bin/draft/count', undefined, { method: 'GET' }), (e: unknown) => e instanceof WeChatApiError && e.errcode === 40125 && /AppSecret/.test(e.advice('en')));
      assert.strictEqual(fake.state.tokenFetches, 1);
    });

    it('forceRefreshToken is the only way to force_refresh, and it replaces the cached token', async () => {
      const c = client();
      const before = await c.token();
      await forceRefreshToken({ credentials: { appId: APP_ID, appSecret: APP_SECRET }, apiBase: fake.url, cacheDir });
      assert.ok(fake.state.raw.some((r) => r.includes('"force_refresh":true')));
      const after = await client().token();
      assert.notStrictEqual(after, before);
      assert.strictEqual(after, fake.state.token);
    });
  });

  describe('requests', () => {
    it('parses JSON answered as text/plain (uploadimg)', async () => {
      const res = await fetch(`${fake.url}/cgi-bin/media/uploadimg?access_token=${await client().token()}`, { method: 'POST', body: (() => { const f = new FormData(); f.append('media', new Blob([png().bytes]), 'a.png'); return f; })() });
      assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
      const r = await client().upload<{ url: string }>('/cgi-bin/media/uploadimg', png());
      assert.match(r.url, /^http:\/\/mmbiz\.qpic\.cn\//);
    });

    it('sends JSON as UTF-8 without \\u escapes (the fake refuses them with 40033)', async () => {
      const c = client();
      const token = await c.token();
      const escaped = await fetch(`${fake.url}/cgi-bin/draft/get?access_token=${token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"media_id":"\\u4e2d"}' });
      assert.strictEqual(((await escaped.json()) as { errcode: number }).errcode, 40033);
      await assert.rejects(c.json('/cgi-bin/draft/get', { media_id: '中文 \u0001 \ud800 emoji 😀' }), (e: unknown) => e instanceof WeChatApiError && e.errcode === 40007);
      const body = fake.state.raw[fake.state.raw.length - 1];
      assert.ok(body.includes('"media_id":"中文  \ufffd emoji 😀"'), body);
    });

    it('retries -1, HTTP 5xx and dropped connections with backoff on idempotent calls', async () => {
      const c = client();
      fake.failNext('/cgi-bin/draft/get', -1);
      fake.httpStatusNext('/cgi-bin/draft/get', 502);
      await assert.rejects(c.json('/cgi-bin/draft/get', { media_id: 'x' }, { idempotent: true }), (e: unknown) => e instanceof WeChatApiError && e.errcode === 40007);
      assert.strictEqual(fake.state.calls.filter((x) => x.path === '/cgi-bin/draft/get').length, 3);
      fake.dropBeforeNext('/cgi-bin/media/uploadimg');
      const r = await c.upload<{ url: string }>('/cgi-bin/media/uploadimg', png());
      assert.ok(r.url);
    });

    it('does not retry a call that is not idempotent, and gives up after the retries', async () => {
      const c = client();
      fake.failNext('/cgi-bin/draft/add', -1);
      await assert.rejects(c.json('/cgi-bin/draft/add', { articles: [] }), (e: unknown) => e instanceof WeChatApiError && e.errcode === -1);
      assert.strictEqual(fake.state.calls.filter((x) => x.path === '/cgi-bin/draft/add').length, 1);
      for (let i = 0; i < 3; i++) fake.failNext('/cgi-bin/draft/get', -1);
      await assert.rejects(c.json('/cgi-bin/draft/get', { media_id: 'x' }, { idempotent: true }), (e: unknown) => e instanceof WeChatApiError && e.errcode === -1);
      assert.strictEqual(fake.state.calls.filter((x) => x.path === '/cgi-bin/draft/get').length, 3);
    });

    it('a network failure names the host; a timeout says so', async () => {
      const dead = new WeChatClient({ credentials: { appId: APP_ID, appSecret: APP_SECRET }, apiBase: 'http://127.0.0.1:1', cacheDir, retries: 0 });
      await assert.rejects(dead.token(), (e: unknown) => e instanceof NetworkError && e.host === '127.0.0.1:1' && /127\.0\.0\.1:1/.test(e.message) && !e.timedOut);
      const c = client({ timeoutMs: 200 });
      await c.token();
      fake.delayNext('/cgi-bin/draft/add', 1000);
      await assert.rejects(c.json('/cgi-bin/draft/add', { articles: [] }), (e: unknown) => e instanceof NetworkError && e.timedOut && e.host === new URL(fake.url).host);
    });

    it('masks the token and the secret in every log line and error message', async () => {
      const c = client();
      const token = await c.token();
      fake.failNext('/cgi-bin/draft/get', 40164, `invalid ip 198.51.100.4 ipv6 ::ffff:198.51.100.4, not in whitelist; echo access_token=${token} secret ${APP_SECRET}`);
      const err = await c.json('/cgi-bin/draft/get', { media_id: 'x' }).catch((e: unknown) => e as WeChatApiError);
      assert.ok(err instanceof WeChatApiError);
      assert.strictEqual(err.ip, '198.51.100.4');
      assert.ok(err.advice('en').includes('198.51.100.4') && err.advice('zh-cn').includes('198.51.100.4'));
      for (const text of [err.message, err.errmsg, err.advice('en'), ...logs]) {
        assert.ok(!text.includes(token) && !text.includes(APP_SECRET), text);
      }
      assert.ok(logs.length >= 2);
      for (const l of logs) assert.match(l, /^(GET|POST) \/cgi-bin\/[\w/]+ (errcode=-?\d+|failed .*|HTTP \d+.*) \d+ms$/);
    });

    it('relay mode: no token fetch, the key as a bearer token, no access_token in the query', async () => {
      await fake.close();
      fake = await startFakeWechat({ appId: APP_ID, appSecret: APP_SECRET, relayKey: 'relay-key-123456' });
      const c = new WeChatClient({ credentials: { appId: APP_ID, relay: { url: fake.url, key: 'relay-key-123456' } }, cacheDir, log: (l) => logs.push(l) });
      const r = await c.json<{ total_count: number }>('/cgi-bin/draft/count', undefined, { method: 'GET' });
      assert.strictEqual(r.total_count, 0);
      assert.strictEqual(fake.state.tokenFetches, 0);
      assert.ok(fake.state.raw.every((x) => !x.includes('access_token')));
      assert.ok(fake.state.raw.some((x) => x.includes('Bearer relay-key-123456')));
      assert.ok(logs.every((l) => !l.includes('relay-key-123456')));
      const wrong = new WeChatClient({ credentials: { appId: APP_ID, relay: { url: fake.url, key: 'nope-nope' } }, cacheDir });
      await assert.rejects(wrong.json('/cgi-bin/draft/count', undefined, { method: 'GET' }), (e: unknown) => e instanceof WeChatApiError && e.errcode === 41001);
      assert.strictEqual(fake.state.calls.filter((x) => x.path === '/cgi-bin/draft/count').length, 2, 'relay mode never replays');
    });
  });
});
