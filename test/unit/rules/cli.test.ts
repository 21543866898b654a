import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';
import { runLint, type LintResultRow } from '../../../src/cli/commands/lint';

const ROOT = path.resolve(__dirname, '../../../..');

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(['lint', ...argv], (s) => void (out += s), (s) => void (err += s));
  return { code, out, err };
}

const ARTICLE = '---\naccount: A\ntype: subscription\ndate: 2026-11-25\n---\n\n@article Title\ncover: c.png\ndigest: d\n\nBody.\n';

describe('cli: wxpush lint', () => {
  let dir: string;
  const write = (rel: string, text: string | Buffer) => {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    return p;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-lint-'));
    write('c.png', fs.readFileSync(path.join(ROOT, 'test/fixtures/media/cover-235x100.png')));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and prints nothing for a clean push', async () => {
    const r = await cli(write('ok.wxpush', ARTICLE));
    assert.deepStrictEqual(r, { code: 0, out: '', err: '' });
  });

  it('prints file:line:col severity message (rule) and exits 1 on errors', async () => {
    const f = write('bad.wxpush', ARTICLE.replace('cover: c.png', 'cover: gone.png'));
    const r = await cli(f);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.out.split('\n')[0], `${f}:8:8 error File not found: gone.png (media-missing)`);
    assert.match(r.out, /\n1 problem \(1 error, 0 warnings, 0 info\) in 1 file\n$/);
  });

  it('writes JSON rows with 1-based lines and columns', async () => {
    const f = write('bad.wxpush', ARTICLE.replace('@article Title', '@artcle Title'));
    const r = await cli('--format', 'json', f);
    const rows = JSON.parse(r.out) as LintResultRow[];
    const row = rows.find((x) => x.rule === 'unknown-item-type')!;
    assert.deepStrictEqual(row, { file: f, line: 7, column: 1, endLine: 7, endColumn: 8, rule: 'unknown-item-type', severity: 'error', message: '`@artcle` is not an item type. Did you mean `@article`?' });
    assert.strictEqual(r.code, 1);
  });

  it('does not count a byte order mark as a column', async () => {
    const f = write('bom.wxpush', '\uFEFF@artcle T\n');
    const rows = JSON.parse((await cli('--format', 'json', f)).out) as LintResultRow[];
    const row = rows.find((x) => x.rule === 'unknown-item-type')!;
    assert.deepStrictEqual([row.line, row.column, row.endColumn], [1, 1, 8]);
  });

  it('--max-warnings: exit 1 only when warnings exceed it', async () => {
    const f = write('warn.wxpush', ARTICLE.replace('Body.', 'See [x](#top).'));
    assert.strictEqual((await cli(f)).code, 0);
    assert.strictEqual((await cli('--max-warnings', '1', f)).code, 0);
    assert.strictEqual((await cli('--max-warnings=0', f)).code, 1);
  });

  it('exits 2 on bad usage and unreadable files, with a clear message', async () => {
    const f = write('ok.wxpush', ARTICLE);
    const bad = await cli('--format', 'xml', f);
    assert.deepStrictEqual([bad.code, bad.err], [2, 'wxpush lint: --format must be text or json, not xml\n']);
    assert.strictEqual((await cli('--max-warnings', 'many', f)).code, 2);
    assert.strictEqual((await cli('--nope', f)).code, 2);
    const missing = await cli(path.join(dir, 'missing.wxpush'));
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /cannot read .*missing\.wxpush/);
    assert.match((await cli(path.join(dir, '*.nothing'))).err, /no files match/);
    fs.mkdirSync(path.join(dir, 'empty'));
    assert.deepStrictEqual(await cli(path.join(dir, 'empty')), { code: 2, out: '', err: `wxpush lint: no .wxpush files in ${path.join(dir, 'empty')}\n` });
    write('.wxpushrc.json', '{ rules: }');
    const cfg = await cli(f);
    assert.strictEqual(cfg.code, 2);
    assert.match(cfg.err, /\.wxpushrc\.json is not valid JSON/);
  });

  it('takes folders and globs, skipping node_modules and dot folders', async () => {
    write('a/one.wxpush', ARTICLE.replace('c.png', '../c.png'));
    write('a/b/two.wxpush', '@text\n');
    write('a/node_modules/x.wxpush', '@text\n');
    write('a/.hidden/y.wxpush', '@text\n');
    write('a/notes.md', '@text\n');
    const json = async (...args: string[]) => [...new Set((JSON.parse((await cli('--format', 'json', ...args)).out) as LintResultRow[]).map((r) => path.relative(dir, r.file)))];
    assert.deepStrictEqual(await json(path.join(dir, 'a')), [path.join('a', 'b', 'two.wxpush')]);
    assert.deepStrictEqual(await json(`${dir}/a/**/*.wxpush`), [path.join('a', 'b', 'two.wxpush')]);
    assert.deepStrictEqual(await json(`${dir}/a/*.{wxpush,md}`, '--max-warnings', '9'), [path.join('a', 'notes.md')]);
  });

  it('without arguments lints the current folder recursively', async () => {
    write('sub/x.wxpush', '@text\n');
    let out = '';
    const code = await runLint(['--format', 'json'], (s) => void (out += s), () => undefined, dir);
    assert.strictEqual(code, 1);
    assert.deepStrictEqual([...new Set((JSON.parse(out) as LintResultRow[]).map((r) => r.file))], [path.join('sub', 'x.wxpush')]);
  });

  it('applies .wxpushrc.json from the file’s folder upward to the repository root', async () => {
    fs.mkdirSync(path.join(dir, '.git'));
    write('.wxpushrc.json', JSON.stringify({ rules: { media: 'warning' } }));
    const f = write('deep/er/p.wxpush', ARTICLE.replace('cover: c.png', 'cover: gone.png'));
    const r = await cli(f);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /warning File not found: gone\.png \(media-missing\)/);
  });

  it('counts the send quota across the files of a folder and names the other file', async () => {
    write('day/morning.wxpush', ARTICLE.replace('@article Title\ncover: c.png\ndigest: d\n\nBody.\n', '@text Good morning\n'));
    const evening = write('day/evening.wxpush', ARTICLE.replace('c.png', '../c.png'));
    const r = await cli('--format', 'json', evening);
    const quota = (JSON.parse(r.out) as LintResultRow[]).filter((x) => x.rule === 'send-quota');
    assert.strictEqual(quota.length, 1);
    assert.match(quota[0].message, /Also sending then: morning\.wxpush/);
  });

  it('--fix applies safe fixes to the file and reports what is left', async () => {
    const f = write('fix.wxpush', ARTICLE.replace('@article', '@artcle').replace('digest: d', 'digest: d\ncomments: folowers'));
    const r = await cli('--fix', f);
    assert.strictEqual(fs.readFileSync(f, 'utf8'), ARTICLE.replace('digest: d', 'digest: d\ncomments: followers'));
    assert.deepStrictEqual([r.code, r.out], [0, '']);
  });

  it('the built CLI finds no errors in the valid examples and the planted ones in with-mistakes', function () {
    this.timeout(30000);
    const bin = path.join(ROOT, 'dist/cli.js');
    if (!fs.existsSync(bin)) this.skip();
    const r = spawnSync(process.execPath, [bin, 'lint', 'examples', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(r.status, 1, r.stderr);
    const rows = JSON.parse(r.stdout) as LintResultRow[];
    const errorsIn = (name: string) => rows.filter((x) => x.file.endsWith(name) && x.severity === 'error').map((x) => `${x.line}:${x.column} ${x.rule}`);
    const valid = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.wxpush') && !/mistake/.test(f));
    assert.ok(valid.length >= 2);
    for (const f of valid) assert.deepStrictEqual(errorsIn(f), [], f);
    assert.ok(errorsIn('with-mistakes.wxpush').length >= 5);
  });
});
