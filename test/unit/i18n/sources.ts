// Reading the project's own files for the i18n tests: source text, string literals and the
// `vscode.l10n.t('…')` calls.
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../../../..');

export function readJson<T = Record<string, unknown>>(rel: string): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8')) as T;
}

/** Every .ts file under `rel`, as [path relative to the root, text]. */
export function sources(rel: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) out.push([path.relative(ROOT, p), fs.readFileSync(p, 'utf8')]);
    }
  };
  walk(path.join(ROOT, rel));
  return out;
}

/** `{name}` and `{0}` placeholders of a template, sorted. */
export function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/** Quoted string literals ('…' and "…"), unescaped. */
export function stringLiterals(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) out.add(unescape(m[1] ?? m[2]));
  return out;
}

/**
 * Template literals with `${…}` slots as regular expressions, so a key built at run time
 * (`count.${what}.one`) counts as used when it fits one.
 */
export function templatePatterns(text: string): RegExp[] {
  const out: RegExp[] = [];
  for (const m of text.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
    const parts = m[1].split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/);
    // Only key-like templates: dotted words and slots, with some fixed text.
    if (!parts.join('') || !parts.every((p) => /^[\w.-]*$/.test(p))) continue;
    out.push(new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\w-]+')}$`));
  }
  return out;
}

export interface L10nCall {
  file: string;
  line: number;
  /** The message, or undefined when the first argument is not a plain string literal. */
  message: string | undefined;
}

/** Every `vscode.l10n.t(` call and its first argument. */
export function l10nCalls(files: Array<[string, string]>): L10nCall[] {
  const out: L10nCall[] = [];
  for (const [file, text] of files) {
    for (const m of text.matchAll(/\bl10n\.t\(\s*/g)) {
      const at = m.index! + m[0].length;
      const lit = /^'((?:[^'\\\n]|\\.)*)'\s*[,)]|^"((?:[^"\\\n]|\\.)*)"\s*[,)]/.exec(text.slice(at));
      out.push({ file, line: text.slice(0, m.index).split('\n').length, message: lit ? unescape(lit[1] ?? lit[2]) : undefined });
    }
  }
  return out;
}

function unescape(s: string): string {
  return s.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_m, c: string) => {
    if (c[0] === 'u') return String.fromCodePoint(parseInt(c.replace(/[u{}]/g, ''), 16));
    if (c[0] === 'x' && c.length === 3) return String.fromCharCode(parseInt(c.slice(1), 16));
    return c === 'n' ? '\n' : c === 't' ? '\t' : c;
  });
}
