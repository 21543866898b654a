import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';
import { cliLocale } from '../../../src/cli/locale';

const ROOT = path.resolve(__dirname, '../../../..');
const PUSH = '---\naccount: A\ntype: subscription\ndate: 2026-11-25\n---\n\n@article Title\ncover: gone.png\ndigest: d\n\nBody.\n';
const LOCALE_VARS = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** Runs `wxpush …` in-process with the given POSIX locale variables (others cleared). */
async function wxpush(env: Partial<Record<(typeof LOCALE_VARS)[number], string>>, ...argv: string[]) {
  const saved = LOCALE_VARS.map((k) => [k, process.env[k]] as const);
  for (const k of LOCALE_VARS) delete process.env[k];
  Object.assign(process.env, env);
  let out = '';
  let err = '';
  try {
    const code = await main(argv, (s) => void (out += s), (s) => void (err += s));
    return { code, out, err };
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('i18n: the CLI speaks the chosen language', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-i18n-'));
    file = path.join(dir, 'push.wxpush');
    fs.writeFileSync(file, PUSH);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('wxpush lint --locale zh-cn prints the rule messages and the summary in Chinese', async () => {
    const r = await wxpush({ LANG: 'en_US.UTF-8' }, 'lint', '--locale', 'zh-cn', file);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.out.split('\n')[0], `${file}:8:8 error 找不到文件：gone.png (media-missing)`);
    assert.match(r.out, /\n1 个文件中共 1 个问题（1 个错误，0 个警告，0 个提示）\n$/);
  });

  it('LANG=zh_CN.UTF-8 wxpush lint prints Chinese without the flag', async () => {
    const r = await wxpush({ LANG: 'zh_CN.UTF-8' }, 'lint', file);
    assert.strictEqual(r.out.split('\n')[0], `${file}:8:8 error 找不到文件：gone.png (media-missing)`);
  });

  it('stays English for other locales, and LC_ALL wins over LANG as in gettext', async () => {
    const en = await wxpush({ LANG: 'de_DE.UTF-8' }, 'lint', file);
    assert.strictEqual(en.out.split('\n')[0], `${file}:8:8 error File not found: gone.png (media-missing)`);
    assert.match(en.out, /\n1 problem \(1 error, 0 warnings, 0 info\) in 1 file\n$/);
    const lcAll = await wxpush({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }, 'lint', file);
    assert.match(lcAll.out, /File not found: gone\.png/);
  });

  it('--locale en overrides a Chinese LANG; an unknown locale is a usage error (exit 2)', async () => {
    const r = await wxpush({ LANG: 'zh_CN.UTF-8' }, 'lint', '--locale', 'en', file);
    assert.match(r.out, /File not found: gone\.png/);
    const bad = await wxpush({}, 'lint', '--locale', 'fr', file);
    assert.deepStrictEqual([bad.code, bad.out, bad.err], [2, '', 'wxpush lint: --locale must be en or zh-cn, not fr\n']);
  });

  it('wxpush render follows LANG too: the reference list is headed in Chinese', async () => {
    fs.writeFileSync(file, '@article T\n\nSee [the site](https://example.com/page).\n');
    const zh = await wxpush({ LANG: 'zh_CN.UTF-8' }, 'render', file);
    assert.match(zh.out, /参考资料/);
    const en = await wxpush({ LANG: 'en_GB.UTF-8' }, 'render', file);
    assert.match(en.out, /References/);
    assert.doesNotMatch(en.out, /参考资料/);
    // What the author still has to do (stderr) follows too.
    fs.writeFileSync(file, '@article T\n\n![a](media/a.png)\n\n@text hi\n\n@article U\n');
    const notes = await wxpush({ LANG: 'zh_CN.UTF-8' }, 'render', file);
    assert.strictEqual(notes.err, `${file}:3:6: 本地图片 media/a.png 需要在公众号编辑器中上传\n${file}: 此文件中还有 1 篇文章（用 --item N 选择）\n`);
    const wrong = await wxpush({ LANG: 'zh_CN.UTF-8' }, 'render', '--item', '2', file);
    assert.deepStrictEqual([wrong.code, wrong.err], [1, `wxpush render: ${file}: 第 2 个条目是 @text，不是文章；文章：1 (T), 3 (U)\n`]);
  });

  it('the built command reads LANG from its own environment', () => {
    const bin = path.join(ROOT, 'out', 'src', 'cli', 'main.js');
    const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'zh_CN.UTF-8' };
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    const r = spawnSync(process.execPath, [bin, 'lint', file], { encoding: 'utf8', env });
    assert.strictEqual(r.status, 1, r.stderr);
    assert.match(r.stdout, /找不到文件：gone\.png \(media-missing\)/);
  });

  it('cliLocale reads every Chinese locale as Simplified Chinese (as the editor does), and C, POSIX or English as English', () => {
    for (const lang of ['zh', 'zh_CN.UTF-8', 'zh_CN', 'zh-Hans', 'zh_SG.GB2312', 'zh_TW.UTF-8']) assert.strictEqual(cliLocale(undefined, { LANG: lang }), 'zh-cn', lang);
    for (const lang of ['C', 'POSIX', 'C.UTF-8', '', 'en_US.UTF-8', 'zu_ZA.UTF-8']) assert.strictEqual(cliLocale(undefined, { LANG: lang }), 'en', lang);
    assert.strictEqual(cliLocale(undefined, { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }), 'zh-cn');
  });
});
