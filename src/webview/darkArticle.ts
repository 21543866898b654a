// WeChat's dark mode does not show an article's inline colours as written: it turns dark text
// light and light backgrounds dark, keeping each colour's hue. The preview does the same, so a
// body styled for white paper is readable in dark mode and the author sees what readers see.
const canvas = document.createElement('canvas').getContext('2d');

interface Hsl {
  h: number;
  s: number;
  l: number;
  a: number;
}

function parse(color: string): Hsl | undefined {
  if (!canvas || !color || /^(?:transparent|inherit|initial|unset|currentcolor)$/i.test(color)) return undefined;
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  const v = String(canvas.fillStyle);
  let r: number, g: number, b: number, a = 1;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(v);
  const rgba = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(v);
  if (hex) [r, g, b] = [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  else if (rgba) [r, g, b, a] = [+rgba[1], +rgba[2], +rgba[3], rgba[4] === undefined ? 1 : +rgba[4]];
  else return undefined;
  (r /= 255), (g /= 255), (b /= 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  let h = 0;
  let s = 0;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h *= 60;
  }
  return { h, s, l, a };
}

const css = (c: Hsl) => `hsla(${c.h.toFixed(1)}, ${(c.s * 100).toFixed(1)}%, ${(c.l * 100).toFixed(1)}%, ${c.a})`;

/** Text: dark colours become their light counterpart (never brighter than WeChat's dark text). */
export function darkText(color: string): string | undefined {
  const c = parse(color);
  if (!c || c.l >= 0.5) return undefined;
  return css({ ...c, l: Math.min(0.85, 1 - c.l) });
}

/** Backgrounds and borders: light colours become dark ones, close to WeChat's dark page. */
export function darkBackground(color: string): string | undefined {
  const c = parse(color);
  if (!c || c.l <= 0.5) return undefined;
  return css({ ...c, l: Math.max(0.1, 1 - c.l), s: c.s * 0.6 });
}

const ORIGINAL = 'wxpLightStyle';

export function applyArticleTheme(root: ParentNode, dark: boolean) {
  for (const body of Array.from(root.querySelectorAll<HTMLElement>('.wxp-rich'))) {
    const want = dark ? 'dark' : 'light';
    if (body.dataset.wxpTheme === want) continue;
    body.dataset.wxpTheme = want;
    for (const el of [body, ...Array.from(body.querySelectorAll<HTMLElement>('[style]'))]) {
      const original = el.dataset[ORIGINAL] ?? el.getAttribute('style');
      if (original === null) continue;
      el.dataset[ORIGINAL] = original;
      el.setAttribute('style', original);
      if (!dark) continue;
      const s = el.style;
      const text = darkText(s.color);
      if (text) s.color = text;
      for (const prop of ['backgroundColor', 'borderTopColor', 'borderRightColor', 'borderBottomColor', 'borderLeftColor'] as const) {
        const v = darkBackground(s[prop]);
        if (v) s[prop] = v;
      }
      // A light background image or gradient cannot be recoloured; drop it, as WeChat does.
      if (/gradient\(/.test(s.backgroundImage)) s.backgroundImage = 'none';
    }
  }
}
