// Bounds-checked big/little-endian reads over a Uint8Array (header readers must never throw on
// truncated or hostile files: a read past the end yields undefined).
export class ByteView {
  constructor(readonly b: Uint8Array) {}
  get length(): number {
    return this.b.length;
  }
  u8(o: number): number | undefined {
    return o >= 0 && o < this.b.length ? this.b[o] : undefined;
  }
  u16le(o: number): number | undefined {
    return o >= 0 && o + 2 <= this.b.length ? this.b[o] | (this.b[o + 1] << 8) : undefined;
  }
  u32le(o: number): number | undefined {
    return o >= 0 && o + 4 <= this.b.length ? (this.b[o] | (this.b[o + 1] << 8) | (this.b[o + 2] << 16)) + this.b[o + 3] * 0x1000000 : undefined;
  }
  u32be(o: number): number | undefined {
    return o >= 0 && o + 4 <= this.b.length ? this.b[o] * 0x1000000 + ((this.b[o + 1] << 16) | (this.b[o + 2] << 8) | this.b[o + 3]) : undefined;
  }
  u64le(o: number): number | undefined {
    const lo = this.u32le(o);
    const hi = this.u32le(o + 4);
    return lo === undefined || hi === undefined ? undefined : hi * 0x100000000 + lo;
  }
  u64be(o: number): number | undefined {
    const hi = this.u32be(o);
    const lo = this.u32be(o + 4);
    return lo === undefined || hi === undefined ? undefined : hi * 0x100000000 + lo;
  }
  ascii(o: number, n: number): string {
    if (o < 0 || o + n > this.b.length) return '';
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(this.b[o + i]);
    return s;
  }
  startsWith(bytes: readonly number[], at = 0): boolean {
    if (at + bytes.length > this.b.length) return false;
    for (let i = 0; i < bytes.length; i++) if (this.b[at + i] !== bytes[i]) return false;
    return true;
  }
}
