import * as assert from 'assert';
import { RateLimiter } from '../../../src/node/relay/rateLimit';

describe('relay rate limit', () => {
  it('allows a burst, then refuses with the seconds until the next request, per key', () => {
    let t = 0;
    const r = new RateLimiter(60, 3, () => t);
    assert.deepStrictEqual([r.take('a').ok, r.take('a').ok, r.take('a').ok], [true, true, true]);
    assert.deepStrictEqual(r.take('a'), { ok: false, retryAfter: 1 });
    assert.strictEqual(r.take('b').ok, true);
    t += 1000;
    assert.strictEqual(r.take('a').ok, true);
    assert.strictEqual(r.take('a').ok, false);
  });
});
