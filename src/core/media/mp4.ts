// MP4 / ISO base media files: the `ftyp` box names the brand, `moov/mvhd` holds the duration.
import { ByteView } from './bytes';

export function mp4Brand(v: ByteView): string | undefined {
  return v.ascii(4, 4) === 'ftyp' ? v.ascii(8, 4) : undefined;
}

/** The format name for an ISO media file: 'mp4', 'm4a', 'mov' or '3gp'. */
export function isoFormat(brand: string): string {
  const b = brand.trim().toLowerCase();
  if (b === 'qt') return 'mov';
  if (b.startsWith('m4a') || b.startsWith('m4b')) return 'm4a';
  if (b.startsWith('3g')) return '3gp';
  return 'mp4';
}

export function mp4Duration(v: ByteView): number | undefined {
  const moov = findBox(v, 0, v.length, 'moov');
  if (!moov) return undefined;
  const mvhd = findBox(v, moov.content, moov.end, 'mvhd');
  if (!mvhd) return undefined;
  const o = mvhd.content;
  const version = v.u8(o);
  const timescale = version === 1 ? v.u32be(o + 20) : v.u32be(o + 12);
  const duration = version === 1 ? v.u64be(o + 24) : v.u32be(o + 16);
  if (!timescale || duration === undefined) return undefined;
  return duration / timescale;
}

function findBox(v: ByteView, start: number, end: number, type: string): { content: number; end: number } | undefined {
  let o = start;
  while (o + 8 <= end) {
    let size = v.u32be(o)!;
    let header = 8;
    if (size === 1) {
      size = v.u64be(o + 8) ?? 0;
      header = 16;
    } else if (size === 0) size = end - o;
    if (size < header) return undefined;
    if (v.ascii(o + 4, 4) === type) return { content: o + header, end: Math.min(o + size, end) };
    o += size;
  }
  return undefined;
}
