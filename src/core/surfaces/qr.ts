// A QR code as one SVG path, in module units, so the preview can draw it with DOM calls under its
// CSP (no data URL, no script, no HTML parsing). The encoding is the `qrcode` package's.
import { create } from 'qrcode/lib/core/qrcode';

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** `M x y h1v1h-1z` squares for the dark modules, runs of a row merged into one rectangle. */
  d: string;
}

/** Undefined for text that cannot be encoded (empty, or longer than a QR code holds). */
export function qrPath(text: string): QrPath | undefined {
  let modules;
  try {
    modules = create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return undefined;
  }
  const size = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return { size, d: parts.join('') };
}

/** Whether the module at (row, col) is dark in a path made by `qrPath` (for tests and decoders). */
export function isDark(qr: QrPath, row: number, col: number): boolean {
  const re = /M(\d+) (\d+)h(\d+)/g;
  for (let m; (m = re.exec(qr.d)); ) {
    const x = Number(m[1]);
    if (Number(m[2]) === row && col >= x && col < x + Number(m[3])) return true;
  }
  return false;
}
