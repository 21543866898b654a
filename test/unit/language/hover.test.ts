import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { hoverAt, mediaHover, type HoverTarget, type InfoHover, type MediaTarget } from '../../../src/core/language';
import { SPEC_EXAMPLE, offsetOf, textOf } from './helpers';

function info(t: HoverTarget | undefined): InfoHover {
  assert.ok(t && t.type === 'info', `expected an info hover, got ${JSON.stringify(t)}`);
  return t as InfoHover;
}
function media(t: HoverTarget | undefined): MediaTarget {
  assert.ok(t && t.type === 'media', `expected a media target, got ${JSON.stringify(t)}`);
  return t as MediaTarget;
}

describe('language: hover', () => {
  const doc = parsePush(SPEC_EXAMPLE);

  it('explains an article directive: what it is, that it can be shared, and where a subscription push lands', () => {
    const h = info(hoverAt(doc, offsetOf(doc, '@article', 3)));
    assert.strictEqual(textOf(doc, h.span), '@article');
    assert.match(h.markdown, /only content followers can share: to a chat, to Moments and to outside platforms such as QQ, Qzone, OneNote and Evernote/);
    assert.match(h.markdown, /does not follow the account can still read a shared article, and repost it to Moments/);
    assert.match(h.markdown, /\*\*Subscription\*\* folder \(订阅号消息\), without a notification/);
    assert.match(h.markdown, /red dot on the avatar counts the unread posts/);
    assert.match(h.markdown, /1 mass send a day/);
    assert.doesNotMatch(h.markdown, /chat list/);
  });

  it('explains a text directive for a service account: followers only, chat list with a notification, bytes used', () => {
    const svc = parsePush('---\ntype: service\n---\n@text 你好\n');
    const h = info(hoverAt(svc, offsetOf(svc, '@text', 1)));
    assert.match(h.markdown, /Only followers receive it, and it cannot be shared/);
    assert.match(h.markdown, /ordinary chat message/);
    assert.match(h.markdown, /directly in the follower’s \*\*chat list\*\*, with a notification/);
    assert.match(h.markdown, /4 mass sends a calendar month/);
    assert.match(h.markdown, /This message: 6 of 2,048 bytes\./);
  });

  it('describes both account types when the type is not set', () => {
    const none = parsePush('@image a.png');
    const h = info(hoverAt(none, 2));
    assert.match(h.markdown, /Subscription\*\* folder/);
    assert.match(h.markdown, /chat list/);
    assert.match(h.markdown, /bmp, png, jpeg, jpg, gif · ≤ 10 MB/);
  });

  it('gives a title its limit and the characters used, counting CJK and emoji once', () => {
    const d = parsePush('@article Behind the scenes\ntitle: 公众号推送是什么？🙂\nauthor: Ashley\n');
    const arg = info(hoverAt(d, offsetOf(d, 'Behind', 2)));
    assert.match(arg.markdown, /32 recommended \/ 64 max characters — 10 used/);
    assert.match(arg.markdown, /A `title:` field overrides this title\./);
    const title = info(hoverAt(d, offsetOf(d, 'title:', 1)));
    assert.strictEqual(textOf(d, title.span), 'title: 公众号推送是什么？🙂');
    assert.match(title.markdown, /^\*\*title\*\* — The article title/);
    assert.match(title.markdown, /32 recommended \/ 64 max characters — 10 used$/);
    const author = info(hoverAt(d, offsetOf(d, 'Ashley', 1)));
    assert.match(author.markdown, /8 recommended \/ 16 max characters — 6 used$/);
    const plain = parsePush('@article Behind the scenes\n');
    assert.match(info(hoverAt(plain, 12)).markdown, /— 17 used$/);
  });

  it('counts an emoji with a modifier, a flag or a family as one character in length hovers', () => {
    const d = parsePush('@article 我❤️🇨🇳\ntitle: 周末👍🏻\nauthor: 👨‍👩‍👧小编\ndigest: ❤️❤️\n');
    assert.match(info(hoverAt(d, offsetOf(d, '我'))).markdown, /— 3 used/);
    assert.match(info(hoverAt(d, offsetOf(d, 'title:', 1))).markdown, /— 3 used$/);
    assert.match(info(hoverAt(d, offsetOf(d, 'author:', 1))).markdown, /— 3 used$/);
    assert.match(info(hoverAt(d, offsetOf(d, 'digest:', 1))).markdown, /— 2 used$/);
  });

  it('says when a length is over the recommended or the maximum', () => {
    const d = parsePush(`@article ${'x'.repeat(40)}\ndigest: ${'y'.repeat(130)}\n`);
    assert.match(info(hoverAt(d, 12)).markdown, /40 used \(over the recommended length\)/);
    assert.match(info(hoverAt(d, offsetOf(d, 'digest'))).markdown, /120 recommended \/ 128 max characters — 130 used \(over the maximum\)/);
  });

  it('describes other fields and front-matter keys from the schema, and flags unknown ones', () => {
    assert.match(info(hoverAt(doc, offsetOf(doc, 'source:', 2))).markdown, /\*\*source\*\* — The “Read more” \(阅读原文\) link/);
    const type = info(hoverAt(doc, offsetOf(doc, 'subscription', 3)));
    assert.match(type.markdown, /^\*\*type: subscription\*\*/);
    assert.match(info(hoverAt(parsePush('@image a.png\ncolour: red'), 15)).markdown, /\*\*colour\*\* is not a field of image items\./);
  });

  it('returns media targets for item paths, covers, the avatar and body images, but not for URLs', () => {
    const img = media(hoverAt(doc, offsetOf(doc, 'media/poster.png', 3)));
    assert.deepStrictEqual([img.path, img.media, img.role, textOf(doc, img.span)], ['media/poster.png', 'image', 'item', 'media/poster.png']);
    const audio = media(hoverAt(doc, offsetOf(doc, 'episode-41.mp3')));
    assert.deepStrictEqual([audio.media, audio.role], ['audio', 'item']);
    const cover = media(hoverAt(doc, offsetOf(doc, 'media/cover.jpg', 1)));
    assert.deepStrictEqual([cover.path, cover.media, cover.role], ['media/cover.jpg', 'image', 'cover']);
    const videoCover = media(hoverAt(doc, offsetOf(doc, 'clip-cover.jpg')));
    assert.deepStrictEqual([videoCover.path, videoCover.media, videoCover.role, textOf(doc, videoCover.span)], ['media/clip-cover.jpg', 'image', 'video-cover', 'media/clip-cover.jpg']);
    const avatar = media(hoverAt(doc, offsetOf(doc, 'avatar.png')));
    assert.deepStrictEqual([avatar.path, avatar.role], ['media/avatar.png', 'avatar']);
    const body = parsePush('@article A\n\nText ![x](media/inline.png) and\n\n```\n![y](code.png)\n```\n');
    const ref = media(hoverAt(body, offsetOf(body, 'inline')));
    assert.deepStrictEqual([ref.path, ref.role], ['media/inline.png', 'body']);
    assert.strictEqual(hoverAt(body, offsetOf(body, 'code.png')), undefined);
    assert.strictEqual(hoverAt(parsePush('@image https://example.com/a.png'), 12), undefined);
  });

  it('describes a media file: format, dimensions, size, the limits of its slot and a thumbnail', () => {
    const md = mediaHover({ path: 'media/poster.png', media: 'image', role: 'item' }, { exists: true, format: 'png', width: 1080, height: 1920, size: 245760 }, { thumbnailUri: 'file:///w/media/poster.png' });
    assert.strictEqual(
      md,
      '**poster.png** — PNG · 1080 × 1920 · 240 KB\n\nImage item: bmp, png, jpeg, jpg, gif · ≤ 10 MB ✓\n\n![poster.png](file:///w/media/poster.png|width=90,height=160)',
    );
  });

  it('gives a video’s cover the thumbnail limits: JPG of at most 64 KB', () => {
    const big = mediaHover({ path: 'v.jpg', media: 'image', role: 'video-cover' }, { exists: true, format: 'jpg', width: 900, height: 500, size: 70000 });
    assert.match(big, /^\*\*v\.jpg\*\* — JPG · 900 × 500 · 68\.4 KB\n\nVideo cover \(uploaded as a thumbnail\): jpg, jpeg · ≤ 64 KB — too large$/);
    const png = mediaHover({ path: 'v.png', media: 'image', role: 'video-cover' }, { exists: true, format: 'png', size: 1000 }, { locale: 'zh-cn' });
    assert.match(png, /视频封面（以缩略图上传）.*PNG/);
  });

  it('flags a body image in a format or size WeChat does not take, a long audio, and a missing file', () => {
    const gif = mediaHover({ path: 'a.gif', media: 'image', role: 'body' }, { exists: true, format: 'gif', size: 2 * 1024 * 1024 });
    assert.match(gif, /Body image: jpg, png · < 1 MB — GIF is not accepted; too large$/);
    const audio = mediaHover({ path: 'ep.mp3', media: 'audio', role: 'item' }, { exists: true, format: 'mp3', size: 1000, durationSeconds: 75 });
    assert.match(audio, /^\*\*ep\.mp3\*\* — MP3 · 1:15 min · 1000 B/);
    assert.match(audio, /≤ 60 s — too long$/);
    const cover = mediaHover({ path: 'c.jpg', media: 'image', role: 'cover' }, { exists: true, format: 'jpg', width: 900, height: 383, size: 50000 });
    assert.match(cover, /Cropped to 2\.35:1 for the headline and 1:1 .* \(this image is 2\.35:1\)\./);
    assert.strictEqual(mediaHover({ path: 'media/none.png', media: 'image', role: 'item' }, { exists: false }), '**none.png** — file not found (`media/none.png`, relative to this file).');
  });
});

describe('language: hover on disable comments', () => {
  const doc = parsePush('@article A\n\n<!-- wxpush-disable title-length no-such-rule -->\n');
  const options = {
    describeRule: (id: string) => (id === 'title-length' ? 'Article titles within the limits.' : undefined),
    ruleDocsUrl: (id: string) => `https://example.com/rules/${id}.md`,
  };

  it('describes a rule id with a link to its page, and says when an id is no rule', () => {
    const known = info(hoverAt(doc, offsetOf(doc, 'title-length', 2), options));
    assert.strictEqual(textOf(doc, known.span), 'title-length');
    assert.strictEqual(known.markdown, '**title-length** — Article titles within the limits.\n\n[Documentation](https://example.com/rules/title-length.md)');
    assert.strictEqual(info(hoverAt(doc, offsetOf(doc, 'no-such'), options)).markdown, '**no-such-rule** is not a wxpush rule.');
  });

  it('says nothing about rule ids without a rule catalogue', () => {
    assert.strictEqual(hoverAt(doc, offsetOf(doc, 'title-length', 2)), undefined);
  });
});
