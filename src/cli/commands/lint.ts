// `wxpush lint [files, folders or globs…] [--format text|json] [--max-warnings N] [--fix] [--locale en|zh-cn]`
// Exit codes: 0 clean (warnings within --max-warnings), 1 errors or too many warnings, 2 bad usage,
// an unreadable file, or a file --fix refused to write (not UTF-8).
// Problems are written as each file is done (text or JSON), so a file with a huge number of them
// never needs one giant list or string.
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../../core/format/parse';
import type { PushDocument } from '../../core/format/model';
import { applyEdits, safeFixEdits } from '../../core/rules/edits';
import { lint } from '../../core/rules/engine';
import { gatherContext } from '../../core/rules/gather';
import type { Problem, PushSummary } from '../../core/rules/types';
import { ConfigError, loadConfigFor } from '../../node/config';
import { loadThemeFileFor } from '../../node/themeFile';
import { expandGlob, hasGlob, walkPushFiles } from '../../node/files';
import { FsMediaReader } from '../../node/mediaReader';
import { describeUnreadable, readPushBytesSync, statPathSync, UnreadableFileError } from '../../node/regularFile';
import { scanWorkspacePushes } from '../../node/workspace';
import { parseArgs, UsageError } from '../args';
import { cliLocale, problemSummary } from '../locale';

export interface LintResultRow {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Problem['severity'];
  message: string;
}

