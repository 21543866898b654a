import * as assert from 'assert';
import * as fs from 'fs';
import { publishPush, PublishRefused, uploadArticleImages, WeChatApiError } from '../../../src/node/publish';
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

describe('publish: drafts, caches and failures', () => {
  let env: Env;
  beforeEach(async () => {
    clearTokenMemory();
    env = await setup();
  });
  afterEach(() => env.close());

  const edit = (from: string, to: string) => fs.writeFileSync(env.file, fs.readFileSync(env.file, 'utf8').replace(from, to));

  it('a changed article is updated in place by index; the others are not sent', async () => {
    const first = await publishPush(env.options());
    edit('Second body', 'Changed second body');
    const r = await publishPush(env.options());
    assert.strictEqual(r.action, 'updated');
    assert.deepStrictEqual(r.updatedIndexes, [1]);
    assert.strictEqual(r.draftMediaId, first.draftMediaId);
    assert.strictEqual(env.fake.state.drafts.size, 1);
    assert.match(env.fake.state.drafts.get(r.draftMediaId!)![1].content, /Changed second body/);
    assert.strictEqual(env.fake.state.calls.filter((c) => c.path === '/cgi-bin/draft/update').length, 1);
    assert.strictEqual(env.fake.state.uploads, 3, 'nothing uploaded again');
  });

  it('an added, removed or reordered article, or --new-draft, makes a new draft and says why', async () => {
    const cases: [string, () => void, RegExp][] = [
      ['reordered', () => fs.writeFileSync(env.file, fs.readFileSync(env.file, 'utf8').replace(/(@article First[\s\S]*?)(@article Second[\s\S]*?)(@text)/, '$2$1$3')), /reordered/],
      ['added', () => edit('@text', '@article Third\ncover: cover.png\n\nThird body.\n\n@text'), /added/],
      ['removed', () => edit(/@article Third[\s\S]*?(?=@text)/.exec(fs.readFileSync(env.file, 'utf8'))![0], ''), /removed/],
    ];
    let previous = (await publishPush(env.options())).draftMediaId;
    for (const [name, change, note] of cases) {
      change();
      const r = await publishPush(env.options());
      assert.strictEqual(r.action, 'created', name);
      assert.notStrictEqual(r.draftMediaId, previous, name);
      assert.ok(r.notes.some((n) => note.test(n)), `${name}: ${r.notes.join(' | ')}`);
      assert.ok(r.notes.some((n) => n.includes(previous!)), 'the old draft is named, not deleted');
      previous = r.draftMediaId;
    }
    const forced = await publishPush(env.options({ newDraft: true }));
    assert.strictEqual(forced.action, 'created');
    assert.ok(forced.notes.some((n) => /--new-draft/.test(n)));
    assert.strictEqual(env.fake.state.drafts.size, 5);
    assert.deepStrictEqual(env.fake.state.drafts.get(forced.draftMediaId!)!.map((a) => a.title), ['Second article', 'First article']);
  });

  it('a draft deleted on WeChat (40007 on update) is replaced by a new one, said so', async () => {
    const first = await publishPush(env.options());
    env.fake.state.drafts.delete(first.draftMediaId!);
    edit('Hello', 'Hello again');
    const r = await publishPush(env.options());
    assert.strictEqual(r.action, 'replaced');
    assert.notStrictEqual(r.draftMediaId, first.draftMediaId);
    assert.ok(r.notes.some((n) => /no longer exists/.test(n)));
    assert.strictEqual(env.fake.state.drafts.size, 1);
  });

  it('an unchanged push whose draft was deleted gets a new draft (draft/get says 40007)', async () => {
    const first = await publishPush(env.options());
    env.fake.state.drafts.delete(first.draftMediaId!);
    const r = await publishPush(env.options());
    assert.strictEqual(r.action, 'replaced');
    assert.strictEqual(env.fake.state.drafts.size, 1);
    assert.ok(r.previewUrl);
  });

  it('40007 on a cached cover (deleted material): evicts, uploads again once, and the draft goes through', async () => {
    const first = await publishPush(env.options());
    const thumb = env.fake.state.drafts.get(first.draftMediaId!)![0].thumb_media_id;
    env.fake.deleteMaterial(thumb);
    const r = await publishPush(env.options({ newDraft: true }));
    assert.strictEqual(r.action, 'created');
    const newThumb = env.fake.state.drafts.get(r.draftMediaId!)![0].thumb_media_id;
    assert.notStrictEqual(newThumb, thumb);
    assert.ok(r.notes.some((n) => /uploaded again/.test(n)));
    assert.strictEqual(r.uploads.find((u) => u.path === 'cover.png')!.cached, false);
    assert.strictEqual(r.uploads.find((u) => u.path === 'square.jpg')!.cached, true, 'uploadimg URLs stay');
    assert.strictEqual(env.fake.state.calls.filter((c) => c.path === '/cgi-bin/draft/add' && c.errcode === 40007).length, 1);
    // The cache now holds the new id: the next publish is unchanged.
    assert.strictEqual((await publishPush(env.options())).action, 'unchanged');
  });

  it('40007 again after the re-upload is reported, not looped', async () => {
    await publishPush(env.options());
    env.fake.failNext('/cgi-bin/draft/add', 40007);
    env.fake.failNext('/cgi-bin/draft/add', 40007);
    await assert.rejects(publishPush(env.options({ newDraft: true })), (e: unknown) => e instanceof WeChatApiError && e.errcode === 40007);
    assert.strictEqual(env.fake.state.calls.filter((c) => c.path === '/cgi-bin/draft/add').length, 3);
  });

  it('a draft/add that times out after WeChat made the draft is found with batchget: never two drafts', async () => {
    env.fake.delayNext('/cgi-bin/draft/add', 1500);
    const r = await publishPush(env.options({ timeoutMs: 400 }));
    assert.strictEqual(r.action, 'created');
    assert.strictEqual(env.fake.state.drafts.size, 1);
    assert.ok(env.fake.state.drafts.has(r.draftMediaId!));
    assert.ok(r.notes.some((n) => /timed out/.test(n)));
    assert.deepStrictEqual(env.fake.state.calls.filter((c) => c.path.startsWith('/cgi-bin/draft/')).map((c) => c.path), ['/cgi-bin/draft/add', '/cgi-bin/draft/batchget', '/cgi-bin/draft/get']);
    const batch = env.fake.state.raw.find((x) => x.includes('/cgi-bin/draft/batchget'))!;
    assert.match(batch, /"no_content":1/);
  });

  it('a draft/add lost before WeChat saw it is added once more after batchget finds nothing', async () => {
    env.fake.dropBeforeNext('/cgi-bin/draft/add');
    const r = await publishPush(env.options());
    assert.strictEqual(r.action, 'created');
    assert.strictEqual(env.fake.state.drafts.size, 1);
    assert.deepStrictEqual(env.fake.state.calls.filter((c) => c.path.startsWith('/cgi-bin/draft/')).map((c) => c.path), ['/cgi-bin/draft/add', '/cgi-bin/draft/batchget', '/cgi-bin/draft/add', '/cgi-bin/draft/get']);
  });

  it('uploads at most three at a time', async () => {
    const png = fs.readFileSync(`${env.dir}/cover.png`);
    const images = Array.from({ length: 7 }, (_, i) => {
      env.write(`img${i}.png`, Buffer.concat([png, Buffer.from([i])]));
      return `![${i}](img${i}.png)`;
    });
    edit('Hello **world**.', images.join('\n\n'));
    for (let i = 0; i < 8; i++) env.fake.delayNext('/cgi-bin/media/uploadimg', 80);
    const steps: string[] = [];
    const r = await publishPush(env.options({ onProgress: (s) => steps.push(`${s.kind} ${s.done}/${s.total}`) }));
    assert.strictEqual(r.uploads.filter((u) => u.kind === 'uploadimg').length, 8);
    assert.strictEqual(env.fake.state.maxUploadsInFlight, 3);
    assert.ok(steps.includes('upload 10/10') && steps[0] === 'lint 1/1' && steps[steps.length - 1] === 'link 1/1', steps.join(', '));
  });

  it('lint errors refuse the publish before any request', async () => {
    edit('cover: cover.png\ncomments: all', 'cover: missing.png\ncomments: all');
    const err = await publishPush(env.options()).catch((e: unknown) => e as PublishRefused);
    assert.ok(err instanceof PublishRefused);
    assert.deepStrictEqual(err.problems.map((p) => [p.ruleId, p.line, p.column]), [['media-missing', 21, 8]]);
    assert.strictEqual(env.fake.state.calls.length, 0);
  });

  it('files the API cannot take are refused before any request, with their position', async () => {
    edit('rules: { image-format: off }', 'rules: { image-format: off, image-size: off }');
    edit('![a square](square.jpg)', '![webp](small.webp)');
    const err = await publishPush(env.options()).catch((e: unknown) => e as PublishRefused);
    assert.ok(err instanceof PublishRefused, String(err));
    assert.deepStrictEqual(err.problems.map((p) => [p.ruleId, p.line, p.column]), [['publish', 18, 9]]);
    assert.match(err.problems[0].message, /small\.webp is WEBP/);
    assert.strictEqual(env.fake.state.calls.length, 0);
  });

  it('a dry run needs no credentials, sends nothing and shows the payload with placeholders', async () => {
    const r = await publishPush(env.options({ dryRun: true, credentials: undefined }));
    assert.strictEqual(r.action, 'dry-run');
    assert.strictEqual(r.draftMediaId, undefined);
    assert.strictEqual(env.fake.state.calls.length, 0);
    assert.deepStrictEqual(r.uploads.map((u) => u.cached), [false, false, false]);
    assert.strictEqual(r.draft!.articles.length, 2);
    assert.ok(!r.draft!.articles[0].content.includes('square.jpg'));
    assert.ok(!fs.existsSync(env.cacheDir), 'a dry run writes no cache file');
    // With credentials and a cache, it shows what is cached, still without a request.
    await publishPush(env.options());
    const calls = env.fake.state.calls.length;
    const again = await publishPush(env.options({ dryRun: true }));
    assert.deepStrictEqual(again.uploads.map((u) => u.cached), [true, true, true]);
    assert.strictEqual(env.fake.state.calls.length, calls);
  });

  it('the articles keep digest, author and the source link; the content has no \\u escapes and passes the fake', async () => {
    const r = await publishPush(env.options());
    const body = env.fake.state.raw.find((x) => x.includes('/cgi-bin/draft/add'))!;
    assert.ok(!/(?<!\\)(?:\\\\)*\\u[0-9a-fA-F]{4}/.test(body), 'no \\u escape in the request body');
    assert.ok(body.includes('&#92;u4e2d'), 'a backslash in the text is a character reference');
    assert.ok(body.includes('中文'));
    assert.ok(r.draft!.sizes.every((s) => s.chars > 0 && s.bytes > 0));
  });
});

