import * as assert from 'assert';
import { maskLine } from '../../../src/vscode/publish/mask';

describe('publish log mask', () => {
  it('masks tokens and secrets in query strings, keeping the rest of the line', () => {
    assert.strictEqual(
      maskLine('POST /cgi-bin/draft/add?access_token=84_AbCdEf-12&x=1 errcode 0 120ms'),
      'POST /cgi-bin/draft/add?access_token=***&x=1 errcode 0 120ms',
    );
    assert.strictEqual(maskLine('GET /cgi-bin/token?grant_type=client_credential&appid=wx1&secret=0123abcd'), 'GET /cgi-bin/token?grant_type=client_credential&appid=wx1&secret=***');
  });

  it('masks bearer keys and any known secret wherever it appears', () => {
    assert.strictEqual(maskLine('Authorization: Bearer k3y.value/x=='), 'Authorization: Bearer ***');
    assert.strictEqual(maskLine('error: bad secret 0123456789abcdef0123456789abcdef here', ['0123456789abcdef0123456789abcdef']), 'error: bad secret *** here');
  });

  it('leaves ordinary lines alone and does not mask very short values (they would hide real text)', () => {
    const line = 'POST /cgi-bin/media/uploadimg errcode 0 87ms';
    assert.strictEqual(maskLine(line, ['0', 'ab']), line);
  });
});
