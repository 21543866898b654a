// The CLI's cache folder: WXPUSH_CACHE_DIR, else the user's cache folder ($XDG_CACHE_HOME/wxpush,
// ~/Library/Caches/wxpush on macOS, %LOCALAPPDATA%\wxpush on Windows, else ~/.cache/wxpush).
import * as os from 'os';
import * as path from 'path';

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.WXPUSH_CACHE_DIR) return path.resolve(env.WXPUSH_CACHE_DIR);
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'wxpush');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'wxpush');
  if (platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'wxpush');
  return path.join(home, '.cache', 'wxpush');
}
