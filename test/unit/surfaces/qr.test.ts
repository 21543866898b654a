import * as assert from 'assert';
import jsQR from 'jsqr';
import { isDark, qrPath, type QrPath } from '../../../src/core/surfaces/qr';

/** Draws the path's modules as pixels (with the quiet zone a reader needs) and reads it back. */
function decode(qr: QrPath, scale = 4, quiet = 4): string | undefined {
  const side = (qr.size + quiet * 2) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const m of qr.d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let py = (y + quiet) * scale; py < (y + quiet + 1) * scale; py++) {
      for (let px = (x + quiet) * scale; px < (x + quiet + w) * scale; px++) {
        const i = (py * side + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return jsQR(data, side, side)?.data;
}

describe('QR code path for the draft link', () => {
  it('a reader decodes the drawn path back to the link', () => {
    const url = 'https://mp.weixin.qq.com/s?__biz=MzA5NjY2NDc4MQ==&tempkey=MTI4Nl9hYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk&chksm=0a1b2c3d#rd';
    const qr = qrPath(url)!;
    assert.ok(qr, 'a path for a real-length temp link');
    assert.strictEqual(decode(qr), url);
  });

  it('has the three finder patterns in the corners and a light separator beside them', () => {
    const qr = qrPath('https://example.com/a')!;
    const n = qr.size;
    assert.strictEqual((n - 17) % 4, 0, `a QR side is 17 + 4·version modules, got ${n}`);
    for (const [r, c] of [[0, 0], [0, n - 7], [n - 7, 0]]) {
      assert.ok(isDark(qr, r, c) && isDark(qr, r + 6, c + 6) && isDark(qr, r + 3, c + 3), `finder at ${r},${c}`);
      assert.ok(!isDark(qr, r + 1, c + 1), `finder ring at ${r},${c} is hollow`);
    }
    assert.ok(!isDark(qr, 7, 7), 'separator module is light');
  });

  it('merges each row run of dark modules into one rectangle', () => {
    const qr = qrPath('x')!;
    // The top row starts with the finder pattern: seven dark modules in one run.
    assert.ok(qr.d.startsWith('M0 0h7v1h-7z'), qr.d.slice(0, 40));
  });

  it('gives nothing for text no QR code can hold, instead of throwing', () => {
    assert.strictEqual(qrPath(''), undefined);
    assert.strictEqual(qrPath('x'.repeat(5000)), undefined);
  });
});
