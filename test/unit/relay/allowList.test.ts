import * as assert from 'assert';
import { relayTarget } from '../../../src/node/relay/allowList';

describe('relay allow-list', () => {
  it('forwards the publishing calls, keeping only the query they need', () => {
    assert.deepStrictEqual(relayTarget('/cgi-bin/draft/add')?.path, '/cgi-bin/draft/add');
    const t = relayTarget('/cgi-bin/material/add_material?type=image&access_token=stolen&x=1');
    assert.strictEqual(t?.query.toString(), 'type=image');
    assert.strictEqual(relayTarget('/cgi-bin/media/uploadimg?access_token=x')?.query.toString(), '');
  });

  for (const url of [
    '/cgi-bin/token',
    '/cgi-bin/stable_token',
    '/cgi-bin/message/mass/sendall',
    '/cgi-bin/freepublish/submit',
    '/cgi-bin/../cgi-bin/draft/add',
    '/cgi-bin/draft/../message/mass/sendall',
    '/cgi-bin%2fdraft%2fadd',
    '/cgi-bin/draft%2Fadd',
    '/cgi-bin/%64raft/add',
    '//cgi-bin/draft/add',
    '/cgi-bin//draft/add',
    '/cgi-bin\\draft\\add',
    '/cgi-bin/draft/add/',
    '/CGI-BIN/draft/add',
    'http://evil.example/cgi-bin/draft/add',
    '*',
    '',
  ]) {
    it(`refuses ${JSON.stringify(url)}`, () => assert.strictEqual(relayTarget(url), undefined));
  }
});
