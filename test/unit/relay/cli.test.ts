import * as assert from 'assert';
import { UsageError } from '../../../src/cli/args';
import { relaySettings, startRelay } from '../../../src/cli/commands/relay';
import { main } from '../../../src/cli/main';

const env = { WXPUSH_APPID: 'wx1', WXPUSH_APPSECRET: 's'.repeat(32), WXPUSH_RELAY_KEYS: `a:${'k'.repeat(32)}` };

describe('cli: wxpush relay', () => {
  it('reads its options, with 127.0.0.1:8787 and WeChat by default', () => {
    const s = relaySettings([], {}, () => undefined);
    assert.deepStrictEqual([s.host, s.port, s.apiBase, s.keysFile], ['127.0.0.1', 8787, 'https://api.weixin.qq.com', undefined]);
    const t = relaySettings(['--port', '9000', '--host', '0.0.0.0', '--api-base', 'http://127.0.0.1:1', '--keys', 'k.txt'], {}, () => undefined);
    assert.deepStrictEqual([t.host, t.port, t.apiBase, t.keysFile], ['0.0.0.0', 9000, 'http://127.0.0.1:1', 'k.txt']);
    assert.throws(() => relaySettings(['--port', 'x'], {}, () => undefined), UsageError);
    assert.throws(() => relaySettings(['--api-base', 'ftp://x'], {}, () => undefined), UsageError);
  });

  for (const [what, e, message] of [
    ['no secret', { ...env, WXPUSH_APPSECRET: '' }, /WXPUSH_APPSECRET/],
    ['no keys', { ...env, WXPUSH_RELAY_KEYS: '' }, /no writer keys/],
    ['a short key', { ...env, WXPUSH_RELAY_KEYS: 'a:short' }, /shorter than 32/],
  ] as const) {
    it(`refuses to start with ${what}`, async () => {
      await assert.rejects(startRelay({ ...relaySettings(['--port', '0'], e, () => undefined) }), (err: Error) => err instanceof UsageError && message.test(err.message) && !err.message.includes('short'.repeat(2)));
    });
  }

  it('is listed in the help', async () => {
    let out = '';
    await main(['--help'], (s) => void (out += s));
    assert.match(out, /relay +run the team relay/);
  });
});
