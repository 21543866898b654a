// The CLI's MediaReader: resolves a path as written in a push against the push's folder and reads
// the file's header with the pure probe in core/media.
import * as path from 'path';
import { fileURLToPath } from 'url';
import { probeMedia } from '../core/media/probe';
import { isNetworkPath, mediaKindOfPath } from '../core/language/mediaPaths';
import type { MediaInfo, MediaKind, MediaReader } from '../core/media/types';
import { readRegularFile, READ_TIMEOUT_MS, statPath, UnreadableFileError } from './regularFile';

/** Where a read stops, by kind: an image needs only its header; audio and video are read whole
 * (durations of MP4 and AMR need the whole file) up to WeChat's limit for the kind, beyond which the
 * size alone already decides and the head is enough. A name of no known kind reads as a video. */
const HEAD_BYTES = 1024 * 1024;
const WHOLE_FILE_LIMIT: Record<MediaKind, number> = { image: HEAD_BYTES, audio: 2 * 1024 * 1024, video: 10 * 1024 * 1024 };

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

/** Bytes to read of a file of `size` bytes used as `kind`. */
export function mediaReadLimit(kind: MediaKind | undefined, size: number): number {
  return size <= WHOLE_FILE_LIMIT[kind ?? 'video'] ? size : HEAD_BYTES;
}

/** Facts about a media file: a regular file is probed; anything else says why it was not read. */
export async function readMediaFile(file: string, kind: MediaKind | undefined = mediaKindOfPath(file), timeoutMs = READ_TIMEOUT_MS): Promise<MediaInfo> {
  // A permission error leaves the file unknown (thrown); "not there" and "not a file" are answers.
  const st = await statPath(file);
  if (st.kind === 'missing') return { exists: false };
  if (st.kind !== 'file') return { exists: false, unreadable: st.kind };
  try {
    const { bytes, size } = await readRegularFile(file, mediaReadLimit(kind, st.size), timeoutMs);
    return { exists: true, ...probeMedia(bytes, size) };
  } catch (e) {
    if (e instanceof UnreadableFileError) return { exists: false, unreadable: e.reason };
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false };
    throw e;
  }
}

export class FsMediaReader implements MediaReader {
  private readonly cache = new Map<string, Promise<MediaInfo>>();
  constructor(private readonly baseDir: string) {}

  info(written: string): Promise<MediaInfo> {
    // Never touch another machine: unknown, not missing (the rules treat the path as remote).
    if (isNetworkPath(written)) return Promise.reject(new Error(`not a local path: ${written}`));
    const file = resolveMediaPath(this.baseDir, written);
    let hit = this.cache.get(file);
    if (!hit) {
      hit = readMediaFile(file);
      this.cache.set(file, hit);
    }
    return hit;
  }
}
