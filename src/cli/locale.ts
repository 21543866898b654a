// The CLI's message language: `--locale en|zh-cn` when given, else the POSIX locale of the shell
// (LC_ALL, then LC_MESSAGES, then LANG, as gettext reads them), so `LANG=zh_CN.UTF-8 wxpush lint`
// prints Chinese. Any Chinese locale reads as Simplified Chinese, the only Chinese there is (as in
// the editor, where every `zh*` display language does); anything else as English.
import { UsageError } from './args';

export type CliLocale = 'en' | 'zh-cn';

export function cliLocale(flag: string | true | undefined, env: NodeJS.ProcessEnv = process.env): CliLocale {
  if (typeof flag === 'string') {
    const f = flag.toLowerCase().replace('_', '-');
    if (f === 'en' || f.startsWith('en-')) return 'en';
    if (f === 'zh' || f === 'zh-cn' || f === 'zh-hans') return 'zh-cn';
    throw new UsageError(`--locale must be en or zh-cn, not ${flag}`);
  }
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh(?![a-z])/i.test(posix) ? 'zh-cn' : 'en';
}

/** The closing line of `wxpush lint`: "3 problems (1 error, 2 warnings, 0 info) in 2 files". */
export function problemSummary(locale: CliLocale, c: { problems: number; errors: number; warnings: number; infos: number; files: number }): string {
  if (locale === 'zh-cn') return `${c.files} 个文件中共 ${c.problems} 个问题（${c.errors} 个错误，${c.warnings} 个警告，${c.infos} 个提示）`;
  const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${s(c.problems, 'problem')} (${s(c.errors, 'error')}, ${s(c.warnings, 'warning')}, ${c.infos} info) in ${s(c.files, 'file')}`;
}
