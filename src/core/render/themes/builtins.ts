// The built-in themes. Each one is a look (what it fixes) and its own option values (what an author
// may change on top of it, by setting, front matter or theme file).
import type { ThemeLook } from './build';
import type { ThemeOptions } from './options';

export type Labels = { en: string; 'zh-cn': string };

export interface ThemeDefinition {
  id: string;
  label: Labels;
  description: Labels;
  look: ThemeLook;
  options: ThemeOptions;
}

export const DEFAULT_THEME_ID = 'default';

export const BUILTIN_THEMES: readonly ThemeDefinition[] = [
  {
    id: 'default',
    label: { en: 'Default', 'zh-cn': '默认' },
    description: { en: 'WeChat’s own article look: sans-serif, 17 px, link blue.', 'zh-cn': '微信文章本来的样子：无衬线字体、17 像素、链接蓝。' },
    look: { justify: false, letterSpacing: '0.034em', spacing: 'normal', quote: 'box', strongAccent: false, hr: 'line' },
    options: { accentColor: '#576b95', fontSize: 17, lineHeight: 1.75, headingStyle: 'underline', codeStyle: 'light', textColor: '#333', font: 'sans' },
  },
  {
    id: 'classic',
    label: { en: 'Classic', 'zh-cn': '经典' },
    description: { en: 'A serif book page: justified text, centred headings between rules, a warm red accent.', 'zh-cn': '书页式衬线排版：两端对齐、标题居中并有上下细线、暖红色点缀。' },
    look: { justify: true, letterSpacing: '0.05em', spacing: 'normal', quote: 'rule', strongAccent: true, hr: 'short' },
    options: { accentColor: '#9a3b26', fontSize: 17, lineHeight: 1.9, headingStyle: 'centered', codeStyle: 'light', textColor: '#3a3a3a', font: 'serif' },
  },
  {
    id: 'compact',
    label: { en: 'Compact (technical)', 'zh-cn': '紧凑（技术）' },
    description: { en: 'For technical writing: 15 px, tighter spacing, headings with a bar, dark code blocks.', 'zh-cn': '适合技术文章：15 像素、更紧凑的间距、带竖条的标题、深色代码块。' },
    look: { justify: false, letterSpacing: '0', spacing: 'tight', quote: 'box', strongAccent: false, hr: 'line' },
    options: { accentColor: '#0e7c66', fontSize: 15, lineHeight: 1.65, headingStyle: 'bar', codeStyle: 'dark', textColor: '#2f3337', font: 'sans' },
  },
];

export function builtinTheme(id: string): ThemeDefinition | undefined {
  return BUILTIN_THEMES.find((t) => t.id === id);
}
