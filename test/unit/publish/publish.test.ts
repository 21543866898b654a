import * as assert from 'assert';
import * as fs from 'fs';
import { publishPush } from '../../../src/node/publish';
import { clearTokenMemory } from '../../../src/node/wechat/token';
import { setup, type Env } from './helpers';

describe('publish: publishPush against the fake WeChat API', () => {
  let env: Env;
  beforeEach(async () => {
    clearTokenMemory();
    env = await setup();
  });
  afterEach(() => env.close());

  it('uploads covers and images once, adds one draft with every article in file order', async () => {
    const before = fs.readFileSync(env.file, 'utf8');
    const r = await publishPush(env.options());
    assert.strictEqual(r.action, 'created');
    assert.ok(r.draftMediaId);
    const draft = env.fake.state.drafts.get(r.draftMediaId!)!;
    assert.deepStrictEqual(draft.map((a) => a.title), ['First article', 'Second article']);
    // The cover is used twice, uploaded once; the jpg goes to uploadimg, the gif to material.
    assert.deepStrictEqual(r.uploads.map((u) => [u.path, u.kind, u.cached]), [
      ['cover.png', 'image', false],
      ['square.jpg', 'uploadimg', false],
      ['small.gif', 'image', false],
    ]);
    assert.strictEqual(env.fake.state.uploads, 3);
    const [a1, a2] = draft;
    assert.strictEqual(a1.author, 'Mei');
    assert.strictEqual(a1.digest, 'A short digest.');
    assert.strictEqual(a1.content_source_url, 'https://example.com/one');
    assert.deepStrictEqual([a1.need_open_comment, a1.only_fans_can_comment], [1, 1]);
    assert.deepStrictEqual([a2.need_open_comment, a2.only_fans_can_comment], [1, 0]);
    assert.strictEqual(a1.thumb_media_id, a2.thumb_media_id);
    assert.ok(env.fake.state.materials.has(a1.thumb_media_id));
    const jpgUrl = r.uploads[1].url!;
    assert.match(jpgUrl, /^http:\/\/mmbiz\.qpic\.cn\//);
    assert.ok(a1.content.includes(`src="${jpgUrl.replace(/&/g, '&amp;')}"`), a1.content);
    assert.ok(!a1.content.includes('square.jpg'));
    assert.ok(a2.content.includes(r.uploads[2].url!.replace(/&/g, '&amp;')));
    assert.ok(a2.content.includes('中文'));
    assert.match(r.previewUrl ?? '', new RegExp(`^${env.fake.url}/s\\?`));
    assert.deepStrictEqual(r.skipped.map((s) => [s.itemIndex, s.kind]), [[0, 'original'], [2, 'text']]);
    assert.strictEqual(fs.readFileSync(env.file, 'utf8'), before, 'the source file is never rewritten');
  });

  it('re-publishing an unchanged push uploads nothing and adds no draft', async () => {
    const first = await publishPush(env.options());
    const calls = env.fake.state.calls.length;
    const again = await publishPush(env.options());
    assert.strictEqual(again.action, 'unchanged');
    assert.strictEqual(again.draftMediaId, first.draftMediaId);
    assert.ok(again.uploads.every((u) => u.cached));
    assert.strictEqual(env.fake.state.uploads, 3);
    assert.strictEqual(env.fake.state.drafts.size, 1);
    assert.deepStrictEqual(env.fake.state.calls.slice(calls).map((c) => c.path), ['/cgi-bin/draft/get']);
  });
});
