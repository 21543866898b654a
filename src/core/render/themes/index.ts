// Themes: the built-in ones, the workspace theme file, and which one a push gets.
export { BUILTIN_THEMES, DEFAULT_THEME_ID, builtinTheme, type Labels, type ThemeDefinition } from './builtins';
export { buildTheme, type ThemeLook } from './build';
export { CHOICE_KEYS, readChoice, type Choice, type Locate, type ThemeFault, type ThemeProblem, type ThemeSource } from './choice';
export { parseThemeFile, themeDefinitions, THEME_FILE, type ThemeFile } from './file';
export { CHOICE_OPTIONS, CODE_STYLES, FONTS, HEADING_STYLES, OPTION_SPECS, optionSpec, type OptionKey, type ThemeOptions } from './options';
export { listThemes, resolveTheme, type ResolvedTheme, type ThemeListEntry, type ThemeSettings } from './resolve';
export { pushTheme, frontMatterLocator } from './push';
