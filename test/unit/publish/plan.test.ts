import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { articleHash, decideDraft, findReconciledDraft, type DraftRecord } from '../../../src/core/publish/draft';
import { protectBackslashes, wechatJson } from '../../../src/core/publish/json';
import { articleMedia, buildDraft, draftProblems, messageMedia, planUploads, skippedItems, uploadKey, useId } from '../../../src/core/publish/plan';
import { PUBLISH_TEXTS } from '../../../src/core/publish/texts';
import type { DraftArticle, MediaFile } from '../../../src/core/publish/types';
import { defaultCacheDir } from '../../../src/node/publish';

const file = (path: string, format: string | undefined, bytes = 1000, sha = path): MediaFile => ({ path, format, bytes, sha256: `sha-${sha}` });

describe('publish planning (pure)', () => {
  const doc = parsePush(
    [
      '---',
      'account: A',
      '---',
      '@article One',
      'cover: c.png',
      'original: true',
      '',
      '![x](a.jpg) ![y](b.gif) ![z](a.jpg) ![big](big.png) ![w](w.webp) ![remote](https://example.com/r.png)',
      '',
      '@article Two',
      'cover: c.png',
      'comments: off',
      'source: https://example.com/2',
      '',
      'Body.',
      '',
      '@image pic.bmp',
      '',
      '@audio tone.mp3',
      '',
      '@video v.mp4',
      '',
      '@text',
      'Hi',
    ].join('\n'),
  );
  const files = new Map<string, MediaFile>([
    ['c.png', file('c.png', 'png', 2000)],
    ['a.jpg', file('a.jpg', 'jpg', 500_000)],
    ['b.gif', file('b.gif', 'gif', 3_000_000)],
    ['big.png', file('big.png', 'png', 2 * 1024 * 1024)],
    ['w.webp', file('w.webp', 'webp')],
    ['pic.bmp', file('pic.bmp', 'bmp', 5000)],
    ['tone.mp3', file('tone.mp3', 'mp3', 3 * 1024 * 1024)],
  ]);
  const media = articleMedia(doc);

  it('finds covers and local images per article, once each, with their positions', () => {
    assert.deepStrictEqual(media.map((a) => [a.cover?.path, a.images.map((i) => i.path)]), [
      ['c.png', ['a.jpg', 'b.gif', 'big.png', 'w.webp']],
      ['c.png', []],
    ]);
    const a = media[0].images[0];
    assert.strictEqual(doc.text.slice(a.span!.start, a.span!.end), 'a.jpg');
    assert.deepStrictEqual(media[0].remoteImages, ['https://example.com/r.png']);
    assert.deepStrictEqual(messageMedia(doc).map((m) => [m.path, m.itemIndex]), [['pic.bmp', 2], ['tone.mp3', 3]]);
  });

  it('routes each file to its endpoint: jpg/png < 1 MB → uploadimg, gif/bmp/large → material, others refused with their place', () => {
    const plan = planUploads({ doc, appId: 'wxA', uses: [...media.flatMap((m) => [m.cover!, ...m.images]), ...messageMedia(doc)], media: (p) => files.get(p), cached: () => undefined });
    assert.deepStrictEqual(plan.uploads.map((u) => [u.path, u.kind, u.uses.length]), [
      ['c.png', 'image', 2],
      ['a.jpg', 'uploadimg', 1],
      ['b.gif', 'image', 1],
      ['big.png', 'image', 1],
      ['pic.bmp', 'image', 1],
    ]);
    assert.deepStrictEqual(plan.problems.map((p) => [p.line, p.column, p.message]), [
      [8, 58, 'Image w.webp is WEBP: images inside an article must be JPG or PNG (under 1 MB), or GIF/BMP up to 10 MB'],
      [19, 8, 'tone.mp3 is 3.00 MB; the limit for it is 2.00 MB'],
    ]);
  });

  it('keys the cache by AppID, kind and the bytes’ hash, and reports cached entries', () => {
    assert.strictEqual(uploadKey('wxA', 'uploadimg', 'abc'), 'wxA/uploadimg/abc');
    assert.strictEqual(uploadKey('wxA', 'image', 'abc'), 'wxA/material:image/abc');
    const key = uploadKey('wxA', 'image', 'sha-c.png');
    const plan = planUploads({ doc, appId: 'wxA', uses: [media[0].cover!], media: (p) => files.get(p), cached: (k) => (k === key ? { mediaId: 'M1', uploadedAt: 1 } : undefined) });
    assert.deepStrictEqual(plan.uploads[0].cached, { mediaId: 'M1', uploadedAt: 1 });
    const other = planUploads({ doc, appId: 'wxB', uses: [media[0].cover!], media: (p) => files.get(p), cached: (k) => (k === key ? { mediaId: 'M1', uploadedAt: 1 } : undefined) });
    assert.strictEqual(other.uploads[0].cached, undefined, 'another account does not share the cache');
    const missing = planUploads({ doc, appId: 'wxA', uses: [media[0].cover!], media: () => undefined, cached: () => undefined });
    assert.deepStrictEqual(missing.problems.map((p) => p.message), ['File not found: c.png']);
  });

  it('builds the payload: uploaded URLs in img src, fields mapped, comments off → 0/0', () => {
    const urls: Record<string, string> = { 'a.jpg': 'http://mmbiz.qpic.cn/A/0?from=appmsg', 'b.gif': 'http://mmbiz.qpic.cn/B/0' };
    const built = buildDraft({ doc, media, imageUrl: (u) => urls[u.path], coverMediaId: () => 'THUMB' });
    const [one, two] = built.articles;
    assert.ok(one.content.includes('src="http://mmbiz.qpic.cn/A/0?from=appmsg"'));
    assert.strictEqual(one.content.split('mmbiz.qpic.cn/A/').length - 1, 2, 'both uses of a.jpg');
    assert.ok(one.content.includes('src="big.png"'), 'an image without an upload keeps its path');
    assert.deepStrictEqual(two, { title: 'Two', content: two.content, content_source_url: 'https://example.com/2', thumb_media_id: 'THUMB', need_open_comment: 0, only_fans_can_comment: 0 });
    assert.deepStrictEqual(built.problems, []);
    assert.deepStrictEqual(skippedItems(doc).map((s) => [s.itemIndex, s.kind]), [[0, 'original'], [2, 'image'], [3, 'audio'], [4, 'video'], [5, 'text']]);
  });

  it('refuses content over 20,000 characters after rendering, and pushes without articles or covers', () => {
    const long = parsePush(`@article Long\ncover: c.png\n\n${'字'.repeat(20001)}\n`);
    const built = buildDraft({ doc: long, media: articleMedia(long), imageUrl: () => undefined, coverMediaId: () => 'T' });
    assert.match(built.problems[0].message, /20,001 characters/);
    assert.deepStrictEqual(built.sizes[0].chars, 20001);
    const none = parsePush('@text\nhi\n');
    assert.match(draftProblems(none, articleMedia(none))[0].message, /no @article/);
    const noCover = parsePush('@article T\n\nBody\n');
    assert.deepStrictEqual(draftProblems(noCover, articleMedia(noCover)).map((p) => [p.line, p.column]), [[1, 1]]);
  });

  it('decides update, unchanged or a new draft from titles and payload hashes', () => {
    const art = (title: string, content = 'c'): DraftArticle => ({ title, content, thumb_media_id: 'T' });
    const prev: DraftRecord = { mediaId: 'D', titles: ['A', 'B'], hashes: [articleHash(art('A')), articleHash(art('B'))], updatedAt: 0 };
    assert.deepStrictEqual(decideDraft(undefined, [art('A')]), { kind: 'add', reason: 'first' });
    assert.deepStrictEqual(decideDraft(prev, [art('A'), art('B')]), { kind: 'unchanged', mediaId: 'D' });
    assert.deepStrictEqual(decideDraft(prev, [art('A'), art('B')], { newDraft: true }), { kind: 'add', reason: 'new-draft' });
    assert.deepStrictEqual(decideDraft(prev, [art('A'), art('B', 'new')]), { kind: 'update', mediaId: 'D', indexes: [1] });
    assert.deepStrictEqual(decideDraft(prev, [art('A renamed'), art('B')]), { kind: 'update', mediaId: 'D', indexes: [0] });
    assert.deepStrictEqual(decideDraft(prev, [art('B'), art('A')]), { kind: 'add', reason: 'reordered' });
    assert.deepStrictEqual(decideDraft(prev, [art('A'), art('B'), art('C')]), { kind: 'add', reason: 'added' });
    assert.deepStrictEqual(decideDraft(prev, [art('A')]), { kind: 'add', reason: 'removed' });
  });

  it('reconciles a lost draft/add by titles in order and update time', () => {
    const items = [
      { media_id: 'old', update_time: 100, content: { news_item: [{ title: 'A' }, { title: 'B' }] } },
      { media_id: 'other', update_time: 500, content: { news_item: [{ title: 'B' }, { title: 'A' }] } },
      { media_id: 'new', update_time: 500, content: { news_item: [{ title: 'A' }, { title: 'B' }] } },
    ];
    assert.strictEqual(findReconciledDraft(items, ['A', 'B'], 499), 'new');
    assert.strictEqual(findReconciledDraft(items, ['A', 'B'], 1000), undefined);
    assert.strictEqual(findReconciledDraft(items, ['A'], 0), undefined);
  });

  it('writes JSON without \\u escapes: control characters dropped, lone surrogates replaced', () => {
    const s = wechatJson({ title: '标题 😀 \u0001\u001f\ud800 "q" \n', skip: undefined, n: 1 });
    assert.strictEqual(s, '{"title":"标题 😀 \ufffd \\"q\\" \\n","n":1}');
    assert.ok(!/\\u[0-9a-f]{4}/i.test(s));
    assert.strictEqual(protectBackslashes('<p>a\\u4e2d</p>'), '<p>a&#92;u4e2d</p>');
  });

  it('has every text in both languages with the same placeholders', () => {
    const en = PUBLISH_TEXTS.en;
    const zh = PUBLISH_TEXTS['zh-cn'];
    assert.deepStrictEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      assert.deepStrictEqual(ph(zh[k]), ph(en[k]), k);
      assert.ok(/[\u4e00-\u9fff]/.test(zh[k]), k);
    }
  });

  it('uses one id per use of a file', () => {
    assert.notStrictEqual(useId({ itemIndex: 0, role: 'cover', path: 'a' }), useId({ itemIndex: 0, role: 'body-image', path: 'a' }));
  });

  it('puts the cache in WXPUSH_CACHE_DIR, else the user’s cache folder', () => {
    assert.strictEqual(defaultCacheDir({ WXPUSH_CACHE_DIR: '/tmp/x' }, 'linux', '/home/u'), '/tmp/x');
    assert.strictEqual(defaultCacheDir({ XDG_CACHE_HOME: '/c' }, 'linux', '/home/u'), '/c/wxpush');
    assert.strictEqual(defaultCacheDir({}, 'linux', '/home/u'), '/home/u/.cache/wxpush');
    assert.strictEqual(defaultCacheDir({}, 'darwin', '/Users/u'), '/Users/u/Library/Caches/wxpush');
  });
});
