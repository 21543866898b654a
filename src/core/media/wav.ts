// WAV (RIFF/WAVE): the `fmt ` chunk gives the byte rate, the `data` chunk the length of the sound.
import { ByteView } from './bytes';

export function isWav(v: ByteView): boolean {
  return v.ascii(0, 4) === 'RIFF' && v.ascii(8, 4) === 'WAVE';
}

/** Duration in seconds, or undefined when the chunks cannot be read. `fileSize` bounds a streamed data chunk. */
export function wavDuration(v: ByteView, fileSize = v.length): number | undefined {
  let byteRate: number | undefined;
  let o = 12;
  while (o + 8 <= v.length) {
    const id = v.ascii(o, 4);
    const size = v.u32le(o + 4)!;
    if (id === 'fmt ') byteRate = v.u32le(o + 16);
    else if (id === 'data') {
      if (!byteRate) return undefined;
      // Streaming writers leave the size at 0 or 0xFFFFFFFF; the file's size is then the truth.
      const available = fileSize - (o + 8);
      const bytes = size === 0 || size === 0xffffffff || size > available ? available : size;
      return bytes / byteRate;
    }
    o += 8 + size + (size & 1);
  }
  return undefined;
}
