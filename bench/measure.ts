// Timing helpers. Results are medians of repeated runs and are always compared with a baseline
// measured in the same process, because these machines are noisy.

/**
 * Collects the garbage of what ran before, when the bench runs with `--expose-gc` (npm run bench
 * does): one section's or block's leftovers are then not collected inside the next one's timing.
 * The editor's extension host has this time too: it idles between keystrokes.
 */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * The length of `html`, after reading its first character. markdown-it's renderer returns a rope
 * (a string of ~100,000 concatenated pieces) that is turned into one string the first time
 * anything reads it, as writing it to a file, the clipboard or a webview does; that costs about as
 * much as the render again, and a render measured without it leaves that cost out.
 */
export function usable(html: string): number {
  html.charCodeAt(0);
  return html.length;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` `warmup` times, then `runs` times, and returns the median in milliseconds. */
export function time(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}

/** Measures two functions interleaved (A, B, A, B…) so drift affects both alike. */
export function compare(a: () => unknown, b: () => unknown, runs = 15, warmup = 3): { a: number; b: number; ratio: number } {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const xa: number[] = [];
  const xb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = process.hrtime.bigint();
    a();
    xa.push(Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    b();
    xb.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const ma = median(xa);
  const mb = median(xb);
  return { a: ma, b: mb, ratio: ma / mb };
}

export function report(name: string, labelA: string, labelB: string, r: { a: number; b: number; ratio: number }, target: string): string {
  return `${name}\n  ${labelA}: ${r.a.toFixed(2)} ms (median)\n  ${labelB}: ${r.b.toFixed(2)} ms (median)\n  ratio: ${r.ratio.toFixed(2)} (target ${target})`;
}
