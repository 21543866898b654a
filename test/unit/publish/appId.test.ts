// The AppID in notifications: only its ends, never the whole of it, however short it is.
import * as assert from 'assert';
import { shownAppId } from '../../../src/core/publish';

describe('publish: the AppID as a notification shows it', () => {
  it('shows the first and last four characters of an AppID', () => {
    assert.strictEqual(shownAppId('wx1234567890abcdef'), 'wx12…cdef');
  });

  it('never shows a short value whole, nor more than half of it', () => {
    for (let n = 0; n <= 24; n++) {
      const id = 'abcdefghijklmnopqrstuvwx'.slice(0, n);
      const shown = shownAppId(id);
      const visible = shown.replace('…', '').length;
      assert.ok(shown.includes('…'), `${n}: ${shown}`);
      assert.ok(visible <= n / 2, `${n}: ${shown} shows ${visible} characters`);
      if (n >= 4) assert.ok(id.startsWith(shown.split('…')[0]) && id.endsWith(shown.split('…')[1]), `${n}: ${shown}`);
    }
    assert.strictEqual(shownAppId('wx123'), 'w…3');
    assert.strictEqual(shownAppId('wx1'), '…');
  });
});
