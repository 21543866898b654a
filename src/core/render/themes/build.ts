// A theme's inline styles, written from its look (what a built-in theme fixes) and its options
// (what an author may change). Every declaration is one the WeChat editor keeps: no `position`, no
// `transform` (§3.8), no pure black (§3.11), only hex colours, px/em sizes, borders and fonts.
import type { Theme } from '../theme';
import { tint } from './colour';
import type { Font, ThemeOptions } from './options';
import { CODE_PALETTES } from './palettes';

/** What a built-in theme fixes beyond its options; a theme file's theme inherits it by `extends`. */
export interface ThemeLook {
  /** Paragraphs aligned on both edges (classic typesetting) or left. */
  justify: boolean;
  letterSpacing: string;
  /** Space between blocks: `normal`, or `tight` for long technical articles. */
  spacing: 'normal' | 'tight';
  /** Quotes on a grey box, or set off by a thin accent rule only. */
  quote: 'box' | 'rule';
  /** Bold words in the accent colour instead of the heading colour. */
  strongAccent: boolean;
  /** A full-width line, or a short centred one. */
  hr: 'line' | 'short';
}

const FONT_STACKS: Record<Font, string> = {
  sans: '-apple-system,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Hiragino Sans GB","Microsoft YaHei UI","Microsoft YaHei",Arial,sans-serif',
  serif: 'Georgia,"Times New Roman","Songti SC","Noto Serif CJK SC","Source Han Serif SC",STSong,SimSun,serif',
};
const MONO = 'Menlo,Consolas,"Courier New",monospace';

/**
 * Built themes by look and options. A theme is resolved on every lint (theme-value) and every
 * render, almost always to the same few; the same object back also lets the renderer keep its
 * `style=""` attributes per theme. Frozen because it is shared.
 */
const built = new WeakMap<ThemeLook, Map<string, Theme>>();

export function buildTheme(look: ThemeLook, o: ThemeOptions): Theme {
  let byOptions = built.get(look);
  if (!byOptions) built.set(look, (byOptions = new Map()));
  const key = JSON.stringify(o);
  let theme = byOptions.get(key);
  if (!theme) {
    // A theme file's looks are bounded, but options may come from any text: keep the cache small.
    if (byOptions.size >= 32) byOptions.clear();
    byOptions.set(key, (theme = Object.freeze(writeTheme(look, o))));
  }
  return theme;
}

