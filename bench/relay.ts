// What the team relay costs: requests per second through it, and the latency it adds per call,
// both against calling the fake WeChat API directly, measured in the same run (interleaved).
import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import { startRelay } from '../src/cli/commands/relay';
import { startFakeWechat } from '../test/support/fakeWechat';
import { median } from './measure';

const APP_ID = 'wxbench000000001';
const APP_SECRET = 'bench-secret-0123456789abcdef0123';
const KEY = 'bench-key-0123456789abcdef0123456789';
const BODY = JSON.stringify({ offset: 0, count: 1, no_content: 1 });

export async function benchRelay(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-bench-relay-'));
  const fake = await startFakeWechat({ appId: APP_ID, appSecret: APP_SECRET, verified: true });
  const relay = await startRelay({
    port: 0,
    host: '127.0.0.1',
    apiBase: fake.url,
    env: { WXPUSH_APPID: APP_ID, WXPUSH_APPSECRET: APP_SECRET, WXPUSH_RELAY_KEYS: `bench:${KEY}`, WXPUSH_CACHE_DIR: dir },
    log: () => undefined,
    tuning: { ratePerMinute: 1e9, rateBurst: 1e9 },
  });
  try {
    // The direct call carries the token the relay holds, as a client in direct mode would.
    await fetch(`${relay.url}/cgi-bin/draft/batchget`, { method: 'POST', headers: { authorization: `Bearer ${KEY}` }, body: BODY });
    const direct = () => fetch(`${fake.url}/cgi-bin/draft/batchget?access_token=${fake.state.token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY }).then((r) => r.text());
    const viaRelay = () => fetch(`${relay.url}/cgi-bin/draft/batchget`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body: BODY }).then((r) => r.text());

    const one = async (fn: () => Promise<unknown>) => {
      const t0 = process.hrtime.bigint();
      await fn();
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const xd: number[] = [];
    const xr: number[] = [];
    for (let i = 0; i < 20; i++) await Promise.all([direct(), viaRelay()]);
    for (let i = 0; i < 300; i++) {
      xd.push(await one(direct));
      xr.push(await one(viaRelay));
    }
    const throughput = async (fn: () => Promise<unknown>, total = 1500, concurrency = 16) => {
      let next = 0;
      const t0 = process.hrtime.bigint();
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next++ < total) await fn();
      }));
      return total / (Number(process.hrtime.bigint() - t0) / 1e9);
    };
    const rpsDirect = await throughput(direct);
    const rpsRelay = await throughput(viaRelay);
    const md = median(xd);
    const mr = median(xr);
    return [
      'relay (draft/batchget against the fake WeChat API on 127.0.0.1)',
      `  latency per call, median of 300: direct ${md.toFixed(2)} ms, through the relay ${mr.toFixed(2)} ms, added ${(mr - md).toFixed(2)} ms (ratio ${(mr / md).toFixed(2)})`,
      `  throughput, 1,500 calls, 16 at a time: direct ${rpsDirect.toFixed(0)} req/s, through the relay ${rpsRelay.toFixed(0)} req/s (ratio ${(rpsRelay / rpsDirect).toFixed(2)})`,
    ];
  } finally {
    await relay.close();
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