describe('publish: article images for Copy for WeChat, and relay mode', () => {
  let env: Env;
  beforeEach(async () => {
    clearTokenMemory();
    env = await setup({ relayKey: 'relay-key-abcdef' });
  });
  afterEach(() => env.close());

  it('uploadArticleImages maps each local image to its uploaded URL, from the cache when it can', async () => {
    const none = await uploadArticleImages(env.options({ cachedOnly: true }));
    assert.strictEqual(none.size, 0);
    assert.strictEqual(env.fake.state.calls.length, 0, 'cachedOnly sends nothing');
    const urls = await uploadArticleImages(env.options());
    assert.deepStrictEqual([...urls.keys()], ['square.jpg', 'small.gif']);
    assert.ok([...urls.values()].every((u) => u.startsWith('http://mmbiz.qpic.cn/')));
    const uploads = env.fake.state.uploads;
    const r = await publishPush(env.options());
    assert.strictEqual(env.fake.state.uploads, uploads + 1, 'only the cover is new: the images come from the cache');
    assert.strictEqual(r.uploads.find((u) => u.path === 'square.jpg')!.url, urls.get('square.jpg'));
    assert.deepStrictEqual(await uploadArticleImages(env.options({ cachedOnly: true })), urls);
  });

  it('publishes through a relay: no token fetch, no access_token in any request', async () => {
    const r = await publishPush(env.options({ credentials: { appId: 'wx0123456789abcdef', relay: { url: env.fake.url, key: 'relay-key-abcdef' } } }));
    assert.strictEqual(r.action, 'created');
    assert.strictEqual(env.fake.state.tokenFetches, 0);
    assert.ok(env.fake.state.raw.every((x) => !x.includes('access_token')));
    assert.ok(env.logs.every((l) => !l.includes('relay-key-abcdef')));
    assert.strictEqual((await publishPush(env.options({ credentials: { appId: 'wx0123456789abcdef', relay: { url: env.fake.url, key: 'relay-key-abcdef' } } }))).action, 'unchanged');
  });
});

