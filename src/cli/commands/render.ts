// `wxpush render FILE [--item N] [-o out.html] [--no-references] [--locale en|zh-cn]`
// Prints an article's WeChat-ready body HTML, or writes a standalone .html file with -o.
// Exit codes (as `wxpush lint`): 0 rendered (what still needs the author goes to stderr),
// 1 nothing to render (no article, or item N is not an article), 2 bad usage or an unreadable file.
import * as fs from 'fs';
import * as path from 'path';
import { articleTitle, parsePush, type Item, type PushDocument } from '../../core/format';
import { pushTheme, renderArticle, renderStandaloneHtml, type RenderedArticle, type RenderOptions } from '../../core/render';
import { lint } from '../../core/rules/engine';
import { loadThemeFileFor } from '../../node/themeFile';
import { readPushBytesSync } from '../../node/regularFile';
import { parseArgs, UsageError } from '../args';
import { cliLocale, type CliLocale } from '../locale';

export function runRender(argv: string[], write: (s: string) => void, writeErr: (s: string) => void): number {
  const args = parseArgs(argv.map((a) => (a === '-o' ? '--out' : a)), ['item', 'out', 'locale', 'theme'], ['no-references']);
  if (args.positionals.length !== 1) throw new UsageError('render needs exactly one FILE');
  const file = args.positionals[0];
  const locale = cliLocale(args.flags.get('locale'));
  const itemFlag = args.flags.get('item');
  let wanted: number | undefined;
  if (typeof itemFlag === 'string') {
    wanted = Number(itemFlag);
    if (!Number.isInteger(wanted) || wanted < 1) throw new UsageError('--item must be a positive item number');
  }

  const out = args.flags.get('out');
  if (typeof out === 'string' && sameFile(file, out)) throw new UsageError(`-o ${out} is the input file; refusing to overwrite it`);
  const doc = parsePush(readPushBytesSync(file).toString('utf8'));
  const picked = pickArticle(doc, wanted, locale);
  if (typeof picked === 'string') {
    writeErr(`wxpush render: ${file}: ${picked}\n`);
    return 1;
  }
  // The theme: --theme in place of the editor's setting, then .wxpush/theme.json, then the front matter.
  const themeFlag = args.flags.get('theme');
  const theme = { settings: typeof themeFlag === 'string' ? { name: themeFlag } : undefined, file: loadThemeFileFor(file) };
  const options: RenderOptions = { linkReferences: !args.flags.has('no-references'), locale, theme: pushTheme(doc, theme.settings, theme.file).theme };
  // A theme value that cannot be used is said on stderr; the article renders with the next one down.
  for (const p of lint(doc, { theme }, { locale, only: ['theme-value'] })) {
    const pos = doc.lines.positionAt(p.span.start);
    writeErr(`${file}:${pos.line + 1}:${pos.character + 1} ${p.severity} ${p.message} (${p.ruleId})\n`);
  }
  const rendered = renderArticle(doc, picked, options);
  if (typeof out === 'string') {
    fs.writeFileSync(out, renderStandaloneHtml(doc, picked, options));
    writeErr(`wrote ${out}\n`);
  } else write(rendered.html + '\n');
  writeErr(renderNotes(file, doc, picked, rendered, locale));
  return 0;
}

/** Whether two paths name one file (the same path, or links to one file). */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** The article to render: item N (1-based, counting every item), or the first article. */
export function pickArticle(doc: PushDocument, n: number | undefined, locale: CliLocale = 'en'): Item | string {
  const zh = locale === 'zh-cn';
  const articles = doc.items.filter((i) => i.kind === 'article');
  const list = articles.map((a) => `${a.index + 1} (${articleTitle(a)?.text ?? (zh ? '无标题' : 'untitled')})`).join(', ');
  const listed = list ? (zh ? `；文章：${list}` : `; articles: ${list}`) : '';
  if (n === undefined) return articles[0] ?? (zh ? '此文件中没有 @article' : 'no @article in this file');
  const item = doc.items[n - 1];
  if (!item) return zh ? `没有第 ${n} 个条目（此文件共 ${doc.items.length} 个）${listed}` : `there is no item ${n} (the file has ${doc.items.length})${listed}`;
  if (item.kind !== 'article') return zh ? `第 ${n} 个条目是 @${item.kind}，不是文章${listed}` : `item ${n} is @${item.kind}, not an article${listed}`;
  return item;
}

/** What the author still has to do after pasting, one line each. */
export function renderNotes(file: string, doc: PushDocument, item: Item, r: RenderedArticle, locale: CliLocale = 'en'): string {
  const zh = locale === 'zh-cn';
  const lines: string[] = [];
  const at = (o: number) => {
    const p = doc.lines.positionAt(o);
    return `${file}:${p.line + 1}:${p.character + 1}`;
  };
  for (const img of r.localImages) {
    const where = img.span ? at(img.span.start) : file;
    lines.push(zh ? `${where}: 本地图片 ${img.src} 需要在公众号编辑器中上传` : `${where}: local image ${img.src} must be uploaded in the WeChat editor`);
  }
  for (const src of r.remoteImages) lines.push(zh ? `${file}: 图片 ${src} 不在微信的服务器上，会被微信过滤` : `${file}: image ${src} is not on WeChat's servers; WeChat filters it out`);
  for (const s of r.stripped) lines.push(zh ? `${file}: 已移除 ${s}` : `${file}: removed ${s}`);
  const others = doc.items.filter((i) => i.kind === 'article' && i !== item).length;
  if (others) lines.push(zh ? `${file}: 此文件中还有 ${others} 篇文章（用 --item N 选择）` : `${file}: ${others} more article${others > 1 ? 's' : ''} in this file (use --item N)`);
  return lines.length ? lines.join('\n') + '\n' : '';
}
