// `wxpush lint [files, folders or globs…] [--format text|json] [--max-warnings N] [--fix] [--locale en|zh-cn]`
// Exit codes: 0 clean (warnings within --max-warnings), 1 errors or too many warnings, 2 bad usage
// or an unreadable file.
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../../core/format/parse';
import type { PushDocument } from '../../core/format/model';
import { applyEdits, safeFixEdits } from '../../core/rules/edits';
import { lint } from '../../core/rules/engine';
import { gatherContext } from '../../core/rules/gather';
import type { Problem, PushSummary } from '../../core/rules/types';
import { ConfigError, loadConfigFor } from '../../node/config';
import { expandGlob, hasGlob, walkPushFiles } from '../../node/files';
import { FsMediaReader } from '../../node/mediaReader';
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
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) for (const f of walkPushFiles(abs)) add(path.isAbsolute(a) ? f : path.relative(cwd, f));
    else if (stat?.isFile()) add(a);
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
  const texts = new Map<string, string>();
  for (const f of files) {
    try {
      texts.set(f, fs.readFileSync(path.resolve(cwd, f), 'utf8'));
    } catch (e) {
      writeErr(`wxpush lint: cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
  }

  // The send quota counts the other pushes around the ones linted: the current folder when no
  // path is given, else the given folders and the folders of the given files.
  const roots = new Set<string>();
  if (!positionals.length) roots.add(path.resolve(cwd));
  for (const a of positionals) {
    const abs = path.resolve(cwd, a);
    if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) roots.add(abs);
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

  const rows: LintResultRow[] = [];
  for (const f of files) {
    const abs = path.resolve(cwd, f);
    let text = texts.get(f)!;
    let config;
    try {
      config = loadConfigFor(abs).rules;
    } catch (e) {
      if (e instanceof ConfigError) {
        writeErr(`wxpush lint: ${e.message}\n`);
        return 2;
      }
      throw e;
    }
    const io = { media: new FsMediaReader(path.dirname(abs)), workspacePushes: async () => others };
    let doc = parsePush(text);
    let problems = lint(doc, await gatherContext(doc, io, config, abs), { locale });
    if (flags.has('fix')) {
      // Safe fixes may uncover or settle other problems: apply, re-lint, a few rounds at most.
      for (let round = 0; round < 5; round++) {
        const edits = safeFixEdits(problems);
        if (!edits.length) break;
        text = applyEdits(text, edits);
        doc = parsePush(text);
        problems = lint(doc, await gatherContext(doc, io, config, abs), { locale });
      }
      if (text !== texts.get(f)) fs.writeFileSync(abs, text);
    }
    rows.push(...toRows(f, doc, problems));
  }

  if (format === 'json') write(JSON.stringify(rows, null, 2) + '\n');
  else {
    for (const r of rows) write(`${r.file}:${r.line}:${r.column} ${r.severity} ${r.message} (${r.rule})\n`);
    const errors = rows.filter((r) => r.severity === 'error').length;
    const warnings = rows.filter((r) => r.severity === 'warning').length;
    const infos = rows.length - errors - warnings;
    if (rows.length) write(`\n${problemSummary(locale, { problems: rows.length, errors, warnings, infos, files: files.length })}\n`);
  }
  const errors = rows.some((r) => r.severity === 'error');
  const warnings = rows.filter((r) => r.severity === 'warning').length;
  return errors || warnings > maxWarnings ? 1 : 0;
}