describe('publish: 40007 on update when the draft still exists', () => {
  let env: Env;
  beforeEach(async () => {
    clearTokenMemory();
    env = await setup();
  });
  afterEach(() => env.close());

  it('a deleted cover is uploaded again and the same draft updated, not replaced', async () => {
    const first = await publishPush(env.options());
    const thumb = env.fake.state.drafts.get(first.draftMediaId!)![0].thumb_media_id;
    env.fake.deleteMaterial(thumb);
    fs.writeFileSync(env.file, fs.readFileSync(env.file, 'utf8').replace('Second body', 'New second body'));
    const r = await publishPush(env.options());
    assert.strictEqual(r.action, 'updated');
    assert.strictEqual(r.draftMediaId, first.draftMediaId);
    assert.deepStrictEqual(r.updatedIndexes, [0, 1], 'both articles use the new cover id');
    assert.strictEqual(env.fake.state.drafts.size, 1);
    assert.ok(r.notes.some((n) => /uploaded again/.test(n)) && !r.notes.some((n) => /no longer exists/.test(n)), r.notes.join(' | '));
    const draft = env.fake.state.drafts.get(r.draftMediaId!)!;
    assert.ok(env.fake.state.materials.has(draft[0].thumb_media_id) && env.fake.state.materials.has(draft[1].thumb_media_id));
    assert.strictEqual((await publishPush(env.options())).action, 'unchanged');
  });
});
