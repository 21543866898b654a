// WMA/WMV (ASF): the header object's File Properties object holds the play duration (100 ns units)
// and the preroll (ms) to subtract from it.
import { ByteView } from './bytes';

const HEADER = [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11, 0xa6, 0xd9, 0x00, 0xaa, 0x00, 0x62, 0xce, 0x6c];
const FILE_PROPERTIES = [0xa1, 0xdc, 0xab, 0x8c, 0x47, 0xa9, 0xcf, 0x11, 0x8e, 0xe4, 0x00, 0xc0, 0x0c, 0x20, 0x53, 0x65];

export function isAsf(v: ByteView): boolean {
  return v.startsWith(HEADER);
}

export function asfDuration(v: ByteView): number | undefined {
  if (!isAsf(v)) return undefined;
  const count = v.u32le(24) ?? 0;
  let o = 30;
  for (let i = 0; i < count && o + 24 <= v.length; i++) {
    const size = v.u64le(o + 16) ?? 0;
    if (v.startsWith(FILE_PROPERTIES, o)) {
      const play = v.u64le(o + 24 + 16 + 8 + 8 + 8);
      const preroll = v.u64le(o + 24 + 16 + 8 + 8 + 8 + 8 + 8);
      if (play === undefined) return undefined;
      return Math.max(0, play / 1e7 - (preroll ?? 0) / 1000);
    }
    if (size < 24) return undefined;
    o += size;
  }
  return undefined;
}
