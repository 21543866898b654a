// AMR (3GPP storage format, RFC 4867 §5): a magic line, then frames of 20 ms whose size follows
// from the frame type in each frame's first byte.
import { ByteView } from './bytes';

const NB_SIZES = [13, 14, 16, 18, 20, 21, 27, 32, 6, 1, 1, 1, 1, 1, 1, 1];
const WB_SIZES = [18, 24, 33, 37, 41, 47, 51, 59, 61, 6, 1, 1, 1, 1, 1, 1];

export function amrKind(v: ByteView): 'nb' | 'wb' | undefined {
  if (v.ascii(0, 9) === '#!AMR-WB\n') return 'wb';
  if (v.ascii(0, 6) === '#!AMR\n') return 'nb';
  return undefined;
}

export function amrDuration(v: ByteView, fileSize = v.length): number | undefined {
  const kind = amrKind(v);
  if (!kind) return undefined;
  const sizes = kind === 'wb' ? WB_SIZES : NB_SIZES;
  let o = kind === 'wb' ? 9 : 6;
  let frames = 0;
  while (o < v.length) {
    o += sizes[((v.u8(o) ?? 0) >> 3) & 0x0f];
    frames++;
  }
  // Only the head of a long file may be at hand: extrapolate by the average frame size.
  if (fileSize > v.length && frames) frames = Math.round((frames * fileSize) / v.length);
  return frames * 0.02;
}
