// The CLI's MediaReader: resolves a path as written in a push against the push's folder and reads
// the file's header with the pure probe in core/media.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { probeMedia } from '../core/media/probe';
import type { MediaInfo, MediaReader } from '../core/media/types';

/** Files up to this size are read whole (durations of MP4 and AMR need the whole file); larger ones by their head. */
const WHOLE_FILE_LIMIT = 16 * 1024 * 1024;
const HEAD_BYTES = 1024 * 1024;

export function resolveMediaPath(baseDir: string, written: string): string {
  let p = written.trim();
  if (/^file:\/\//i.test(p)) return fileURLToPath(p);
  try {
    p = decodeURIComponent(p);
  } catch {
    /* keep as written */
  }
  p = p.replace(/[?#].*$/, '');
  return path.resolve(baseDir, p);
}

export async function readMediaFile(file: string): Promise<MediaInfo> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (e) {
    // Only "not there" means missing; a permission error leaves the file unknown.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { exists: false };
    throw e;
  }
  if (!stat.isFile()) return { exists: false };
  let bytes: Uint8Array;
  if (stat.size <= WHOLE_FILE_LIMIT) bytes = await fs.promises.readFile(file);
  else {
    const handle = await fs.promises.open(file, 'r');
    try {
      const buf = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
      bytes = buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }
  return { exists: true, ...probeMedia(bytes, stat.size) };
}

export class FsMediaReader implements MediaReader {
  private readonly cache = new Map<string, Promise<MediaInfo>>();
  constructor(private readonly baseDir: string) {}

  info(written: string): Promise<MediaInfo> {
    const file = resolveMediaPath(this.baseDir, written);
    let hit = this.cache.get(file);
    if (!hit) {
      hit = readMediaFile(file);
      this.cache.set(file, hit);
    }
    return hit;
  }
}
