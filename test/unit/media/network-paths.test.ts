// Network (UNC) paths are remote: never resolved, stat'ed or read as local files (on Windows a
// check would contact the host and could hand it the user's login).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parsePush } from '../../../src/core/format/parse';
import { buildLinks, hoverAt } from '../../../src/core/language';
import { isNetworkPath, isRemotePath } from '../../../src/core/language/mediaPaths';
import type { MediaInfo, MediaReader } from '../../../src/core/media/types';
import { lintWithIO } from '../../../src/core/rules/gather';
import { collectMediaRefs } from '../../../src/core/rules/refs';
import { FsMediaReader } from '../../../src/node/mediaReader';

const NETWORK = ['//host/share/x.png', '\\\\host\\share\\x.png', '\\\\?\\UNC\\host\\share\\x.png', '%5C%5Chost%5Cshare%5Cx.png', '%2F%2Fhost/x.png', 'file://host/share/x.png', '/\\host\\x.png'];
const LOCAL = ['media/x.png', '/abs/x.png', 'C:\\pics\\x.png', 'c:/pics/x.png', '../x.png', 'file:///tmp/x.png', 'file://localhost/tmp/x.png', './/x.png'];

describe('network (UNC) paths', () => {
  it('are network paths and remote; local paths are neither', () => {
    for (const p of NETWORK) assert.deepStrictEqual([isNetworkPath(p), isRemotePath(p)], [true, true], p);
    for (const p of LOCAL) assert.strictEqual(isNetworkPath(p), false, p);
  });

  it('are remote media references (item, cover, body image)', () => {
    const doc = parsePush('@image //host/share/a.png\n\n@article T\ncover: \\\\host\\share\\c.png\n\n![x](//host/share/b.png)\n');
    assert.deepStrictEqual(
      collectMediaRefs(doc).map((r) => [r.path, r.remote]),
      [
        ['//host/share/a.png', true],
        ['\\\\host\\share\\c.png', true],
        ['//host/share/b.png', true],
      ],
    );
  });

  it('lint asks no reader about them and reports no missing file', async () => {
    const asked: string[] = [];
    const reader: MediaReader = { info: async (p): Promise<MediaInfo> => (asked.push(p), { exists: false }) };
    const text = '@image //host/share/a.png\n\n@audio \\\\host\\share\\b.mp3\n\n@image %5C%5Chost%5Cc.png\n';
    const problems = await lintWithIO(text, { media: reader }, { only: ['media-missing'] });
    assert.deepStrictEqual(asked, []);
    assert.deepStrictEqual(problems, []);
  });

  it('the Node reader refuses them without touching the file system', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-unc-'));
    try {
      // On POSIX `//host/x.png` would resolve to `/host/x.png`; it must not even be looked up.
      const reader = new FsMediaReader(dir);
      for (const p of NETWORK) await assert.rejects(reader.info(p), /not a local path/, p);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('get no file link and no media hover (following either would look the host up)', () => {
    const text = '@image //host/share/a.png\n\n@article T\ncover: \\\\host\\share\\c.png\n\n![x](//host/share/b.png) ![y](media/local.png)\n';
    const doc = parsePush(text);
    assert.deepStrictEqual(
      buildLinks(doc).filter((l) => l.target.type === 'file').map((l) => text.slice(l.span.start, l.span.end)),
      ['media/local.png'],
    );
    for (const p of ['//host/share/a.png', '\\\\host\\share\\c.png', '//host/share/b.png']) {
      const target = hoverAt(doc, text.indexOf(p) + 3);
      assert.ok(!target || target.type !== 'media', `${p}: ${JSON.stringify(target)}`);
    }
  });
});
