// Colour arithmetic for themes: tints of the accent colour for borders and backgrounds, computed
// once here so every declaration is a plain hex colour the editor keeps.

function channels(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.replace(/./g, (c) => c + c) : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** `a` moved towards `b` by `t` (0 = a, 1 = b). */
export function mix(a: string, b: string, t: number): string {
  const x = channels(a);
  const y = channels(b);
  return '#' + x.map((v, i) => Math.round(v + (y[i] - v) * t).toString(16).padStart(2, '0')).join('');
}

/** A light tint of `colour`, for rules and backgrounds on white paper. */
export function tint(colour: string, amount: number): string {
  return mix(colour, '#ffffff', amount);
}
