// A writer publishes through the relay: `wxpush publish --relay URL` with only WXPUSH_APPID and
// WXPUSH_RELAY_KEY, the relay holding the AppSecret, the fake WeChat API holding the draft.
import * as assert from 'assert';
import * as path from 'path';
import { runPublish } from '../../../src/cli/commands/publish';
import { startRelay, type RunningRelay } from '../../../src/cli/commands/relay';
import { APP_ID, APP_SECRET, setup, type Env } from '../publish/helpers';

const KEY = 'writer-key-0123456789abcdef0123456789';

describe('wxpush publish --relay', function () {
  this.timeout(30_000);
  let env: Env;
  let relay: RunningRelay;
  let relayLog: string[];

  beforeEach(async () => {
    env = await setup({ verified: true });
    relayLog = [];
    relay = await startRelay({
      port: 0,
      host: '127.0.0.1',
      apiBase: env.fake.url,
      env: { WXPUSH_APPID: APP_ID, WXPUSH_APPSECRET: APP_SECRET, WXPUSH_RELAY_KEYS: `mei:${KEY}`, WXPUSH_CACHE_DIR: path.join(env.dir, 'relay-cache') },
      log: (l) => relayLog.push(l),
    });
  });
  afterEach(async () => {
    await relay.close();
    await env.close();
  });

  async function publish(key: string, ...extra: string[]) {
    let out = '';
    let err = '';
    const code = await runPublish([env.file, '--relay', relay.url, '--format', 'json', ...extra], (s) => void (out += s), (s) => void (err += s), {
      WXPUSH_APPID: APP_ID,
      WXPUSH_RELAY_KEY: key,
      WXPUSH_CACHE_DIR: env.cacheDir,
    });
    return { code, out, err, json: JSON.parse(out) as Record<string, any> };
  }

  it('puts the push into the draft box without the writer holding the secret', async () => {
    const r = await publish(KEY);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.strictEqual(r.json.action, 'created');
    const draft = env.fake.state.drafts.get(r.json.draftMediaId);
    assert.deepStrictEqual(draft?.map((a) => a.title), ['First article', 'Second article']);
    // The relay fetched the token; nothing the writer printed holds the secret or a token.
    assert.strictEqual(env.fake.state.tokenFetches, 1);
    for (const s of [r.out, r.err, ...relayLog]) {
      assert.ok(!s.includes(APP_SECRET) && !s.includes(KEY) && !s.includes(env.fake.state.token!), s);
    }
    assert.ok(relayLog.some((l) => / mei POST \/cgi-bin\/draft\/add 200 (0|-) \d+ms$/.test(l)), relayLog.join('\n'));

    // Again, unchanged: nothing uploaded, no new draft.
    const uploads = env.fake.state.uploads;
    const again = await publish(KEY);
    assert.strictEqual(again.json.action, 'unchanged');
    assert.strictEqual(env.fake.state.uploads, uploads);
    assert.strictEqual(env.fake.state.drafts.size, 1);
  });

  it('says the relay refused a wrong key, and sends nothing to WeChat', async () => {
    const r = await publish('not-the-key-0123456789abcdef0123456789');
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.json.error.relay, true);
    assert.strictEqual(r.json.error.status, 401);
    assert.match(r.json.error.advice, /refused the key/);
    assert.strictEqual(env.fake.state.calls.length, 0);
  });

  it('needs the key with --relay', async () => {
    let err = '';
    await assert.rejects(runPublish([env.file, '--relay', relay.url], () => undefined, (s) => void (err += s), { WXPUSH_APPID: APP_ID, WXPUSH_CACHE_DIR: env.cacheDir }), /WXPUSH_RELAY_KEY/);
  });
});
