// The knobs of a theme: what settings, the front matter's `theme:` and the theme file may set.
// Each one maps to CSS declarations the WeChat editor keeps (colours, sizes, borders, fonts), never
// to free CSS, so no choice can produce an article the paste filter breaks (platform rules §3.6–3.11).

export const HEADING_STYLES = ['plain', 'underline', 'bar', 'centered'] as const;
export const CODE_STYLES = ['light', 'dark'] as const;
export const FONTS = ['sans', 'serif'] as const;

export type HeadingStyle = (typeof HEADING_STYLES)[number];
export type CodeStyle = (typeof CODE_STYLES)[number];
export type Font = (typeof FONTS)[number];

export interface ThemeOptions {
  /** Links, reference marks and the headings' and quotes' decoration: `#rgb` or `#rrggbb`. */
  accentColor: string;
  /** Body font size in CSS px (the editor's range is 14–18). */
  fontSize: number;
  /** Body line height, unitless. */
  lineHeight: number;
  headingStyle: HeadingStyle;
  codeStyle: CodeStyle;
  /** Body text colour (theme file only). */
  textColor: string;
  /** Body typeface family (theme file only). */
  font: Font;
}

export type OptionKey = keyof ThemeOptions;

/** What an option accepts; the messages of the theme-value rule are written from these. */
export type OptionSpec =
  | { key: OptionKey; type: 'colour' }
  | { key: OptionKey; type: 'number'; min: number; max: number }
  | { key: OptionKey; type: 'enum'; values: readonly string[] };

export const OPTION_SPECS: readonly OptionSpec[] = [
  { key: 'accentColor', type: 'colour' },
  { key: 'fontSize', type: 'number', min: 14, max: 18 },
  { key: 'lineHeight', type: 'number', min: 1.4, max: 2.2 },
  { key: 'headingStyle', type: 'enum', values: HEADING_STYLES },
  { key: 'codeStyle', type: 'enum', values: CODE_STYLES },
  { key: 'textColor', type: 'colour' },
  { key: 'font', type: 'enum', values: FONTS },
];

/** The options a setting or the front matter may set (the theme file may set all of them). */
export const CHOICE_OPTIONS: readonly OptionKey[] = ['accentColor', 'fontSize', 'lineHeight', 'headingStyle', 'codeStyle'];

export function optionSpec(key: string): OptionSpec | undefined {
  return OPTION_SPECS.find((s) => s.key === key);
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Why a value cannot be used, as a message key of the theme-value rule; undefined when it can. */
export type OptionFault = 'colour' | 'black' | 'number' | 'range' | 'enum';

export function checkOption(spec: OptionSpec, value: unknown): { value?: string | number; fault?: OptionFault } {
  switch (spec.type) {
    case 'colour': {
      const s = typeof value === 'string' ? value.trim() : '';
      if (!HEX.test(s)) return { fault: 'colour' };
      // WeChat's editor swallows a pure black colour (§3.11): the declaration would vanish.
      if (/^#0{3}(?:0{3})?$/.test(s)) return { fault: 'black' };
      return { value: s.toLowerCase() };
    }
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*(?:px)?\s*$/i.test(value) ? parseFloat(value) : NaN;
      if (!Number.isFinite(n)) return { fault: 'number' };
      if (n < spec.min || n > spec.max) return { fault: 'range' };
      return { value: n };
    }
    case 'enum': {
      const s = typeof value === 'string' ? value.trim() : '';
      const hit = spec.values.find((v) => v === s.toLowerCase());
      return hit ? { value: hit } : { fault: 'enum' };
    }
  }
}
