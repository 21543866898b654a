// The encoder of the `qrcode` package on its own: its top-level module also pulls in the PNG and
// terminal renderers, which the preview does not need (it draws the modules as one SVG path).
declare module 'qrcode/lib/core/qrcode' {
  export interface BitMatrix {
    size: number;
    get(row: number, col: number): boolean | number;
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): { modules: BitMatrix; version: number };
}
