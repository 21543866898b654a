// The relay against the fake WeChat API: keys, the allow-list, limits, the token it keeps, and
// what it logs. Everything runs on 127.0.0.1.
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { startRelay, type RunningRelay } from '../../../src/cli/commands/relay';
import { startFakeWechat, type FakeWechat } from '../../support/fakeWechat';

const APP_ID = 'wxrelaytest0000001';
const APP_SECRET = 'relay-test-secret-0123456789abcdef';
const KEYS = { ana: 'a1'.repeat(20), ben: 'b2'.repeat(20), cy: 'c3'.repeat(20) };
const PNG = fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures/media/cover-235x100.png'));

describe('wxpush relay', function () {
  this.timeout(30_000);
  let fake: FakeWechat;
  let relay: RunningRelay;
  let logs: string[];
  let dir: string;
  let keysFile: string;

  async function start(tuning: Parameters<typeof startRelay>[0]['tuning'] = {}, apiBase?: string) {
    relay = await startRelay({
      port: 0,
      host: '127.0.0.1',
      apiBase: apiBase ?? fake.url,
      keysFile,
      env: { WXPUSH_APPID: APP_ID, WXPUSH_APPSECRET: APP_SECRET, WXPUSH_RELAY_KEYS: `ana:${KEYS.ana},ben:${KEYS.ben}`, WXPUSH_CACHE_DIR: path.join(dir, 'cache') },
      log: (l) => logs.push(l),
      tuning,
    });
  }

  const post = (p: string, key: string | undefined, body: BodyInit = '{}', headers: Record<string, string> = {}) =>
    fetch(relay.url + p, { method: 'POST', headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), 'content-type': 'application/json', ...headers }, body });

  const upstreamCalls = () => fake.state.calls.filter((c) => !/token/.test(c.path)).length;

  beforeEach(async () => {
    fake = await startFakeWechat({ appId: APP_ID, appSecret: APP_SECRET, verified: true });
    logs = [];
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-relay-'));
    keysFile = path.join(dir, 'keys');
    fs.writeFileSync(keysFile, `cy:${KEYS.cy}\n`);
  });
  afterEach(async () => {
    await relay?.close();
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers /healthz without a key', async () => {
    await start();
    const r = await fetch(relay.url + '/healthz');
    assert.strictEqual(r.status, 200);
  });

  it('refuses a missing, wrong or revoked key with 401 and calls nothing upstream', async () => {
    await start();
    assert.strictEqual((await post('/cgi-bin/draft/batchget', undefined)).status, 401);
    assert.strictEqual((await post('/cgi-bin/draft/batchget', KEYS.ana + 'x')).status, 401);
    assert.strictEqual((await post('/cgi-bin/draft/batchget', KEYS.ana, '{}', { authorization: `Basic ${KEYS.ana}` })).status, 401);
    assert.strictEqual((await post('/cgi-bin/draft/batchget', KEYS.cy, JSON.stringify({ offset: 0, count: 1, no_content: 1 }))).status, 200);
    fs.writeFileSync(keysFile, '# cy left the team\n');
    await new Promise((r) => setTimeout(r, 1100));
    const revoked = await post('/cgi-bin/draft/batchget', KEYS.cy);
    assert.strictEqual(revoked.status, 401);
    assert.strictEqual(((await revoked.json()) as { relay_error: string }).relay_error, 'unauthorized');
    assert.strictEqual(upstreamCalls(), 1);
  });

  it('answers 404 for every path off the allow-list, without an upstream call', async () => {
    await start();
    for (const p of ['/cgi-bin/message/mass/sendall', '/cgi-bin/freepublish/submit', '/cgi-bin/token', '/cgi-bin/stable_token', '/cgi-bin/user/get', '/cgi-bin/draft%2fadd', '/cgi-bin/draft%2Fupdate', '/cgi-bin/%64raft/add']) {
      assert.strictEqual((await post(p, KEYS.ana)).status, 404, p);
    }
    assert.strictEqual(upstreamCalls(), 0);
    assert.strictEqual(fake.state.tokenFetches, 0);
  });

  it('refuses path tricks that fetch would normalise, sent on a raw socket', async () => {
    await start();
    const { port } = new URL(relay.url);
    const raw = (line: string, extra = '') =>
      new Promise<string>((resolve) => {
        const s = net.connect(Number(port), '127.0.0.1', () => s.end(`${line}\r\nHost: x\r\nAuthorization: Bearer ${KEYS.ana}\r\n${extra}Content-Length: 2\r\nConnection: close\r\n\r\n{}`));
        let out = '';
        s.on('data', (d) => (out += d));
        s.on('close', () => resolve(out.split('\r\n')[0]));
      });
    assert.match(await raw('POST /cgi-bin/../cgi-bin/draft/add HTTP/1.1'), / 404 /);
    assert.match(await raw('POST /cgi-bin/draft/../draft/add HTTP/1.1'), / 404 /);
    assert.match(await raw('POST //cgi-bin/draft/add HTTP/1.1'), / 404 /);
    assert.match(await raw('POST http://127.0.0.1/cgi-bin/draft/add HTTP/1.1'), / 404 /);
    assert.match(await raw('POST /cgi-bin/draft/batchget HTTP/1.1', `Authorization: Bearer ${KEYS.ben}\r\n`), / 400 /);
    assert.strictEqual(upstreamCalls(), 0);
  });

  it('forwards a draft with its own token; the writer sees neither the token nor the secret', async () => {
    await start();
    const r = await post('/cgi-bin/draft/add', KEYS.ana, JSON.stringify({ articles: [{ title: '中转', content: '<p>x</p>', thumb_media_id: 'none' }] }));
    const text = await r.text();
    assert.strictEqual(r.status, 200);
    assert.ok(!text.includes(APP_SECRET));
    const last = fake.state.calls.at(-1)!;
    assert.strictEqual(last.path, '/cgi-bin/draft/add');
    for (const l of logs) {
      for (const secret of [APP_SECRET, KEYS.ana, KEYS.ben, KEYS.cy, 'access_token']) assert.ok(!l.includes(secret), `log line leaks: ${l}`);
    }
    assert.ok(logs.some((l) => / ana POST \/cgi-bin\/draft\/add \d{3} \S+ \d+ms$/.test(l)), logs.join('\n'));
  });

  it('keeps one token for many calls, and on 40001 refreshes once and replays once', async () => {
    await start();
    for (let i = 0; i < 3; i++) await post('/cgi-bin/draft/batchget', KEYS.ana, JSON.stringify({ offset: 0, count: 1, no_content: 1 }));
    assert.strictEqual(fake.state.tokenFetches, 1);
    fake.failNext('/cgi-bin/draft/batchget', 40001, 'invalid credential');
    const r = await post('/cgi-bin/draft/batchget', KEYS.ana, JSON.stringify({ offset: 0, count: 1, no_content: 1 }));
    assert.strictEqual(((await r.json()) as { errcode?: number }).errcode ?? 0, 0);
    assert.strictEqual(fake.state.tokenFetches, 2);
    fake.failNext('/cgi-bin/draft/batchget', 40001, 'invalid credential');
    fake.failNext('/cgi-bin/draft/batchget', 40001, 'invalid credential');
    const twice = await post('/cgi-bin/draft/batchget', KEYS.ana, JSON.stringify({ offset: 0, count: 1, no_content: 1 }));
    assert.strictEqual(((await twice.json()) as { errcode: number }).errcode, 40001);
    assert.strictEqual(fake.state.tokenFetches, 3);
  });

  it('answers 413 above 11 MB, without an upstream call', async () => {
    await start();
    const r = await post('/cgi-bin/media/uploadimg', KEYS.ana, new Uint8Array(11 * 1024 * 1024 + 1), { 'content-type': 'application/octet-stream' });
    assert.strictEqual(r.status, 413);
    assert.strictEqual(upstreamCalls(), 0);
  });

  it('cuts off a client that sends its body too slowly', async () => {
    await start({ requestTimeoutMs: 400 });
    const { port } = new URL(relay.url);
    const status = await new Promise<string>((resolve) => {
      const s = net.connect(Number(port), '127.0.0.1', () => s.write(`POST /cgi-bin/draft/add HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${KEYS.ana}\r\nContent-Length: 100\r\n\r\n{`));
      let out = '';
      s.on('data', (d) => (out += d));
      s.on('close', () => resolve(out.split('\r\n')[0]));
    });
    assert.match(status, /408|^$/);
    assert.strictEqual(upstreamCalls(), 0);
  });

  it('limits each key: 429 with Retry-After, other keys unaffected', async () => {
    await start({ ratePerMinute: 60, rateBurst: 2 });
    const body = JSON.stringify({ offset: 0, count: 1, no_content: 1 });
    assert.strictEqual((await post('/cgi-bin/draft/batchget', KEYS.ana, body)).status, 200);
    assert.strictEqual((await post('/cgi-bin/draft/batchget', KEYS.ana, body)).status, 200);
    const limited = await post('/cgi-bin/draft/batchget', KEYS.ana, body);
    assert.strictEqual(limited.status, 429);
    assert.strictEqual(limited.headers.get('retry-after'), '1');
    assert.strictEqual((await post('/cgi-bin/draft/batchget', KEYS.ben, body)).status, 200);
  });

  it('names the upstream host when WeChat is down (502) or slow (504)', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const deadPort = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await start({}, `http://127.0.0.1:${deadPort}`);
    const down = await post('/cgi-bin/draft/batchget', KEYS.ana);
    assert.strictEqual(down.status, 502);
    assert.match(((await down.json()) as { errmsg: string }).errmsg, new RegExp(`127\\.0\\.0\\.1:${deadPort}`));
    await relay.close();

    await start({ upstreamTimeoutMs: 300 });
    await post('/cgi-bin/draft/batchget', KEYS.ana, JSON.stringify({ offset: 0, count: 1, no_content: 1 })); // token fetched
    fake.delayNext('/cgi-bin/draft/batchget', 2000);
    const slow = await post('/cgi-bin/draft/batchget', KEYS.ana, JSON.stringify({ offset: 0, count: 1, no_content: 1 }));
    assert.strictEqual(slow.status, 504);
    assert.strictEqual(((await slow.json()) as { relay_error: string }).relay_error, 'upstream-timeout');
  });

  it('passes on a token refusal such as 40164 with the IP WeChat saw', async () => {
    await start();
    fake.failNext('/cgi-bin/stable_token', 40164, 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: x');
    const r = await post('/cgi-bin/draft/batchget', KEYS.ana, JSON.stringify({ offset: 0, count: 1, no_content: 1 }));
    const j = (await r.json()) as { errcode: number; errmsg: string };
    assert.strictEqual(j.errcode, 40164);
    assert.match(j.errmsg, /203\.0\.113\.7/);
  });

  it('carries 50 uploads in parallel from three keys with nothing lost or mixed up', async () => {
    await start({ ratePerMinute: 6000, rateBurst: 100 });
    const keys = [KEYS.ana, KEYS.ben, KEYS.cy];
    const jobs = Array.from({ length: 50 }, (_, i) => {
      // Each upload is a distinct image: the PNG with a different trailing byte run.
      const bytes = Buffer.concat([PNG, Buffer.from(`#${i}`)]);
      const form = new FormData();
      form.append('media', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), `u${i}.png`);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return fetch(relay.url + '/cgi-bin/media/uploadimg', { method: 'POST', headers: { authorization: `Bearer ${keys[i % 3]}` }, body: form }).then(async (r) => ({ i, sha256, status: r.status, body: JSON.parse(await r.text()) as { url?: string } }));
    });
    const results = await Promise.all(jobs);
    assert.ok(results.every((r) => r.status === 200 && typeof r.body.url === 'string'), JSON.stringify(results.filter((r) => !r.body.url)));
    assert.strictEqual(new Set(results.map((r) => r.body.url)).size, 50);
    // Each writer got back the URL of the very bytes it sent, under its own file name.
    for (const r of results) assert.deepStrictEqual(fake.state.images.get(r.body.url!), { sha256: r.sha256, filename: `u${r.i}.png` });
    assert.strictEqual(fake.state.uploads, 50);
    assert.strictEqual(fake.state.tokenFetches, 1);
  });
});
