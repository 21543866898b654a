// probeMedia(bytes): the format (from the header, not the file name), image dimensions and
// audio/video duration of a file. Pure: the caller reads the bytes (all of them, or the head of a
// large file with `fileSize` saying how large it really is). Never throws.
import { imageSize } from 'image-size';
import { amrDuration, amrKind } from './amr';
import { asfDuration, isAsf } from './asf';
import { ByteView } from './bytes';
import { isMp3, mp3Duration } from './mp3';
import { isoFormat, mp4Brand, mp4Duration } from './mp4';
import type { MediaInfo } from './types';
import { isWav, wavDuration } from './wav';

export type ProbeResult = Omit<MediaInfo, 'exists'>;

export function probeMedia(bytes: Uint8Array, fileSize = bytes.length): ProbeResult {
  const v = new ByteView(bytes);
  const out: ProbeResult = { size: fileSize };
  try {
    if (isWav(v)) return { ...out, format: 'wav', durationSeconds: wavDuration(v, fileSize) };
    if (amrKind(v)) return { ...out, format: 'amr', durationSeconds: amrDuration(v, fileSize) };
    if (isAsf(v)) return { ...out, format: 'wma', durationSeconds: asfDuration(v) };
    const brand = mp4Brand(v);
    if (brand !== undefined) return { ...out, format: isoFormat(brand), durationSeconds: mp4Duration(v) };
    if (v.ascii(0, 4) === 'OggS') return { ...out, format: 'ogg' };
    if (v.ascii(0, 4) === 'fLaC') return { ...out, format: 'flac' };
    if (v.startsWith([0x1a, 0x45, 0xdf, 0xa3])) return { ...out, format: 'webm' };
    if (v.ascii(0, 4) === 'RIFF' && v.ascii(8, 4) === 'AVI ') return { ...out, format: 'avi' };
    // Image signatures before MP3: a frame-sync search could match inside image data.
    const img = readImage(bytes);
    if (img) return { ...out, ...img };
    if (isMp3(v)) return { ...out, format: 'mp3', durationSeconds: mp3Duration(v, fileSize) };
  } catch {
    // A malformed header says nothing more than "unknown format".
  }
  return out;
}

function readImage(bytes: Uint8Array): { format: string; width?: number; height?: number } | undefined {
  try {
    const r = imageSize(bytes);
    if (!r.type) return undefined;
    return { format: r.type === 'jpg' ? 'jpg' : r.type, width: r.width, height: r.height };
  } catch {
    return undefined;
  }
}
