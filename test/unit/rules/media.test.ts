import * as assert from 'assert';
import * as path from 'path';
import { parsePush } from '../../../src/core/format/parse';
import { collectMediaRefs } from '../../../src/core/rules/refs';
import { lintWithIO } from '../../../src/core/rules/gather';
import { FsMediaReader } from '../../../src/node/mediaReader';
import type { MediaInfoLike } from '../../../src/core/rules/types';
import { covered, media, one, range, ranges, run } from './helpers';

const MB = 1024 * 1024;
const img = (format: string, size = 1000): MediaInfoLike => ({ exists: true, format, size, width: 100, height: 100 });

describe('media rules', () => {
  describe('collectMediaRefs', () => {
    it('lists avatar, covers, item media and body images with their spans', () => {
      const text = '---\navatar: me.png\n---\n@article A\ncover: c.jpg\n\n![x](body.png) <img src="inline.jpg"> ![r](https://cdn.example.com/r.png)\n\n@image i.gif\n\n@audio a.mp3\n\n@video v.mp4\ncover: vc.jpg\n';
      const doc = parsePush(text);
      const refs = collectMediaRefs(doc);
      assert.deepStrictEqual(
        refs.map((r) => [r.role, r.path, covered(doc, { span: r.span } as never), r.remote]),
        [
          ['avatar', 'me.png', 'me.png', false],
          ['cover', 'c.jpg', 'c.jpg', false],
          ['body-image', 'body.png', 'body.png', false],
          ['body-image', 'inline.jpg', 'inline.jpg', false],
          ['body-image', 'https://cdn.example.com/r.png', 'https://cdn.example.com/r.png', true],
          ['item', 'i.gif', 'i.gif', false],
          ['item', 'a.mp3', 'a.mp3', false],
          ['item', 'v.mp4', 'v.mp4', false],
          ['cover', 'vc.jpg', 'vc.jpg', false],
        ],
      );
    });
    it('finds body images with non-ASCII names and spaces (markdown-it percent-encodes them)', () => {
      const doc = parsePush('@article A\n\n![图](media/封面.png)\n\n![x](<media/my pic.png>)\n');
      const refs = collectMediaRefs(doc);
      assert.deepStrictEqual(refs.map((r) => [r.path, covered(doc, { span: r.span } as never)]), [
        ['media/封面.png', 'media/封面.png'],
        ['media/my pic.png', 'media/my pic.png'],
      ]);
    });
  });

  describe('media-missing', () => {
    it('flags every missing local file, and a media item without a file', () => {
      const text = '---\navatar: gone.png\n---\n@article A\ncover: gone.jpg\n\n![x](gone-body.png)\n\n@image\n\n@audio here.mp3\n';
      const ctx = { media: media({ 'gone.png': { exists: false }, 'gone.jpg': { exists: false }, 'gone-body.png': { exists: false }, 'here.mp3': { exists: true, format: 'mp3', size: 10 } }) };
      const { doc, problems } = run(text, 'media-missing', ctx);
      assert.deepStrictEqual(ranges(doc, problems), ['2:9-2:17', '5:8-5:16', '7:6-7:19', '9:1-9:7']);
      assert.strictEqual(problems[0].message, 'File not found: gone.png');
      assert.match(problems[3].message, /names no file/);
    });
    it('does not guess: unknown files and remote URLs are not reported', () => {
      assert.deepStrictEqual(run('@image x.png\n\n@image https://example.com/y.png\n', 'media-missing', { media: media({ 'https://example.com/y.png': { exists: false } }) }).problems, []);
    });
  });

  describe('image-format', () => {
    it('accepts bmp/png/jpeg/gif for image items and covers, only jpg/png in a body', () => {
      const text = '@image a.webp\n\n@image b.gif\n\n@article A\ncover: c.bmp\n\n![x](d.gif) ![y](e.png)\n';
      const ctx = { media: media({ 'a.webp': img('webp'), 'b.gif': img('gif'), 'c.bmp': img('bmp'), 'd.gif': img('gif'), 'e.png': img('png') }) };
      const { doc, problems } = run(text, 'image-format', ctx);
      assert.deepStrictEqual(ranges(doc, problems), ['1:8-1:14', '8:6-8:11']);
      assert.match(problems[0].message, /a\.webp is WEBP; covers and image messages must be BMP, PNG, JPEG or GIF/);
      assert.match(problems[1].message, /d\.gif is GIF; images inside an article must be JPG or PNG/);
    });
    it('reads the format from the header, not the extension', () => {
      const { problems } = run('@image photo.png\n', 'image-format', { media: media({ 'photo.png': img('webp') }) });
      assert.match(one(problems).message, /is WEBP/);
      const { problems: p2 } = run('@image notimage.png\n', 'image-format', { media: media({ 'notimage.png': { exists: true, size: 5 } }) });
      assert.match(one(p2).message, /not an image/);
    });
  });

  describe('image-size', () => {
    it('errs over 10 MB and warns over 2 MB for items; errs at 1 MB in a body', () => {
      const text = '@image big.png\n\n@image mid.png\n\n@image ok.png\n\n@article A\n\n![x](body.png) ![y](small.png)\n';
      const ctx = { media: media({ 'big.png': img('png', 10 * MB + 1), 'mid.png': img('png', 3 * MB), 'ok.png': img('png', 2 * MB), 'body.png': img('png', MB), 'small.png': img('png', MB - 1) }) };
      const { doc, problems } = run(text, 'image-size', ctx);
      assert.deepStrictEqual(ranges(doc, problems), ['1:8-1:15', '3:8-3:15', '9:6-9:14']);
      assert.deepStrictEqual(problems.map((p) => p.severity), ['error', 'warning', 'error']);
      assert.match(problems[0].message, /10\.0 MB/);
    });
  });

  describe('audio-limits', () => {
    it('checks format, 2 MB and 60 seconds', () => {
      const text = '@audio a.ogg\n\n@audio b.mp3\n\n@audio c.wav\n\n@audio ok.amr\n';
      const ctx = { media: media({ 'a.ogg': { exists: true, format: 'ogg', size: 10 }, 'b.mp3': { exists: true, format: 'mp3', size: 3 * MB, durationSeconds: 30 }, 'c.wav': { exists: true, format: 'wav', size: 100, durationSeconds: 61 }, 'ok.amr': { exists: true, format: 'amr', size: 100, durationSeconds: 60 } }) };
      const { doc, problems } = run(text, 'audio-limits', ctx);
      assert.deepStrictEqual(ranges(doc, problems), ['1:8-1:13', '3:8-3:13', '5:8-5:13']);
      assert.deepStrictEqual(problems.map((p) => p.message), ['a.ogg is OGG; audio must be MP3, WMA, WAV or AMR.', 'b.mp3 is 3.0 MB; audio must be at most 2 MB.', 'c.wav plays for 61 s; audio must be at most 60 seconds.']);
    });
  });

  describe('video-limits', () => {
    it('checks MP4 and 10 MB', () => {
      const text = '@video a.webm\n\n@video b.mp4\n\n@video ok.mp4\n';
      const ctx = { media: media({ 'a.webm': { exists: true, format: 'webm', size: 10 }, 'b.mp4': { exists: true, format: 'mp4', size: 11 * MB }, 'ok.mp4': { exists: true, format: 'mp4', size: 10 * MB } }) };
      const { doc, problems } = run(text, 'video-limits', ctx);
      assert.deepStrictEqual(ranges(doc, problems), ['1:8-1:14', '3:8-3:13']);
    });
    it('checks a video’s cover as a thumbnail: JPG of at most 64 KB (an article cover may be larger)', () => {
      const text = '@video v.mp4\ncover: big.jpg\n\n@video w.mp4\ncover: ok.jpg\n\n@video x.mp4\ncover: c.png\n\n@article A\ncover: big.jpg\n';
      const ctx = {
        media: media({
          'v.mp4': { exists: true, format: 'mp4', size: MB },
          'w.mp4': { exists: true, format: 'mp4', size: MB },
          'x.mp4': { exists: true, format: 'mp4', size: MB },
          'big.jpg': { exists: true, format: 'jpg', size: 64 * 1024 + 1, width: 900, height: 383 },
          'ok.jpg': { exists: true, format: 'jpg', size: 64 * 1024, width: 900, height: 383 },
          'c.png': { exists: true, format: 'png', size: 1000, width: 900, height: 383 },
        }),
      };
      const { doc, problems } = run(text, 'video-limits', ctx);
      assert.deepStrictEqual(ranges(doc, problems), ['2:8-2:15', '8:8-8:13']);
      assert.deepStrictEqual(problems.map((p) => p.message), [
        'big.jpg is 65,537 bytes; a video’s cover is uploaded as a thumbnail, which must be at most 64 KB (65,536 bytes).',
        'c.png is PNG; a video’s cover is uploaded as a thumbnail, which must be JPG.',
      ]);
    });
  });

  describe('remote-media', () => {
    it('warns on http(s) images in articles, not on WeChat-hosted ones', () => {
      const text = '@article A\ncover: https://example.com/c.png\n\n![x](https://example.com/a.png) ![y](https://mmbiz.qpic.cn/abc/0)\n';
      const { doc, problems } = run(text, 'remote-media');
      assert.deepStrictEqual(ranges(doc, problems), ['2:8-2:33', '4:6-4:31']);
    });
  });

  describe('with real files (Node reader)', () => {
    it('reads formats, sizes and durations from test/fixtures/media', async () => {
      const dir = path.resolve(__dirname, '../../../../test/fixtures/media');
      const text = [
        '---', 'type: service', 'account: A', '---',
        '@article A', 'cover: cover-235x100.png', '', '![x](small.gif) ![y](square-120.jpg) ![z](nope.png)', '',
        '@article B', 'cover: square-120.jpg', '',
        '@audio tone-65s.mp3', '', '@audio tone-2s.wma', '', '@audio tone-2s.amr', '',
        '@video clip-2s.webm', '', '@video clip-2s.mp4', '',
      ].join('\n');
      const problems = await lintWithIO(text, { media: new FsMediaReader(dir) }, { only: ['media-missing', 'image-format', 'image-size', 'audio-limits', 'video-limits', 'cover-aspect'] });
      const doc = parsePush(text);
      assert.deepStrictEqual(
        problems.map((p) => `${range(doc, p)} ${p.ruleId}`),
        ['8:6-8:15 image-format', '8:43-8:51 media-missing', '13:8-13:20 audio-limits', '19:8-19:20 video-limits'],
      );
      assert.match(problems[2].message, /plays for 65 s/);
    });
  });
});
