// MP3: skips an ID3v2 tag, reads the first MPEG audio frame header, then takes the frame count from
// a Xing/Info or VBRI header (VBR files) or estimates from the bit rate (CBR files).
import { ByteView } from './bytes';

const BITRATES: Record<string, number[]> = {
  // kbit/s by bitrate index, for [version 1 | 2/2.5][layer I | II | III]
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

export interface Mp3Frame {
  offset: number;
  version: 1 | 2 | 25;
  layer: 1 | 2 | 3;
  bitrate: number; // bit/s
  sampleRate: number;
  mono: boolean;
  samplesPerFrame: number;
  length: number;
}

export function id3v2Size(v: ByteView): number {
  if (v.ascii(0, 3) !== 'ID3') return 0;
  const flags = v.u8(5) ?? 0;
  const s = [6, 7, 8, 9].map((i) => (v.u8(i) ?? 0) & 0x7f);
  return 10 + ((s[0] << 21) | (s[1] << 14) | (s[2] << 7) | s[3]) + (flags & 0x10 ? 10 : 0);
}

export function frameAt(v: ByteView, o: number): Mp3Frame | undefined {
  const b0 = v.u8(o), b1 = v.u8(o + 1), b2 = v.u8(o + 2), b3 = v.u8(o + 3);
  if (b0 !== 0xff || b1 === undefined || b2 === undefined || b3 === undefined || (b1 & 0xe0) !== 0xe0) return undefined;
  const versionBits = (b1 >> 3) & 3;
  const layerBits = (b1 >> 1) & 3;
  const bitrateIndex = b2 >> 4;
  const srIndex = (b2 >> 2) & 3;
  if (versionBits === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || srIndex === 3) return undefined;
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 25;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const bitrate = BITRATES[`${version === 1 ? 1 : 2}-${layer}`][bitrateIndex] * 1000;
  const sampleRate = SAMPLE_RATES[versionBits][srIndex];
  const padding = (b2 >> 1) & 1;
  const samplesPerFrame = layer === 1 ? 384 : layer === 3 && version !== 1 ? 576 : 1152;
  const length = layer === 1 ? Math.floor((12 * bitrate) / sampleRate + padding) * 4 : Math.floor(((samplesPerFrame / 8) * bitrate) / sampleRate) + padding;
  return { offset: o, version, layer, bitrate, sampleRate, mono: b3 >> 6 === 3, samplesPerFrame, length };
}

/** The first frame whose successor is also a frame (so a stray 0xFFE in a tag is not taken for one). */
export function firstFrame(v: ByteView, from = id3v2Size(v), scanLimit = 64 * 1024): Mp3Frame | undefined {
  const end = Math.min(v.length - 4, from + scanLimit);
  for (let o = from; o < end; o++) {
    if (v.u8(o) !== 0xff) continue;
    const f = frameAt(v, o);
    if (!f || f.length < 4) continue;
    if (o + f.length + 4 > v.length || frameAt(v, o + f.length)) return f;
  }
  return undefined;
}

export function isMp3(v: ByteView): boolean {
  return v.ascii(0, 3) === 'ID3' || !!firstFrame(v, 0, 4);
}

export function mp3Duration(v: ByteView, fileSize = v.length): number | undefined {
  const f = firstFrame(v);
  if (!f) return undefined;
  const sideInfo = f.version === 1 ? (f.mono ? 17 : 32) : f.mono ? 9 : 17;
  const xing = f.offset + 4 + sideInfo;
  const tag = v.ascii(xing, 4);
  if ((tag === 'Xing' || tag === 'Info') && ((v.u32be(xing + 4) ?? 0) & 1)) {
    const frames = v.u32be(xing + 8);
    if (frames) return (frames * f.samplesPerFrame) / f.sampleRate;
  }
  if (v.ascii(f.offset + 36, 4) === 'VBRI') {
    const frames = v.u32be(f.offset + 36 + 14);
    if (frames) return (frames * f.samplesPerFrame) / f.sampleRate;
  }
  const tail = v.length === fileSize && v.ascii(v.length - 128, 3) === 'TAG' ? 128 : 0;
  return ((fileSize - f.offset - tail) * 8) / f.bitrate;
}
