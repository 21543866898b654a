// Renders a wide set of articles for export and writes every output to one file, so a change to
// the renderer that should not change its output (a speed change) can be checked byte for byte:
//
//   node esbuild.js --tests && node scripts/render-snapshot.js before.json
//   …change the renderer…
//   node esbuild.js --tests && node scripts/render-snapshot.js after.json --compare before.json
//
// Inputs: every .wxpush of examples/ and test/, every golden case, the theme showcase, the bench
// push and a code corpus (each highlight.js language × tricky snippets); each rendered with every
// built-in theme and variants of their options, with and without `sourceLines`, in both locales,
// with references on and off. Outputs compared: html, text, images, references, stripped, counts.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'out');
if (!fs.existsSync(path.join(OUT, 'src/core/render/index.js'))) {
  console.error('build first: node esbuild.js --tests');
  process.exit(2);
}
const { parsePush } = require(path.join(OUT, 'src/core/format'));
const { renderArticle } = require(path.join(OUT, 'src/core/render'));
const { BUILTIN_THEMES } = require(path.join(OUT, 'src/core/render/themes/builtins'));
const { buildTheme } = require(path.join(OUT, 'src/core/render/themes/build'));
const { generatePush } = require(path.join(OUT, 'bench/corpus'));
const { TRICKY_CODE } = require(path.join(OUT, 'test/support/codeSnippets'));

function files(dir, ext) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, ext));
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out.sort();
}

const CODE_LANGS = ['js', 'javascript', 'ts', 'typescript', 'python', 'bash', 'sh', 'xml', 'html', 'json', 'yaml', 'go', 'java', 'diff', 'JS extra-info', 'cobol', ''];
// The colouring tests' tricky snippets, with tabs and CRLF left in (the renderer expands them).
const CODE_SNIPPETS = [
  TRICKY_CODE.js,
  TRICKY_CODE.html,
  'def f(x: int) -> str:\n    """doc"""\n\treturn f"{x}"  # c',
  ...TRICKY_CODE.others,
  'a\tb\t\tc\r\nd  e\r\n\r\n',
  '中文 注释 // 全角　空格',
  '',
];

function codePush() {
  const parts = ['@article Code corpus\nauthor: Snapshot\n'];
  for (const lang of CODE_LANGS) for (const code of CODE_SNIPPETS) parts.push('```' + lang + '\n' + code + '\n```\n');
  parts.push('    indented\tcode  block\n    <b>&amp;</b>\n');
  parts.push('- in a list\n\n  ```ts\n  let   x = 1\n  ```\n');
  return parts.join('\n');
}

/** Every input as [name, push text, options from the case file]. */
function inputs() {
  const out = [];
  for (const f of [...files(path.join(ROOT, 'examples'), '.wxpush'), ...files(path.join(ROOT, 'test'), '.wxpush')]) {
    out.push([path.relative(ROOT, f), fs.readFileSync(f, 'utf8'), {}]);
  }
  for (const f of [...files(path.join(ROOT, 'test/unit/render/cases'), '.md'), ...files(path.join(ROOT, 'test/unit/render/themes'), '.md')]) {
    const body = fs.readFileSync(f, 'utf8');
    const m = /^<!-- options: (\{.*\}) -->/.exec(body);
    out.push([path.relative(ROOT, f), `@article ${path.basename(f)}\nauthor: Test\n\n${body}`, m ? JSON.parse(m[1]) : {}]);
  }
  out.push(['code corpus', codePush(), {}]);
  out.push(['bench push', generatePush().text, {}]);
  out.push(['bench push (small)', generatePush(60_000).text, {}]);
  return out;
}

function themes() {
  const out = [['none', undefined]];
  for (const def of BUILTIN_THEMES) {
    out.push([def.id, buildTheme(def.look, def.options)]);
    out.push([`${def.id}+variant`, buildTheme(def.look, { ...def.options, codeStyle: def.options.codeStyle === 'dark' ? 'light' : 'dark', headingStyle: 'plain', accentColor: '#123', fontSize: 14 })]);
  }
  // A hand-made theme that leaves keys out and colours few scopes.
  const base = buildTheme(BUILTIN_THEMES[0].look, BUILTIN_THEMES[0].options);
  const partial = { ...base, syntax: { keyword: 'color:#a00', string: 'color:"x"' } };
  delete partial.p;
  delete partial.listMarker;
  partial.article = '';
  out.push(['partial', partial]);
  return out;
}

function snapshot() {
  const result = {};
  const themeList = themes();
  for (const [name, text, caseOptions] of inputs()) {
    const doc = parsePush(text);
    const big = name.startsWith('bench push') && !name.includes('small');
    const articles = doc.items.filter((i) => i.kind === 'article');
    for (const [themeId, theme] of big ? themeList.slice(0, 2) : themeList) {
      for (const sourceLines of [false, true]) {
        for (const locale of ['en', 'zh-cn']) {
          for (const linkReferences of big ? [undefined] : [undefined, false]) {
            const options = { ...caseOptions, theme, sourceLines, locale };
            if (linkReferences === false) options.linkReferences = false;
            if (!big) options.resolveImage = (src) => (src.startsWith('media/') ? `vscode-resource:/${src}` : undefined);
            for (const item of articles) {
              const r = renderArticle(doc, item, options);
              const key = `${name} | item ${item.index} | ${themeId} | lines ${sourceLines} | ${locale} | refs ${linkReferences ?? 'default'}`;
              result[key] = {
                html: r.html,
                text: r.text,
                meta: JSON.stringify({ localImages: r.localImages, remoteImages: r.remoteImages, references: r.references, stripped: r.stripped, chars: r.chars, bytes: r.bytes }),
              };
            }
          }
        }
      }
    }
  }
  return result;
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}:\n    was: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 120))}\n    now: ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 120))}`;
}

const target = process.argv[2];
if (!target) {
  console.error('usage: node scripts/render-snapshot.js OUT.json [--compare BEFORE.json]');
  process.exit(2);
}
const now = snapshot();
fs.writeFileSync(target, JSON.stringify(now));
const keys = Object.keys(now);
const bytes = keys.reduce((n, k) => n + now[k].html.length + now[k].text.length, 0);
console.log(`${keys.length} renders, ${(bytes / 1e6).toFixed(1)} M chars written to ${target}`);
const ci = process.argv.indexOf('--compare');
if (ci > 0) {
  const before = JSON.parse(fs.readFileSync(process.argv[ci + 1], 'utf8'));
  let differ = 0;
  for (const k of new Set([...Object.keys(before), ...keys])) {
    for (const field of ['html', 'text', 'meta']) {
      const a = before[k]?.[field];
      const b = now[k]?.[field];
      if (a === b) continue;
      if (differ++ < 5) console.log(`DIFFERS: ${k} (${field}) ${a === undefined || b === undefined ? 'missing on one side' : firstDifference(a, b)}`);
    }
  }
  console.log(differ ? `${differ} outputs differ` : `identical to ${process.argv[ci + 1]}`);
  process.exit(differ ? 1 : 0);
}
