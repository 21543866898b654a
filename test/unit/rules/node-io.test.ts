import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError, configSearchDirs, findConfigFile, parseConfigText } from '../../../src/node/config';
import { expandGlob, globToRegExp } from '../../../src/node/files';

describe('node IO for the CLI', () => {
  it('globs: *, ?, ** and {a,b}', () => {
    const re = (g: string) => globToRegExp(g);
    assert.ok(re('*.wxpush').test('a.wxpush'));
    assert.ok(!re('*.wxpush').test('d/a.wxpush'));
    assert.ok(re('**/*.wxpush').test('a.wxpush'));
    assert.ok(re('**/*.wxpush').test('d/e/a.wxpush'));
    assert.ok(re('day-?.wxpush').test('day-1.wxpush'));
    assert.ok(re('*.{wxpush,md}').test('x.md'));
    assert.ok(!re('*.{wxpush,md}').test('x.txt'));
    assert.ok(re('a+b(1).wxpush').test('a+b(1).wxpush'));
  });

  it('expands a glob from its static prefix, in name order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-glob-'));
    try {
      for (const f of ['p/b.wxpush', 'p/a.wxpush', 'p/q/c.wxpush', 'p/node_modules/n.wxpush', 'x.wxpush']) {
        fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        fs.writeFileSync(path.join(dir, f), '');
      }
      assert.deepStrictEqual(expandGlob('p/*.wxpush', dir), ['p/a.wxpush', 'p/b.wxpush']);
      assert.deepStrictEqual(expandGlob('p/**/*.wxpush', dir), ['p/a.wxpush', 'p/b.wxpush', 'p/q/c.wxpush']);
      assert.deepStrictEqual(expandGlob('*.wxpush', dir), ['x.wxpush']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads .wxpushrc.json leniently (case, false) and rejects broken JSON clearly', () => {
    assert.deepStrictEqual(parseConfigText('\uFEFF{ "rules": { "media": "Warning", "share": false, "x": "loud" } }'), { media: 'warning', share: 'off' });
    assert.throws(() => parseConfigText('{ rules: }', 'a/.wxpushrc.json'), (e: Error) => e instanceof ConfigError && /a\/\.wxpushrc\.json is not valid JSON/.test(e.message));
    assert.throws(() => parseConfigText('[]'), /must hold a JSON object/);
  });

  it('finds the nearest .wxpushrc.json upward', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-rc-'));
    try {
      fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true });
      fs.mkdirSync(path.join(dir, '.git'));
      fs.writeFileSync(path.join(dir, '.wxpushrc.json'), '{}');
      assert.strictEqual(findConfigFile(path.join(dir, 'a/b')), path.join(dir, '.wxpushrc.json'));
      fs.writeFileSync(path.join(dir, 'a/.wxpushrc.json'), '{}');
      assert.strictEqual(findConfigFile(path.join(dir, 'a/b')), path.join(dir, 'a/.wxpushrc.json'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('looks for .wxpushrc.json up to the repository root, else the working directory, else only the file’s folder', () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-rc-stop-')));
    try {
      const mk = (rel: string) => fs.mkdirSync(path.join(dir, rel), { recursive: true });
      mk('repo/a/b');
      mk('repo/.git');
      mk('plain/a/b');
      fs.writeFileSync(path.join(dir, '.wxpushrc.json'), '{}');
      // In a repository: up to its root, never above it (the one in `dir` is outside).
      assert.deepStrictEqual(configSearchDirs(path.join(dir, 'repo/a/b')), [path.join(dir, 'repo/a/b'), path.join(dir, 'repo/a'), path.join(dir, 'repo')]);
      assert.strictEqual(findConfigFile(path.join(dir, 'repo/a/b')), undefined);
      fs.writeFileSync(path.join(dir, 'repo/.wxpushrc.json'), '{}');
      assert.strictEqual(findConfigFile(path.join(dir, 'repo/a/b')), path.join(dir, 'repo/.wxpushrc.json'));
      // A worktree's .git is a file: a root too.
      mk('wt/x');
      fs.writeFileSync(path.join(dir, 'wt/.git'), 'gitdir: elsewhere\n');
      assert.deepStrictEqual(configSearchDirs(path.join(dir, 'wt/x')), [path.join(dir, 'wt/x'), path.join(dir, 'wt')]);
      // Outside a repository: up to the working directory when the file is under it…
      assert.deepStrictEqual(configSearchDirs(path.join(dir, 'plain/a/b'), path.join(dir, 'plain')), [path.join(dir, 'plain/a/b'), path.join(dir, 'plain/a'), path.join(dir, 'plain')]);
      assert.strictEqual(findConfigFile(path.join(dir, 'plain/a/b'), path.join(dir, 'plain')), undefined);
      // …else only the file's own folder.
      assert.deepStrictEqual(configSearchDirs(path.join(dir, 'plain/a/b'), path.join(dir, 'repo')), [path.join(dir, 'plain/a/b')]);
      assert.strictEqual(findConfigFile(path.join(dir, 'plain/a/b')), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
