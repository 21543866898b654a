// The hostile-media set, made at test time in a folder of the caller's choosing: things named like
// media that are not files wxpush may read (a named pipe, a link to /dev/zero, links that loop, a
// folder), and files whose headers are cut short or claim more than they hold. Also pushes named
// like pushes that are not files (for the quota's folder scan). POSIX only (pipes and /dev/zero).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const HOSTILE_SUPPORTED = process.platform !== 'win32' && fs.existsSync('/dev/zero');

/** What each path is, and the media-missing variant it must be reported with (undefined: another rule or none). */
export const HOSTILE_MEDIA: Record<string, { what: string; key?: 'not-regular' | 'link-loop' | 'directory' }> = {
  'fifo.png': { what: 'a named pipe', key: 'not-regular' },
  'zero.png': { what: 'a symbolic link to /dev/zero', key: 'not-regular' },
  'zero.mp3': { what: 'a symbolic link to /dev/zero, as audio', key: 'not-regular' },
  'loop-a.png': { what: 'a symbolic link loop', key: 'link-loop' },
  'folder.png': { what: 'a folder', key: 'directory' },
  'truncated.png': { what: 'a PNG cut inside its header' },
  'truncated.jpg': { what: 'a JPEG cut inside its first segment' },
  'truncated.mp4': { what: 'an MP4 cut inside its first box' },
  'oversized.png': { what: 'a PNG whose header claims 2^31-1 × 2^31-1 pixels' },
  'oversized.mp4': { what: 'an MP4 whose first box claims 4 GB' },
  'oversized.wav': { what: 'a WAV whose chunks claim 4 GB' },
  'oversized.jpg': { what: 'a JPEG whose segment claims more bytes than the file has' },
};

/** A push naming every hostile path, each on its own line (as an item or a cover). */
export function hostilePush(): string {
  const lines = ['---', 'account: Hostile', 'type: subscription', 'date: 2026-12-01 20:00', '---', ''];
  for (const name of Object.keys(HOSTILE_MEDIA)) lines.push(`@${name.endsWith('.mp3') || name.endsWith('.wav') ? 'audio' : name.endsWith('.mp4') ? 'video' : 'image'} media/${name}`, '');
  return lines.join('\n');
}

function u32be(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

function u32le(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

const PNG_SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Creates `media/` (and pushes that are not files) under `dir`. */
export function makeHostileMedia(dir: string): void {
  const media = path.join(dir, 'media');
  fs.mkdirSync(media, { recursive: true });
  const at = (n: string) => path.join(media, n);
  const mkfifo = (p: string) => {
    const r = spawnSync('mkfifo', [p]);
    if (r.status !== 0) throw new Error(`mkfifo ${p} failed: ${r.stderr}`);
  };
  mkfifo(at('fifo.png'));
  fs.symlinkSync('/dev/zero', at('zero.png'));
  fs.symlinkSync('/dev/zero', at('zero.mp3'));
  fs.symlinkSync('loop-b.png', at('loop-a.png'));
  fs.symlinkSync('loop-a.png', at('loop-b.png'));
  fs.mkdirSync(at('folder.png'));
  fs.writeFileSync(at('truncated.png'), Buffer.concat([PNG_SIG, u32be(13), Buffer.from('IHDR'), Buffer.from([0, 0])]));
  fs.writeFileSync(at('truncated.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
  fs.writeFileSync(at('truncated.mp4'), Buffer.concat([u32be(32), Buffer.from('ftypisom')]));
  fs.writeFileSync(at('oversized.png'), Buffer.concat([PNG_SIG, u32be(13), Buffer.from('IHDR'), u32be(0x7fffffff), u32be(0x7fffffff), Buffer.from([8, 6, 0, 0, 0]), u32be(0)]));
  fs.writeFileSync(at('oversized.mp4'), Buffer.concat([u32be(0xffffffff), Buffer.from('ftypisom'), u32be(0), Buffer.from('isommp41'), u32be(0xfffffff0), Buffer.from('moov')]));
  fs.writeFileSync(at('oversized.wav'), Buffer.concat([Buffer.from('RIFF'), u32le(0xffffffff), Buffer.from('WAVE'), Buffer.from('fmt '), u32le(0xffffffff), Buffer.alloc(16)]));
  fs.writeFileSync(at('oversized.jpg'), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]), Buffer.from('Exif\0\0'), Buffer.alloc(64)]));
  // Pushes named like pushes that are not files: the quota's folder scan must pass them over.
  mkfifo(path.join(dir, 'fifo.wxpush'));
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero.wxpush'));
  fs.symlinkSync('loop2.wxpush', path.join(dir, 'loop1.wxpush'));
  fs.symlinkSync('loop1.wxpush', path.join(dir, 'loop2.wxpush'));
  fs.mkdirSync(path.join(dir, 'folder.wxpush'));
  mkfifo(path.join(dir, '.wxpushrc.json'));
}
