import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError, findConfigFile, parseConfigText } from '../../../src/node/config';
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
      fs.writeFileSync(path.join(dir, '.wxpushrc.json'), '{}');
      assert.strictEqual(findConfigFile(path.join(dir, 'a/b')), path.join(dir, '.wxpushrc.json'));
      fs.writeFileSync(path.join(dir, 'a/.wxpushrc.json'), '{}');
      assert.strictEqual(findConfigFile(path.join(dir, 'a/b')), path.join(dir, 'a/.wxpushrc.json'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
