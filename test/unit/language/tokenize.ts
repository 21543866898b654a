// Tokenizes with the real wxpush grammar and the real grammars it embeds (markdown, YAML, HTML,
// fenced-code languages from the tm-grammars package), as VS Code does: vscode-textmate on the
// oniguruma WebAssembly build.
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';

const ROOT = path.join(__dirname, '..', '..', '..', '..');

let grammar: Promise<tm.IGrammar> | undefined;

export function wxpushGrammar(): Promise<tm.IGrammar> {
  return (grammar ??= load());
}

async function load(): Promise<tm.IGrammar> {
  const library = path.join(ROOT, 'node_modules', 'tm-grammars', 'grammars');
  const files = new Map<string, string>();
  for (const f of fs.readdirSync(library)) {
    if (!f.endsWith('.json')) continue;
    // The scope name is near the end of each file; reading them all once is cheap enough.
    const m = /"scopeName"\s*:\s*"([^"]+)"/.exec(fs.readFileSync(path.join(library, f), 'utf8'));
    if (m && !files.has(m[1])) files.set(m[1], path.join(library, f));
  }
  files.set('text.wxpush', path.join(ROOT, 'syntaxes', 'wxpush.tmLanguage.json'));
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) => {
      const file = files.get(scope);
      return file ? tm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
  });
  const g = await registry.loadGrammar('text.wxpush');
  if (!g) throw new Error('text.wxpush did not load');
  return g;
}

export interface LineTokens {
  text: string;
  tokens: { start: number; end: number; scopes: string[] }[];
}

/** Lines as the editor holds them: split at line breaks, a leading BOM dropped. */
export async function tokenizeDocument(text: string): Promise<LineTokens[]> {
  const g = await wxpushGrammar();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let state = tm.INITIAL;
  return lines.map((line) => {
    const r = g.tokenizeLine(line, state);
    state = r.ruleStack;
    return { text: line, tokens: r.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes })) };
  });
}
