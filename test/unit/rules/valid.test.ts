import * as assert from 'assert';
import { GOOD_COVER, media, run, VALID } from './helpers';

describe('lint: a valid push', () => {
  it('has no problems at all', () => {
    const { problems } = run(VALID, undefined, { media: media({ 'cover.png': GOOD_COVER }), otherPushes: [] });
    assert.deepStrictEqual(
      problems.map((p) => `${p.ruleId}: ${p.message}`),
      [],
    );
  });
});
