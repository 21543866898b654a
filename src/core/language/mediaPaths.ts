// Which local file paths fit which media slot, judged by the file name (the hover and the rules
// read the file's header for the real format).
import type { MediaKind } from '../media/types';

const EXTENSIONS: Readonly<Record<MediaKind, readonly string[]>> = {
  image: ['png', 'jpg', 'jpeg', 'gif', 'bmp', 'webp'],
  audio: ['mp3', 'wma', 'wav', 'amr', 'm4a', 'aac', 'ogg'],
  video: ['mp4', 'mov', 'm4v', 'webm'],
};

export function mediaKindOfPath(path: string): MediaKind | undefined {
  const m = /\.([A-Za-z0-9]+)$/.exec(path.split(/[?#]/)[0]);
  if (!m) return undefined;
  const ext = m[1].toLowerCase();
  for (const kind of ['image', 'audio', 'video'] as const) if (EXTENSIONS[kind].includes(ext)) return kind;
  return undefined;
}

/**
 * A path on another machine: a UNC path (`\\host\share\x.png`, `//host/share/x.png`, also
 * %-encoded) or a `file:` URL naming a host. Never a local file: checking one would contact that
 * host (on Windows, handing it the user's login).
 */
export function isNetworkPath(path: string): boolean {
  let p = path.trim();
  try {
    p = decodeURIComponent(p);
  } catch {
    /* as written */
  }
  if (/^[\\/]{2}/.test(p)) return true;
  const file = /^file:\/\/([^/\\]*)/i.exec(p);
  return !!file && file[1] !== '' && file[1].toLowerCase() !== 'localhost';
}

/** Not a local file: a URL of any scheme (not a Windows drive letter) or a network path. */
export function isRemotePath(path: string): boolean {
  return (/^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) || isNetworkPath(path);
}

/** The glob the editor uses to list candidate media files. */
export const MEDIA_GLOB = `**/*.{${[...EXTENSIONS.image, ...EXTENSIONS.audio, ...EXTENSIONS.video].join(',')}}`;
