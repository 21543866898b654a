// The hostile-media set through the Node reader, the rules and the CLI: every path that is not a
// regular file is said to be so (never read, never a hang), and broken headers give a clear
// diagnostic instead of a crash.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';
import type { LintResultRow } from '../../../src/cli/commands/lint';
import { readMediaFile } from '../../../src/node/mediaReader';
import { scanWorkspacePushes } from '../../../src/node/workspace';
import { findConfigFile } from '../../../src/node/config';
import { UnreadableFileError, withReadTimeout } from '../../../src/node/regularFile';
import { lintWithIO } from '../../../src/core/rules/gather';
import { HOSTILE_MEDIA, HOSTILE_SUPPORTED, hostilePush, makeHostileMedia } from '../../support/hostileMedia';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, (s) => void (out += s), (s) => void (err += s));
  return { code, out, err };
}

describe('hostile media (pipes, devices, link loops, folders, broken headers)', function () {
  // A read that blocks on a pipe or never ends on /dev/zero would hang here; the timeout makes it a failure.
  this.timeout(15000);
  let dir: string;
  before(function () {
    if (!HOSTILE_SUPPORTED) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-hostile-'));
    makeHostileMedia(dir);
    fs.writeFileSync(path.join(dir, 'hostile.wxpush'), hostilePush());
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('the Node reader says what each path is without reading what is not a regular file', async () => {
    const got: Record<string, string | undefined> = {};
    for (const name of Object.keys(HOSTILE_MEDIA)) {
      const info = await readMediaFile(path.join(dir, 'media', name));
      got[name] = info.exists ? 'file' : info.unreadable;
    }
    assert.deepStrictEqual(got, {
      'fifo.png': 'not-regular',
      'zero.png': 'not-regular',
      'zero.mp3': 'not-regular',
      'loop-a.png': 'link-loop',
      'folder.png': 'directory',
      'truncated.png': 'file',
      'truncated.jpg': 'file',
      'truncated.mp4': 'file',
      'oversized.png': 'file',
      'oversized.mp4': 'file',
      'oversized.wav': 'file',
      'oversized.jpg': 'file',
    });
  });

  it('wxpush lint reports each one at its path, in English and Chinese', async () => {
    const file = path.join(dir, 'hostile.wxpush');
    const r = await cli('lint', '--format', 'json', file);
    assert.strictEqual(r.code, 1, r.err);
    const rows = JSON.parse(r.out) as LintResultRow[];
    const lines = hostilePush().split('\n');
    const at = (name: string) => {
      const line = lines.findIndex((l) => l.endsWith(`media/${name}`));
      return { line: line + 1, column: lines[line].indexOf('media/') + 1 };
    };
    const missing = rows.filter((x) => x.rule === 'media-missing').map((x) => `${x.line}:${x.column} ${x.message}`);
    assert.deepStrictEqual(missing, [
      `${at('fifo.png').line}:${at('fifo.png').column} media/fifo.png is not a regular file (a device, pipe or socket); wxpush does not read it.`,
      `${at('zero.png').line}:${at('zero.png').column} media/zero.png is not a regular file (a device, pipe or socket); wxpush does not read it.`,
      `${at('zero.mp3').line}:${at('zero.mp3').column} media/zero.mp3 is not a regular file (a device, pipe or socket); wxpush does not read it.`,
      `${at('loop-a.png').line}:${at('loop-a.png').column} media/loop-a.png is a symbolic link that loops back on itself.`,
      `${at('folder.png').line}:${at('folder.png').column} media/folder.png is a folder, not a file.`,
    ]);
    // Cut or lying headers: a clear "cannot read" from the format rules, for every one of them.
    const broken = Object.keys(HOSTILE_MEDIA).filter((n) => !HOSTILE_MEDIA[n].key);
    for (const name of broken) {
      const here = rows.filter((x) => x.line === at(name).line);
      assert.ok(here.length >= 1, `${name}: no diagnostic`);
      for (const x of here) assert.ok(!/internal/.test(x.rule), `${name}: ${x.rule} ${x.message}`);
    }
    const zh = JSON.parse((await cli('lint', '--format', 'json', '--locale', 'zh-cn', file)).out) as LintResultRow[];
    assert.deepStrictEqual(
      zh.filter((x) => x.rule === 'media-missing').map((x) => x.message).slice(0, 5),
      ['media/fifo.png 不是普通文件（设备、管道或套接字）；wxpush 不读取它。', 'media/zero.png 不是普通文件（设备、管道或套接字）；wxpush 不读取它。', 'media/zero.mp3 不是普通文件（设备、管道或套接字）；wxpush 不读取它。', 'media/loop-a.png 是循环指向自身的符号链接。', 'media/folder.png 是文件夹，不是文件。'],
    );
  });

  it('the quota’s folder scan passes over pushes that are pipes, devices, loops and folders', () => {
    const files = scanWorkspacePushes(dir).map((s) => path.basename(s.file));
    assert.deepStrictEqual(files, ['hostile.wxpush']);
    assert.deepStrictEqual(scanWorkspacePushes(dir, false).map((s) => path.basename(s.file)), ['hostile.wxpush']);
  });

  it('lint of one file scans its folder without blocking on a pipe or reading /dev/zero', async () => {
    const r = await cli('lint', path.join(dir, 'hostile.wxpush'));
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /is not a regular file/);
  });

  it('a .wxpushrc.json that is a pipe is passed over', () => {
    const found = findConfigFile(dir);
    assert.ok(found === undefined || path.dirname(found) !== dir, String(found));
  });

  it('naming a pipe, a device link or a link loop as a push: exit 2, said plainly', async () => {
    for (const [name, why] of [
      ['fifo.wxpush', 'not a regular file'],
      ['zero.wxpush', 'not a regular file'],
      ['loop1.wxpush', 'a symbolic link that loops'],
    ]) {
      const f = path.join(dir, name);
      for (const cmd of ['lint', 'outline', 'render']) {
        const r = await cli(cmd, f);
        assert.strictEqual(r.code, 2, `${cmd} ${name}: ${r.err}`);
        assert.ok(r.err.includes(why), `${cmd} ${name}: ${r.err}`);
      }
    }
  });
});

describe('a read that does not answer in time', () => {
  it('becomes a timeout, and the rule says the file could not be read in time (both languages)', async () => {
    const never = new Promise<never>(() => undefined);
    let told = false;
    await assert.rejects(
      withReadTimeout(never, '/net/slow.png', 20, () => (told = true)),
      (e: unknown) => e instanceof UnreadableFileError && e.reason === 'timeout' && e.file === '/net/slow.png',
    );
    assert.ok(told);
    assert.strictEqual(await withReadTimeout(Promise.resolve(7), 'x', 1000), 7);
    const reader = { info: async () => ({ exists: false, unreadable: 'timeout' as const }) };
    const en = await lintWithIO('@image slow.png\n', { media: reader }, { only: ['media-missing'] });
    assert.deepStrictEqual(en.map((p) => [p.span, p.message]), [[{ start: 7, end: 15 }, 'slow.png could not be read in time.']]);
    const zh = await lintWithIO('@image slow.png\n', { media: reader }, { only: ['media-missing'], locale: 'zh-cn' });
    assert.deepStrictEqual(zh.map((p) => p.message), ['slow.png 未能及时读取。']);
  });
});