function writeTheme(look: ThemeLook, o: ThemeOptions): Theme {
  const accent = o.accentColor;
  const text = o.textColor;
  const heading = text === '#333333' || text === '#333' ? '#222' : text;
  const tight = look.spacing === 'tight';
  const gap = tight ? '0.8em' : '1em';
  const small = `${Math.min(14, o.fontSize - 1)}px`;
  const code = CODE_PALETTES[o.codeStyle];
  const rule = tint(accent, 0.82);
  const h = headings(o, accent, heading, rule, tight);
  return {
    article:
      `font-size:${o.fontSize}px;line-height:${o.lineHeight};color:${text};letter-spacing:${look.letterSpacing};word-wrap:break-word;` +
      `text-align:left;font-family:${FONT_STACKS[o.font]}`,
    ...h,
    // Justified paragraphs only: in a list's narrow column it would open wide gaps between words.
    p: `margin:0 0 ${gap}${look.justify ? ';text-align:justify' : ''}`,
    strong: `font-weight:bold;color:${look.strongAccent ? accent : heading}`,
    em: 'font-style:italic',
    del: 'text-decoration:line-through;color:#888',
    code: `font-size:0.88em;padding:0.1em 0.3em;margin:0 0.1em;border-radius:3px;background:#f3f3f3;color:#c7254e;font-family:${MONO}`,
    pre: `margin:0 0 ${gap};padding:${tight ? '0.8em 0.9em' : '0.9em 1em'};border-radius:4px;background:${code.background};overflow-x:auto;font-size:${small};line-height:1.6;text-align:left`,
    preCode: `display:block;white-space:nowrap;color:${code.text};font-family:${MONO};background:none`,
    blockquote:
      look.quote === 'box'
        ? `margin:0 0 ${gap};padding:0.6em 1em;border-left:4px solid ${tint(accent, 0.6)};background:#f7f7f7;color:#666`
        : `margin:0 0 ${gap};padding:0.2em 0 0.2em 1em;border-left:2px solid ${tint(accent, 0.5)};color:#666`,
    list: `margin:0 0 ${gap}`,
    subList: 'margin:0',
    listItem: `display:flex;margin:${tight ? '0.1em' : '0.2em'} 0`,
    listMarker: `flex-shrink:0;min-width:1.4em;padding-right:0.3em;text-align:right;color:${look.strongAccent ? accent : '#888'}`,
    listContent: 'flex:1;min-width:0',
    listParagraph: 'margin:0 0 0.5em',
    lastParagraph: 'margin:0',
    tableWrap: `margin:0 0 ${gap};overflow-x:auto`,
    table: `border-collapse:collapse;font-size:${Math.min(15, o.fontSize - 1)}px;line-height:1.6;min-width:100%`,
    th: `border:1px solid #dfdfdf;padding:0.4em 0.6em;background:${tint(accent, 0.92)};font-weight:bold;white-space:nowrap`,
    td: 'border:1px solid #dfdfdf;padding:0.4em 0.6em',
    hr: look.hr === 'line' ? `margin:1.5em 0;border:0;border-top:1px solid ${rule};height:0` : `margin:2em auto;width:30%;border:0;border-top:1px solid ${tint(accent, 0.4)};height:0`,
    a: `color:${accent};text-decoration:none`,
    refText: `color:${accent}`,
    refMark: `font-size:0.7em;line-height:0;color:${accent}`,
    refSection: `margin:2em 0 0;padding-top:0.8em;border-top:1px solid ${rule};font-size:${small};line-height:1.6;color:#888`,
    refHeading: `margin:0 0 0.5em;font-size:${Math.min(15, o.fontSize - 1)}px;font-weight:bold;color:#666`,
    // Words wrap as words; only a URL may break anywhere, as it has no spaces to break at.
    refItem: 'margin:0 0 0.3em;word-wrap:break-word',
    refUrl: 'color:#888;word-break:break-all',
    figure: `margin:0 0 ${gap};text-align:center`,
    img: 'display:block;max-width:100%;height:auto;margin:0 auto',
    imgInline: 'max-width:100%;height:auto;vertical-align:middle',
    figcaption: `margin-top:0.4em;font-size:${small};line-height:1.5;color:#888`,
    imgMissing: `display:block;padding:1em;border:1px dashed #ccc;color:#888;font-size:${small}`,
    syntax: code.syntax,
  };
}

type Headings = Pick<Theme, 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'>;

function headings(o: ThemeOptions, accent: string, colour: string, rule: string, tight: boolean): Headings {
  const m = (top: number, bottom: number) => `margin:${tight ? +(top * 0.85).toFixed(2) : top}em 0 ${tight ? +(bottom * 0.75).toFixed(2) : bottom}em`;
  const base = (size: string, lh: number, c = colour) => `font-size:${size};line-height:${lh};font-weight:bold;color:${c}`;
  const plain: Headings = {
    h1: `${m(1.2, 0.8)};${base('1.4em', 1.4)}`,
    h2: `${m(1.2, 0.8)};${base('1.25em', 1.4)}`,
    h3: `${m(1.1, 0.7)};${base('1.12em', 1.4)}`,
    h4: `${m(1, 0.6)};${base('1em', 1.5)}`,
    h5: `${m(1, 0.6)};${base('0.94em', 1.5, '#444')}`,
    h6: `${m(1, 0.6)};${base('0.88em', 1.5, '#666')}`,
  };
  switch (o.headingStyle) {
    case 'plain':
      return plain;
    case 'underline':
      return { ...plain, h2: `${plain.h2};padding-bottom:0.3em;border-bottom:1px solid ${rule}` };
    case 'bar':
      return {
        ...plain,
        h2: `${plain.h2};padding-left:0.6em;border-left:4px solid ${accent}`,
        h3: `${plain.h3};padding-left:0.5em;border-left:3px solid ${tint(accent, 0.45)}`,
      };
    case 'centered':
      return {
        ...plain,
        h1: `${plain.h1};text-align:center`,
        h2: `${m(1.6, 1)};${base('1.2em', 1.5, accent)};text-align:center;letter-spacing:0.08em;padding:0.4em 0;border-top:1px solid ${rule};border-bottom:1px solid ${rule}`,
        h3: `${plain.h3};text-align:center`,
      };
  }
}
