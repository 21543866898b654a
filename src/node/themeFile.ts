// `.wxpush/theme.json` for the command line and publishing: looked up from a push's folder upward,
// the nearest one applies (in the editor it is the workspace folder's).
import * as fs from 'fs';
import * as path from 'path';
import { parseThemeFile, THEME_FILE, type ThemeFile } from '../core/render';

export function findThemeFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, THEME_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The theme file that applies to a push, parsed (its problems inside); undefined when there is none. */
export function loadThemeFileFor(file: string): ThemeFile | undefined {
  const found = findThemeFile(path.dirname(path.resolve(file)));
  if (!found) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(found, 'utf8');
  } catch {
    return undefined;
  }
  return parseThemeFile(text, found);
}
