import * as assert from 'assert';
import { errorAdvice, ipFromErrmsg, KNOWN_ERROR_CODES, TOKEN_ERROR_CODES } from '../../../src/core/publish/errors';
import { publishPush, WeChatApiError } from '../../../src/node/publish';
import { clearTokenMemory } from '../../../src/node/wechat/token';
import { setup, type Env } from './helpers';

/** Every code of the API notes §4 ("Error codes a client must handle"). */
const SECTION_4 = [
  -1, 40001, 40014, 42001, 40013, 40125, 40243, 40164, 89503, 45009, 48001, 40007, 40004, 40005, 40113, 40137, 40006, 40009, 45001, 41005, 44003, 45002,
  45003, 45004, 45166, 47001, 40033, 53503, 53504, 53505, 45028, 45065, 45066, 45067, 40003, 40132, 43004, 88000, 45106, 45103,
];

describe('publish: error codes', () => {
  it('explain every code of §4 in English and Chinese, each its own text, not the fallback', () => {
    assert.deepStrictEqual([...KNOWN_ERROR_CODES], [...SECTION_4].sort((a, b) => a - b));
    const fallbackEn = errorAdvice(99999, 'en');
    const fallbackZh = errorAdvice(99999, 'zh-cn');
    assert.match(fallbackEn, /99999/);
    for (const code of SECTION_4) {
      const en = errorAdvice(code, 'en', { ip: '192.0.2.1', path: '/cgi-bin/draft/add' });
      const zh = errorAdvice(code, 'zh-cn', { ip: '192.0.2.1', path: '/cgi-bin/draft/add' });
      assert.ok(en && zh && en !== zh && en !== fallbackEn && zh !== fallbackZh, String(code));
      assert.ok(/[\u4e00-\u9fff]/.test(zh) && !/[\u4e00-\u9fff]{3}/.test(en.replace(/（[^）]*）|\([^)]*\)|认证|留言/g, '')), `${code}: ${en}`);
    }
  });

  it('40164 names the IP from errmsg and says where the whitelist is', () => {
    const errmsg = 'invalid ip 8.149.12.108 ipv6 ::ffff:8.149.12.108, not in whitelist rid: 6751-1';
    assert.strictEqual(ipFromErrmsg(errmsg), '8.149.12.108');
    assert.strictEqual(ipFromErrmsg('invalid ip 2001:db8::7, not in whitelist'), '2001:db8::7');
    assert.strictEqual(ipFromErrmsg('something else'), undefined);
    const e = new WeChatApiError(40164, errmsg, '/cgi-bin/stable_token');
    assert.strictEqual(e.ip, '8.149.12.108');
    assert.match(e.advice('en'), /8\.149\.12\.108.*Developer Platform.*IP whitelist/);
    assert.match(e.advice('zh-cn'), /8\.149\.12\.108.*微信开发者平台.*IP 白名单/);
  });

  describe('each code surfaces from a publish as a WeChatApiError with its advice', () => {
    let env: Env;
    before(async () => {
      clearTokenMemory();
      env = await setup();
      await publishPush(env.options());
    });
    after(() => env.close());

    for (const code of SECTION_4) {
      it(`${code}`, async () => {
        const adds = () => env.fake.state.calls.filter((c) => c.path === '/cgi-bin/draft/add').length;
        const before = adds();
        // Token codes are refreshed and replayed once, 40007 evicts and retries once: inject twice.
        const times = TOKEN_ERROR_CODES.includes(code) || code === 40007 ? 2 : 1;
        for (let i = 0; i < times; i++) env.fake.failNext('/cgi-bin/draft/add', code, code === 40164 ? 'invalid ip 198.51.100.9 ipv6 ::ffff:198.51.100.9, not in whitelist' : undefined);
        const err = await publishPush(env.options({ newDraft: true })).catch((e: unknown) => e);
        assert.ok(err instanceof WeChatApiError, String(err));
        assert.strictEqual(err.errcode, code);
        assert.strictEqual(err.path, '/cgi-bin/draft/add');
        assert.strictEqual(err.advice('en'), errorAdvice(code, 'en', { ip: err.ip, path: err.path }));
        assert.strictEqual(adds() - before, times, 'no extra attempts');
        if (code === 40164) assert.strictEqual(err.ip, '198.51.100.9');
      });
    }
  });
});