export function resolveTargets(args: string[], cwd: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(cwd, f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  if (!args.length) {
    for (const f of walkPushFiles(cwd)) add(path.relative(cwd, f));
    return files;
  }
  for (const a of args) {
    const abs = path.resolve(cwd, a);
    let kind: string;
    try {
      kind = statPathSync(abs).kind;
    } catch (e) {
      throw new UsageError(`cannot read ${a}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (kind === 'directory') for (const f of walkPushFiles(abs)) add(path.isAbsolute(a) ? f : path.relative(cwd, f));
    else if (kind === 'file') add(a);
    else if (kind !== 'missing') throw new UsageError(`cannot read ${a}: ${describeUnreadable(kind as 'not-regular' | 'link-loop')}`);
    else if (hasGlob(a)) {
      const matched = expandGlob(a, cwd);
      if (!matched.length) throw new UsageError(`no files match ${a}`);
      matched.forEach(add);
    } else throw new UsageError(`cannot read ${a}: no such file or directory`);
  }
  return files;
}

export function toRows(file: string, doc: PushDocument, problems: readonly Problem[]): LintResultRow[] {
  // A byte order mark is no column of its own in editors, so it is not counted here either.
  const col = (pos: { line: number; character: number }) => Math.max(0, pos.character - (pos.line === 0 ? doc.bomLength : 0)) + 1;
  return problems.map((p) => {
    const s = doc.lines.positionAt(p.span.start);
    const e = doc.lines.positionAt(p.span.end);
    return { file, line: s.line + 1, column: col(s), endLine: e.line + 1, endColumn: col(e), rule: p.ruleId, severity: p.severity, message: p.message };
  });
}

export async function runLint(argv: string[], write: (s: string) => void, writeErr: (s: string) => void, cwd = process.cwd()): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['format', 'max-warnings', 'locale'], ['fix']);
  const format = (flags.get('format') as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not ${format}`);
  let maxWarnings = Infinity;
  if (flags.has('max-warnings')) {
    const raw = flags.get('max-warnings') as string;
    if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings needs a whole number, not ${raw}`);
    maxWarnings = Number(raw);
  }
  const locale = cliLocale(flags.get('locale'));
  const files = resolveTargets(positionals, cwd);
  if (!files.length) {
    if (positionals.length) throw new UsageError(`no .wxpush files in ${positionals.join(' ')}`);
    writeErr('wxpush lint: no .wxpush files here\n');
    return 0;
  }

  // Read everything first: an unreadable file is a usage problem (exit 2), not a lint result.
  // Only regular files of a push's size are read (a pipe would block, a device never end).
  const texts = new Map<string, string>();
  const notUtf8 = new Set<string>();
  for (const f of files) {
    try {
      const bytes = readPushBytesSync(path.resolve(cwd, f));
      texts.set(f, bytes.toString('utf8'));
      if (!isUtf8(bytes)) notUtf8.add(f);
    } catch (e) {
      const why = e instanceof UnreadableFileError ? describeUnreadable(e.reason) : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
      writeErr(`wxpush lint: cannot read ${f}: ${why}\n`);
      return 2;
    }
  }

  // The send quota counts the other pushes around the ones linted: the current folder when no
  // path is given, else the given folders and the folders of the given files.
  const roots = new Set<string>();
  if (!positionals.length) roots.add(path.resolve(cwd));
  for (const a of positionals) {
    const abs = path.resolve(cwd, a);
    if (statPathSync(abs).kind === 'directory') roots.add(abs);
  }
  const summaries = new Map<string, PushSummary>();
  for (const root of roots) for (const s of scanWorkspacePushes(root)) summaries.set(s.file, s);
  for (const f of files) {
    const dir = path.dirname(path.resolve(cwd, f));
    if ([...roots].some((r) => !path.relative(r, dir).startsWith('..'))) continue;
    roots.add(dir);
    for (const s of scanWorkspacePushes(dir, false)) summaries.set(s.file, s);
  }
  const others = [...summaries.values()];

  const out = rowWriter(format, write);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let refused = false;
  for (const f of files) {
    const abs = path.resolve(cwd, f);
    let text = texts.get(f)!;
    let config;
    try {
      config = loadConfigFor(abs, cwd).rules;
    } catch (e) {
      if (e instanceof ConfigError) {
        writeErr(`wxpush lint: ${e.message}\n`);
        return 2;
      }
      throw e;
    }
    const io = { media: new FsMediaReader(path.dirname(abs)), workspacePushes: async () => others };
    let doc = parsePush(text);
    const themeFile = loadThemeFileFor(abs);
    const gathered = async () => ({ ...(await gatherContext(doc, io, config, abs)), theme: { file: themeFile } });
    let problems = lint(doc, await gathered(), { locale });
    if (flags.has('fix') && notUtf8.has(f)) {
      // Decoding replaced the bytes that are not UTF-8 with U+FFFD: writing the text back would lose them.
      writeErr(`wxpush lint: ${f} is not UTF-8 text; not fixed (save it as UTF-8 first)\n`);
      refused = true;
    } else if (flags.has('fix')) {
      // Safe fixes may uncover or settle other problems: apply, re-lint, a few rounds at most.
      for (let round = 0; round < 5; round++) {
        const edits = safeFixEdits(problems);
        if (!edits.length) break;
        text = applyEdits(text, edits);
        doc = parsePush(text);
        problems = lint(doc, await gathered(), { locale });
      }
      if (text !== texts.get(f)) fs.writeFileSync(abs, text);
    }
    for (const row of toRows(f, doc, problems)) {
      if (row.severity === 'error') errors++;
      else if (row.severity === 'warning') warnings++;
      else infos++;
      out.row(row);
    }
  }
  out.end();
  const total = errors + warnings + infos;
  if (format === 'text' && total) write(`\n${problemSummary(locale, { problems: total, errors, warnings, infos, files: files.length })}\n`);
  if (refused) return 2;
  return errors || warnings > maxWarnings ? 1 : 0;
}

/** Writes rows one by one: text lines, or a JSON array laid out as `JSON.stringify(rows, null, 2)` would. */
function rowWriter(format: string, write: (s: string) => void) {
  let count = 0;
  return {
    row(r: LintResultRow) {
      if (format === 'json') write(`${count ? ',\n' : '[\n'}  ${JSON.stringify(r, null, 2).replace(/\n/g, '\n  ')}`);
      else write(`${r.file}:${r.line}:${r.column} ${r.severity} ${r.message} (${r.rule})\n`);
      count++;
    },
    end() {
      if (format === 'json') write(count ? '\n]\n' : '[]\n');
    },
  };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
