// Runs the grammar fixtures with vscode-tmgrammar-test against the real grammars of every
// language the wxpush grammar embeds (markdown, YAML, HTML and the fenced-code languages),
// taken offline from the `tm-grammars` package. Only the grammars reachable from ours are
// loaded. It also checks that the committed grammar matches syntaxes/src (one more test), and
// writes its counts for scripts/test-all.js when WXPUSH_RESULTS_DIR is set.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const ours = path.join(root, 'syntaxes', 'wxpush.tmLanguage.json');
const library = path.join(root, 'node_modules', 'tm-grammars', 'grammars');

const byScope = new Map();
for (const file of fs.readdirSync(library)) {
  if (!file.endsWith('.json')) continue;
  const g = JSON.parse(fs.readFileSync(path.join(library, file), 'utf8'));
  if (g.scopeName && !byScope.has(g.scopeName)) byScope.set(g.scopeName, { file: path.join(library, file), grammar: g });
}

function externalIncludes(node, out) {
  if (Array.isArray(node)) for (const n of node) externalIncludes(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'include' && typeof v === 'string' && !v.startsWith('#') && !v.startsWith('$')) out.add(v.split('#')[0]);
      else externalIncludes(v, out);
    }
  }
  return out;
}

const needed = new Map();
const queue = [...externalIncludes(JSON.parse(fs.readFileSync(ours, 'utf8')), new Set())];
while (queue.length) {
  const scope = queue.shift();
  if (needed.has(scope)) continue;
  const hit = byScope.get(scope);
  needed.set(scope, hit ? hit.file : null);
  if (hit) queue.push(...externalIncludes(hit.grammar, new Set()));
}
const files = [...needed.values()].filter(Boolean);
const bin = path.join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const args = [bin, '-c', ...files.flatMap((f) => ['-g', path.relative(root, f)]), 'test/grammar/**/*.wxpush'];
const res = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
// The runner warns once per grammar it cannot find; those are languages nested deep inside
// others (LaTeX inside markdown-in-markdown, …) that no fixture uses. Say it once.
const notFound = new Set();
const stderr = (res.stderr || '')
  .split('\n')
  .filter((line) => {
    const m = /^grammar not found for "(.*)"$/.exec(line);
    if (m) notFound.add(m[1]);
    return !m;
  })
  .join('\n');
const stdout = res.stdout || '';
process.stdout.write(stdout);
if (stderr.trim()) process.stderr.write(stderr);
console.log(`grammars loaded: ${files.length} (text.wxpush + embedded); not available offline: ${notFound.size}`);

// One test per fixture file, plus the freshness check of the generated grammar.
const fresh = spawnSync(process.execPath, [path.join(root, 'syntaxes', 'build.js'), '--check'], { cwd: root, stdio: 'inherit' });
const passedFiles = new Set();
const failedFiles = new Set();
for (const line of stdout.split('\n')) {
  const ok = /^✓ (\S+) run successfuly\.?$/.exec(line.trim());
  if (ok) passedFiles.add(ok[1]);
  const bad = /^ERROR (\S+?):\d+/.exec(line.trim());
  if (bad) failedFiles.add(bad[1]);
}
let passed = passedFiles.size + (fresh.status === 0 ? 1 : 0);
let failed = failedFiles.size + (fresh.status === 0 ? 0 : 1);
if (res.status !== 0 && failed === 0) failed = 1;
console.log(`grammar: ${passed} passed, ${failed} failed`);
if (process.env.WXPUSH_RESULTS_DIR) {
  fs.mkdirSync(process.env.WXPUSH_RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(process.env.WXPUSH_RESULTS_DIR, 'grammar.json'), JSON.stringify({ passed, failed }));
}
process.exit(failed ? 1 : 0);
