// What the editor is told when a call through a relay fails: the real client against a real relay
// (and the fake WeChat API) raises errors that relayFailure sorts into what the author can do.
import * as assert from 'assert';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { startRelay, type RunningRelay } from '../../../src/cli/commands/relay';
import { relayFailure } from '../../../src/node/publish/relayFailure';
import { WeChatClient } from '../../../src/node/wechat/client';
import { NetworkError, RelayError, WeChatApiError } from '../../../src/node/wechat/errors';
import { startFakeWechat, type FakeWechat } from '../../support/fakeWechat';

const APP_ID = 'wx0123456789abcd15';
const APP_SECRET = 'relay-failure-secret-0123456789abcd';
const KEY = 'k5'.repeat(20);

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('relayFailure: a relay’s failures, sorted for the author', function () {
  this.timeout(30_000);
  let fake: FakeWechat;
  let relay: RunningRelay | undefined;
  let dir: string;

  beforeEach(async () => {
    fake = await startFakeWechat({ appId: APP_ID, appSecret: APP_SECRET, verified: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-relay-failure-'));
  });
  afterEach(async () => {
    await relay?.close();
    relay = undefined;
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function start(apiBase = fake.url, tuning: Parameters<typeof startRelay>[0]['tuning'] = {}) {
    relay = await startRelay({
      port: 0,
      host: '127.0.0.1',
      apiBase,
      env: { WXPUSH_APPID: APP_ID, WXPUSH_APPSECRET: APP_SECRET, WXPUSH_RELAY_KEYS: `mei:${KEY}`, WXPUSH_CACHE_DIR: path.join(dir, 'relay-cache') },
      log: () => undefined,
      tuning,
    });
    return relay;
  }

  /** One draft/batchget through the relay at `url` with `key`: the error it raised, or undefined. */
  async function call(url: string, key: string): Promise<unknown> {
    const client = new WeChatClient({ credentials: { appId: APP_ID, relay: { url, key } }, cacheDir: path.join(dir, 'client-cache'), retries: 0, timeoutMs: 5000 });
    try {
      await client.json('/cgi-bin/draft/batchget', { offset: 0, count: 1, no_content: 1 }, { idempotent: true });
      return undefined;
    } catch (e) {
      return e;
    }
  }

  async function failure(url: string, key: string): Promise<unknown> {
    const e = await call(url, key);
    assert.ok(e, 'the call went through');
    return e;
  }

  const hostOf = (url: string) => new URL(url).host;

  it('a wrong or revoked key: key-refused at the relay’s host, offering Set Up Account… and the docs', async () => {
    const r = await start();
    const wrong = 'x9'.repeat(20);
    const e = await failure(r.url, wrong);
    const f = relayFailure(e);
    assert.deepStrictEqual(f, { kind: 'key-refused', host: hostOf(r.url), actions: ['set-up', 'docs'] });
    for (const shown of [JSON.stringify(f), String(e), (e as Error).stack ?? '']) assert.ok(!shown.includes(wrong) && !shown.includes(KEY), shown);
    assert.strictEqual(fake.state.calls.length, 0, 'nothing reached WeChat');
  });

  it('a key sending too fast: rate-limited with the relay’s Retry-After', async () => {
    const r = await start(fake.url, { ratePerMinute: 1, rateBurst: 1 });
    assert.strictEqual(await call(r.url, KEY), undefined, 'the first call is within the limit');
    const e = await failure(r.url, KEY);
    assert.ok(e instanceof RelayError && e.retryAfter! > 10, `a wait the client does not sit out by itself: ${e}`);
    const f = relayFailure(e);
    assert.deepStrictEqual(f, { kind: 'rate-limited', host: hostOf(r.url), retryAfter: e.retryAfter, actions: [] });
  });

  it('a relay that does not answer: unreachable, with the network’s reason and the relay’s host', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const f = relayFailure(await failure(url, KEY));
    assert.strictEqual(f?.kind, 'unreachable');
    assert.strictEqual(f.host, hostOf(url));
    assert.strictEqual(f.detail, 'ECONNREFUSED');
    assert.deepStrictEqual(f.actions, ['docs', 'log']);
  });

  it('a relay that cannot reach WeChat: wechat-unreachable, not the author’s connection', async () => {
    const r = await start(`http://127.0.0.1:${await closedPort()}`);
    const e = await failure(r.url, KEY);
    assert.ok(e instanceof NetworkError && e.relayHop === 'wechat', String(e));
    const f = relayFailure(e);
    assert.strictEqual(f?.kind, 'wechat-unreachable');
    assert.strictEqual(f.host, hostOf(r.url));
    assert.deepStrictEqual(f.actions, ['log']);
  });

  it('WeChat’s 40164 through the relay: relay-ip, naming the relay’s address for its owner to whitelist', async () => {
    const r = await start();
    // The relay's own token fetch is refused: its IP is not on the account's whitelist.
    fake.failNext('/cgi-bin/stable_token', 40164);
    const e = await failure(r.url, KEY);
    assert.ok(e instanceof WeChatApiError && e.errcode === 40164, String(e));
    assert.deepStrictEqual(relayFailure(e), { kind: 'relay-ip', host: hostOf(r.url), ip: '203.0.113.7', actions: ['docs'] });
    // Other WeChat errors through the relay are WeChat's, shown as without one.
    fake.failNext('/cgi-bin/draft/batchget', 45009);
    const other = await failure(r.url, KEY);
    assert.ok(other instanceof WeChatApiError && other.errcode === 45009, String(other));
    assert.strictEqual(relayFailure(other), undefined);
  });

  it('the relay’s other refusals each have their kind and offers', () => {
    const host = 'relay.example.com';
    const cases: Array<[RelayError, string, string[]]> = [
      [new RelayError(413, 'too-large', 'request body over 11534336 bytes', undefined, host), 'too-large', ['log']],
      [new RelayError(404, 'not-relayed', 'this relay forwards only the calls that publishing needs', undefined, host), 'not-relayed', ['docs', 'log']],
      [new RelayError(400, 'bad-request', 'more than one Authorization header', undefined, host), 'other', ['log']],
      [new RelayError(429, 'rate-limited', 'too many requests for this key', 42, host), 'rate-limited', []],
    ];
    for (const [e, kind, actions] of cases) {
      const f = relayFailure(e);
      assert.strictEqual(f?.kind, kind, e.message);
      assert.strictEqual(f.host, host);
      assert.deepStrictEqual(f.actions, actions, kind);
    }
    assert.strictEqual(relayFailure(cases[3][0])?.retryAfter, 42);
    assert.strictEqual(relayFailure(cases[2][0])?.detail, '400 bad-request');
  });

  it('failures that did not go through a relay are not relay failures', async () => {
    const direct = new WeChatClient({ credentials: { appId: APP_ID, appSecret: APP_SECRET }, apiBase: `http://127.0.0.1:${await closedPort()}`, cacheDir: path.join(dir, 'direct'), retries: 0 });
    const e = await direct.json('/cgi-bin/draft/batchget', {}).catch((x) => x);
    assert.ok(e instanceof NetworkError && e.relayHop === undefined, String(e));
    assert.strictEqual(relayFailure(e), undefined);
    assert.strictEqual(relayFailure(new WeChatApiError(40164, 'invalid ip 203.0.113.7', '/cgi-bin/draft/add')), undefined);
    assert.strictEqual(relayFailure(new Error('relay: 401 unauthorized')), undefined);
    assert.strictEqual(relayFailure(undefined), undefined);
  });
});
