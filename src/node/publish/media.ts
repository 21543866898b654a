// Reads the local files a publish uploads: bytes, sha256 (the cache key) and the format from the
// header (the same probe the linter uses). Paths resolve from the push file's folder.
import { createHash } from 'crypto';
import * as fs from 'fs';
import { probeMedia } from '../../core/media/probe';
import type { MediaFile } from '../../core/publish/types';
import { resolveMediaPath } from '../mediaReader';

export interface LoadedMedia extends MediaFile {
  file: string;
  data: Buffer;
}

export async function loadMedia(baseDir: string, paths: Iterable<string>): Promise<Map<string, LoadedMedia>> {
  const out = new Map<string, LoadedMedia>();
  await Promise.all(
    [...new Set(paths)].map(async (p) => {
      const file = resolveMediaPath(baseDir, p);
      let data: Buffer;
      try {
        const stat = await fs.promises.stat(file);
        if (!stat.isFile()) return;
        data = await fs.promises.readFile(file);
      } catch {
        return;
      }
      out.set(p, { path: p, file, data, bytes: data.length, format: probeMedia(data, data.length).format, sha256: createHash('sha256').update(data).digest('hex') });
    }),
  );
  return out;
}

const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', gif: 'image/gif', bmp: 'image/bmp', mp3: 'audio/mpeg', wav: 'audio/wav', amr: 'audio/amr', wma: 'audio/x-ms-wma' };

export function contentType(format: string | undefined): string {
  return (format && CONTENT_TYPES[format]) || 'application/octet-stream';
}

/** The file name sent with an upload: WeChat reads the type from its extension, so it matches the real format. */
export function uploadName(sha256: string, format: string | undefined): string {
  return `${sha256.slice(0, 16)}.${format === 'jpeg' ? 'jpg' : format ?? 'bin'}`;
}
