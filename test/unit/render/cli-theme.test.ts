// `wxpush render` and `wxpush lint` with themes: --theme stands for the editor's setting, the
// nearest .wxpush/theme.json sits above it, the front matter above both; wrong values are said.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, (s) => void (out += s), (s) => void (err += s));
  return { code, out, err };
}

describe('cli: themes', () => {
  let dir: string;
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
    return path.join(dir, rel);
  };
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-theme-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('renders the default theme, or the one --theme names', async () => {
    const file = write('push.wxpush', '@article A\n\n## Heading\n');
    assert.match((await cli('render', file)).out, /font-size:17px;line-height:1.75;/);
    const compact = await cli('render', file, '--theme', 'compact');
    assert.match(compact.out, /font-size:15px;line-height:1.65;/);
    assert.match(compact.out, /<h2 style="[^"]*border-left:4px solid #0e7c66/);
  });

  it('finds .wxpush/theme.json above the push, which overrides --theme; the front matter overrides both', async () => {
    write('.wxpush/theme.json', JSON.stringify({ theme: 'brand', themes: { brand: { extends: 'classic', accentColor: '#1f6feb' } } }));
    const file = write('posts/push.wxpush', '@article A\n\n## Heading\n');
    const r = await cli('render', file, '--theme', 'compact');
    assert.strictEqual(r.err, '');
    assert.match(r.out, /font-family:Georgia/);
    assert.match(r.out, /<h2 style="[^"]*color:#1f6feb;text-align:center/);
    const own = write('posts/own.wxpush', '---\ntheme: { name: compact, fontSize: 16 }\n---\n\n@article A\n\n## Heading\n');
    assert.match((await cli('render', own)).out, /^<section style="font-size:16px;line-height:1.65;/);
  });

  it('says which theme values it could not use, and renders with the next one down', async () => {
    write('.wxpush/theme.json', '{\n  "theme": { "fontSize": 40 }\n}\n');
    const file = write('push.wxpush', '---\naccount: A\ntheme: clasic\n---\n\n@article A\n\nText.\n');
    const r = await cli('render', file);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /^<section style="font-size:17px;/);
    assert.strictEqual(
      r.err,
      `${file}:3:1 warning \`.wxpush/theme.json\` line 2: \`fontSize\` must be between 14–18, not \`40\`; the theme’s own value is used. (theme-value)\n` +
        `${file}:3:8 warning Front matter \`theme\`: there is no theme \`clasic\`; the themes are \`default\`, \`classic\`, \`compact\`. Did you mean \`classic\`? (theme-value)\n`,
    );
    const linted = await cli('lint', file, '--format', 'json');
    assert.deepStrictEqual(JSON.parse(linted.out).filter((p: { rule: string }) => p.rule === 'theme-value').map((p: { line: number }) => p.line), [3, 3]);
  });
});
