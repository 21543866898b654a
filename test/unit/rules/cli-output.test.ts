// The CLI never loses an author's text and never dies of its own output: --fix refuses a file that
// is not UTF-8, render -o refuses to overwrite its input, and a file with 130,000 problems is
// written out row by row (text and JSON) instead of as one list.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';
import type { LintResultRow } from '../../../src/cli/commands/lint';

async function cli(...argv: string[]) {
  const chunks: string[] = [];
  let err = '';
  const code = await main(argv, (s) => void chunks.push(s), (s) => void (err += s));
  return { code, out: chunks.join(''), chunks, err };
}

const HEAD = '---\naccount: A\ntype: subscription\ndate: 2026-11-25\n---\n\n';

describe('cli: output and the author’s text', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-cli-out-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [name, encode] of [
    // 中文 in GBK is D6 D0 CE C4; the rest of the text is ASCII.
    ['GBK', (s: string) => Buffer.concat([Buffer.from(s.split('中文')[0], 'latin1'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from(s.split('中文')[1], 'latin1')])],
    ['Windows-1252', (s: string) => Buffer.from(s.replace('中文', 'café'), 'latin1')],
  ] as const) {
    it(`lint --fix refuses to write a ${name} file (exit 2, file untouched), and still lints it`, async () => {
      const text = `${HEAD}@artcle Title 中文\n\nBody.\n`;
      const bytes = encode(text);
      const f = path.join(dir, 'legacy.wxpush');
      fs.writeFileSync(f, bytes);
      const r = await cli('lint', '--fix', f);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.err, `wxpush lint: ${f} is not UTF-8 text; not fixed (save it as UTF-8 first)\n`);
      assert.ok(fs.readFileSync(f).equals(bytes), 'the file changed');
      assert.match(r.out, /unknown-item-type/);
    });
  }

  it('lint --fix still fixes a UTF-8 file with a byte order mark and Chinese text', async () => {
    const f = path.join(dir, 'utf8.wxpush');
    const text = (comments: string) => `\uFEFF${HEAD}@article 中文，😀\ndigest: d\ncomments: ${comments}\n\nBody 正文.\n`;
    fs.writeFileSync(f, text('folowers'));
    const r = await cli('lint', '--fix', f);
    assert.strictEqual(r.err, '');
    assert.strictEqual(fs.readFileSync(f, 'utf8'), text('followers'));
  });

  it('render -o refuses to overwrite its own input (same path, another spelling, a hard link)', async () => {
    const f = path.join(dir, 'a.wxpush');
    const text = `${HEAD}@article T\n\nBody.\n`;
    fs.writeFileSync(f, text);
    fs.linkSync(f, path.join(dir, 'b.html'));
    for (const out of [f, path.join(dir, '.', 'a.wxpush'), path.join(dir, 'b.html')]) {
      const r = await cli('render', f, '-o', out);
      assert.strictEqual(r.code, 2, out);
      assert.strictEqual(r.err, `wxpush render: -o ${out} is the input file; refusing to overwrite it\n`);
      assert.strictEqual(fs.readFileSync(f, 'utf8'), text);
    }
    const ok = await cli('render', f, '-o', path.join(dir, 'a.html'));
    assert.strictEqual(ok.code, 0);
    assert.match(fs.readFileSync(path.join(dir, 'a.html'), 'utf8'), /Body\./);
  });

  it('a file with 130,000 problems: every row comes out, written as it goes (JSON and text)', async function () {
    this.timeout(180000);
    const lines = [HEAD + '@article T\ncover: https://mmbiz.qpic.cn/c.png\ndigest: d\n'];
    const N = 130000;
    for (let i = 0; i < N; i++) lines.push(`[x](#a${i})\n`);
    const f = path.join(dir, 'big.wxpush');
    fs.writeFileSync(f, lines.join('\n'));
    const json = await cli('lint', '--format', 'json', f);
    assert.strictEqual(json.code, 1, json.err);
    const rows = (JSON.parse(json.out) as LintResultRow[]).filter((r) => r.rule === 'anchor-link');
    assert.strictEqual(rows.length, N);
    assert.deepStrictEqual([rows[N - 1].line, rows[N - 1].column, rows[N - 1].endColumn], [11 + 2 * (N - 1), 5, 5 + `#a${N - 1}`.length]);
    assert.ok(json.chunks.length > N, `${json.chunks.length} writes`);
    assert.ok(Math.max(...json.chunks.slice(0, 1000).map((c) => c.length)) < 4096);
    const text = await cli('lint', f);
    assert.strictEqual(text.code, 1);
    assert.strictEqual(text.chunks.filter((c) => c.includes('(anchor-link)')).length, N);
    assert.match(text.out, /\n\d[\d,]* problems \(.*\) in 1 file\n$/);
  });
});
