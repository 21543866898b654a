import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(['render', ...argv], (s) => void (out += s), (s) => void (err += s));
  return { code, out, err };
}

describe('cli: wxpush render', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-render-'));
    file = path.join(dir, 'push.wxpush');
    fs.writeFileSync(file, '@text Hello\n\n@article First\n\nSee [a](https://a.example).\n\n![pic](media/p.png)\n\n@article Second\n\nOnly **this**.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the first article body and notes what the author must still do', async () => {
    const r = await cli(file);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /^<section style="[^"]*">.*<sup[^>]*>\[1\]<\/sup>.*<\/section>\n$/s);
    assert.strictEqual(
      r.err,
      `${file}:7:8: local image media/p.png must be uploaded in the WeChat editor\n${file}: 1 more article in this file (use --item N)\n`,
    );
  });

  it('renders item N and refuses items that are not articles', async () => {
    const second = await cli(file, '--item', '3');
    assert.strictEqual(second.code, 0);
    assert.match(second.out, /Only <strong[^>]*>this<\/strong>\./);
    const text = await cli(file, '--item=1');
    assert.strictEqual(text.code, 1);
    assert.match(text.err, /item 1 is @text, not an article; articles: 2 \(First\), 3 \(Second\)/);
    assert.strictEqual((await cli(file, '--item', '9')).code, 1);
  });

  it('writes a standalone page with -o', async () => {
    const out = path.join(dir, 'a.html');
    const r = await cli(file, '-o', out, '--locale', 'zh-cn');
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.out, '');
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /<title>First<\/title>/);
    assert.match(html, /参考资料/);
  });

  it('keeps links with --no-references', async () => {
    const r = await cli(file, '--no-references');
    assert.match(r.out, /<a href="https:\/\/a\.example"/);
  });

  it('exits 2 on bad usage and unreadable files', async () => {
    assert.strictEqual((await cli()).code, 2);
    assert.strictEqual((await cli(file, '--item', 'x')).code, 2);
    assert.strictEqual((await cli(file, '--locale', 'fr')).code, 2);
    assert.strictEqual((await cli(path.join(dir, 'missing.wxpush'))).code, 2);
  });
});
