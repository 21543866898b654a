import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runPublish } from '../../../src/cli/commands/publish';
import { main } from '../../../src/cli/main';
import { clearTokenMemory } from '../../../src/node/wechat/token';
import { APP_ID, APP_SECRET, setup, type Env } from './helpers';

describe('cli: wxpush publish', () => {
  let env: Env;
  beforeEach(async () => {
    clearTokenMemory();
    env = await setup();
  });
  afterEach(() => env.close());

  const run = async (argv: string[], extraEnv: NodeJS.ProcessEnv = {}) => {
    let out = '';
    let err = '';
    const vars = { WXPUSH_APPID: APP_ID, WXPUSH_APPSECRET: APP_SECRET, WXPUSH_CACHE_DIR: env.cacheDir, LANG: 'en_US.UTF-8', ...extraEnv };
    const code = await runPublish(argv, (s) => void (out += s), (s) => void (err += s), vars);
    // No token or secret in any line written anywhere.
    for (const text of [out, err]) {
      assert.ok(!text.includes(APP_SECRET), 'secret printed');
      if (env.fake.state.token) assert.ok(!text.includes(env.fake.state.token), 'token printed');
    }
    return { code, out, err };
  };

  it('publishes, prints the draft and the preview link, logs each call on stderr; exit 0', async () => {
    const r = await run([env.file, '--api-base', env.fake.url]);
    assert.strictEqual(r.code, 0);
    const id = [...env.fake.state.drafts.keys()][0];
    assert.match(r.out, new RegExp(`^Draft created: ${id}\\nPreview link \\(temporary; open it on a phone or scan it with WeChat\\): ${env.fake.url}/s\\?`));
    assert.match(r.out, /Uploads: 3 new, 0 cached/);
    assert.match(r.out, /item 1 \(original\): original: true cannot be set through the API/);
    assert.match(r.err, /^wxpush publish: POST \/cgi-bin\/stable_token errcode=0 \d+ms$/m);
    assert.match(r.err, /^wxpush publish: POST \/cgi-bin\/draft\/add errcode=0 \d+ms$/m);
    const again = await run([env.file, '--api-base', env.fake.url]);
    assert.match(again.out, new RegExp(`^Draft unchanged: ${id}`));
    assert.match(again.out, /Uploads: 0 new, 3 cached/);
  });

  it('--format json prints one JSON object with draftMediaId', async () => {
    const r = await run([env.file, '--format', 'json'], { WXPUSH_API_BASE: env.fake.url });
    const o = JSON.parse(r.out);
    assert.strictEqual(o.draftMediaId, [...env.fake.state.drafts.keys()][0]);
    assert.strictEqual(o.action, 'created');
    assert.strictEqual(o.published, true);
    assert.strictEqual(o.uploads.length, 3);
    assert.strictEqual(o.draft.articles[0].title, 'First article');
  });

  it('--dry-run needs no credentials and sends nothing; it prints the plan', async () => {
    const r = await run([env.file, '--dry-run', '--api-base', env.fake.url], { WXPUSH_APPID: '', WXPUSH_APPSECRET: '' });
    assert.strictEqual(r.code, 0);
    assert.strictEqual(env.fake.state.calls.length, 0);
    assert.strictEqual(
      r.out.split('\n').slice(0, 8).join('\n'),
      [
        'Dry run: nothing was sent.',
        'Uploads: 3 new, 0 cached',
        '  new     image  cover.png  289 B',
        '  new     uploadimg  square.jpg  457 B',
        '  new     image  small.gif  74 B',
        'Draft: 2 article(s)',
        r.out.split('\n')[6],
        r.out.split('\n')[7],
      ].join('\n'),
    );
    assert.match(r.out, /  1\. First article: \d+ characters, [\d.]+ (B|KB)\n     author Mei · digest 15 characters · Read more https:\/\/example\.com\/one · comments 1\/1 \(need_open_comment\/only_fans_can_comment\)\n  2\. Second article: .*\n     comments 1\/0 /);
    assert.match(r.out, /Not sent:\n  item 1 \(original\)/);
    const json = await run([env.file, '--dry-run', '--format', 'json'], { WXPUSH_APPID: '' });
    const o = JSON.parse(json.out);
    assert.strictEqual(o.action, 'dry-run');
    assert.strictEqual(o.draftMediaId, null);
    assert.strictEqual(env.fake.state.calls.length, 0);
  });

  it('lint errors: exit 1 with the problems, nothing sent', async () => {
    fs.writeFileSync(env.file, fs.readFileSync(env.file, 'utf8').replace('cover: cover.png\ncomments: all', 'cover: gone.png\ncomments: all'));
    const r = await run([env.file, '--api-base', env.fake.url]);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.out.split('\n').slice(0, 2).join('\n'), `Not published: fix these first (nothing was sent).\n${env.file}:21:8 error File not found: gone.png (media-missing)`);
    assert.strictEqual(env.fake.state.calls.length, 0);
    const json = JSON.parse((await run([env.file, '--format', 'json', '--api-base', env.fake.url])).out);
    assert.deepStrictEqual(json.refused.map((p: { ruleId: string }) => p.ruleId), ['media-missing']);
  });

  it('the API says no: exit 1 with what to do (40164 names the IP), in Chinese under a Chinese locale', async () => {
    env.fake.failNext('/cgi-bin/stable_token', 40164);
    const r = await run([env.file, '--api-base', env.fake.url]);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /^WeChat said no: 40164 invalid ip 203\.0\.113\.7 .*\(\/cgi-bin\/stable_token\)\n.*your IP 203\.0\.113\.7 is not in the account’s API IP whitelist/);
    env.fake.failNext('/cgi-bin/stable_token', 40164);
    const zh = await run([env.file, '--api-base', env.fake.url], { LANG: 'zh_CN.UTF-8' });
    assert.match(zh.out, /^微信拒绝了请求：40164 .*\n你的 IP 203\.0\.113\.7不在账号的接口 IP 白名单中/);
    env.fake.failNext('/cgi-bin/stable_token', 40164);
    const json = JSON.parse((await run([env.file, '--api-base', env.fake.url, '--format', 'json'])).out);
    assert.strictEqual(json.error.ip, '203.0.113.7');
    assert.strictEqual(json.published, false);
  });

  it('an unreachable API: exit 1 naming the host', async () => {
    const r = await run([env.file, '--api-base', 'http://127.0.0.1:1']);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /^Could not reach 127\.0\.0\.1:1: /);
  });

  it('usage mistakes exit 2: no FILE, a bad --format or --api-base, no credentials, an unknown flag', async () => {
    const cases: [string[], NodeJS.ProcessEnv, RegExp][] = [
      [[], {}, /publish needs exactly one FILE/],
      [[env.file, '--format', 'xml'], {}, /--format must be text or json/],
      [[env.file, '--api-base', 'ftp://x'], {}, /--api-base must be an http\(s\) URL/],
      [[env.file], { WXPUSH_APPSECRET: '' }, /WXPUSH_APPID and WXPUSH_APPSECRET/],
      [[env.file, '--force'], {}, /unknown option --force/],
      [[path.join(env.dir, 'nope.wxpush')], {}, /cannot read .*nope\.wxpush: ENOENT/],
    ];
    for (const [argv, extra, message] of cases) {
      let err = '';
      const saved = { ...process.env };
      Object.assign(process.env, { WXPUSH_APPID: APP_ID, WXPUSH_APPSECRET: APP_SECRET, WXPUSH_CACHE_DIR: env.cacheDir, ...extra });
      try {
        const code = await main(['publish', ...argv], () => undefined, (s) => void (err += s));
        assert.strictEqual(code, 2, `${argv.join(' ')}: ${err}`);
        assert.match(err, message);
      } finally {
        process.env = saved;
      }
    }
    assert.strictEqual(env.fake.state.calls.length, 0);
  });

  it('--new-draft makes a new draft and says so', async () => {
    await run([env.file, '--api-base', env.fake.url]);
    const r = await run([env.file, '--api-base', env.fake.url, '--new-draft']);
    assert.match(r.out, /^Draft created: /);
    assert.match(r.out, /a new draft was made because --new-draft was given/);
    assert.strictEqual(env.fake.state.drafts.size, 2);
  });
});
