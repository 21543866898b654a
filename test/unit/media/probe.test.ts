import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { probeMedia } from '../../../src/core/media/probe';
import { readMediaFile, resolveMediaPath } from '../../../src/node/mediaReader';

const DIR = path.resolve(__dirname, '../../../../test/fixtures/media');
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

// Expected durations were measured with ffprobe on the same files.
describe('probeMedia on real files (made with sox, ffmpeg and ImageMagick)', () => {
  const cases: [string, string, number | undefined, [number, number]?][] = [
    ['tone-2s.wav', 'wav', 2],
    ['tone-3s-cbr.mp3', 'mp3', 3.056327],
    ['tone-3s-vbr.mp3', 'mp3', 3.056327],
    ['tone-3s-noxing.mp3', 'mp3', 3.05625],
    ['tone-65s.mp3', 'mp3', 65.16],
    ['tone-2s.amr', 'amr', 2],
    ['tone-2s.wma', 'wma', 2.048],
    ['clip-2s.mp4', 'mp4', 2],
    ['clip-2s.webm', 'webm', undefined],
    ['cover-235x100.png', 'png', undefined, [235, 100]],
    ['square-120.jpg', 'jpg', undefined, [120, 120]],
    ['small.gif', 'gif', undefined, [40, 30]],
    ['small.bmp', 'bmp', undefined, [40, 30]],
    ['small.webp', 'webp', undefined, [40, 30]],
  ];
  for (const [file, format, duration, dims] of cases) {
    it(`${file}: ${format}${duration ? `, ${duration} s` : ''}${dims ? `, ${dims.join('×')}` : ''}`, () => {
      const b = bytes(file);
      const info = probeMedia(b);
      assert.strictEqual(info.format, format);
      assert.strictEqual(info.size, b.length);
      if (duration === undefined) assert.strictEqual(info.durationSeconds, undefined);
      else assert.ok(Math.abs(info.durationSeconds! - duration) < 0.01, `${info.durationSeconds} vs ${duration}`);
      if (dims) assert.deepStrictEqual([info.width, info.height], dims);
    });
  }

  it('estimates a CBR MP3 from its head and the real file size', () => {
    const b = bytes('tone-3s-noxing.mp3');
    const head = b.subarray(0, 2000);
    const info = probeMedia(head, b.length);
    assert.ok(Math.abs(info.durationSeconds! - 3.05625) < 0.02, String(info.durationSeconds));
  });
});

describe('probeMedia on made-up and broken bytes', () => {
  it('reads a WAV whose data chunk says 61 seconds', () => {
    const b = new Uint8Array(44);
    const dv = new DataView(b.buffer);
    b.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
    b.set([...'WAVEfmt '].map((c) => c.charCodeAt(0)), 8);
    dv.setUint32(16, 16, true);
    dv.setUint16(20, 1, true);
    dv.setUint16(22, 1, true);
    dv.setUint32(24, 8000, true);
    dv.setUint32(28, 8000, true); // byte rate
    dv.setUint16(32, 1, true);
    dv.setUint16(34, 8, true);
    b.set([...'data'].map((c) => c.charCodeAt(0)), 36);
    dv.setUint32(40, 61 * 8000, true);
    const info = probeMedia(b, 44 + 61 * 8000);
    assert.strictEqual(info.format, 'wav');
    assert.strictEqual(info.durationSeconds, 61);
  });

  it('never throws: every prefix of every fixture, and random bytes', () => {
    for (const file of fs.readdirSync(DIR)) {
      const b = bytes(file);
      for (let n = 0; n < Math.min(b.length, 400); n += 7) probeMedia(b.subarray(0, n), b.length);
    }
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let i = 0; i < 300; i++) {
      const b = new Uint8Array(Math.floor(rnd() * 600));
      for (let j = 0; j < b.length; j++) b[j] = Math.floor(rnd() * 256);
      // Start some with real signatures so the readers go past detection.
      const sig = [[0x52, 0x49, 0x46, 0x46], [0xff, 0xfb], [0x49, 0x44, 0x33], [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70], [0x23, 0x21, 0x41, 0x4d, 0x52, 0x0a]][i % 5];
      b.set(sig.slice(0, b.length));
      const info = probeMedia(b);
      assert.strictEqual(info.size, b.length);
    }
  });

  it('an empty or unknown file has a size and no format', () => {
    assert.deepStrictEqual(probeMedia(new Uint8Array(0)), { size: 0 });
    assert.deepStrictEqual(probeMedia(new TextEncoder().encode('hello, world')), { size: 12 });
  });
});

describe('the Node media reader', () => {
  it('resolves paths against the push folder, decoding %-escapes', () => {
    assert.strictEqual(resolveMediaPath('/a/b', 'media/x%20y.png'), path.resolve('/a/b/media/x y.png'));
    assert.strictEqual(resolveMediaPath('/a/b', '../c.png?v=2'), path.resolve('/a/c.png'));
  });
  it('reports missing files as not existing and folders as folders', async () => {
    assert.deepStrictEqual(await readMediaFile(path.join(DIR, 'nope.png')), { exists: false });
    assert.deepStrictEqual(await readMediaFile(DIR), { exists: false, unreadable: 'directory' });
    const info = await readMediaFile(path.join(DIR, 'square-120.jpg'));
    assert.deepStrictEqual([info.exists, info.format, info.width], [true, 'jpg', 120]);
  });
});
