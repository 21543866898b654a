import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../../../src/core/format';
import { buildPreview, countByItem, labelsFor, LABEL_KEYS, normalizeLocale, type PreviewModel, type SurfaceOptions } from '../../../src/core/surfaces';

const ROOT = path.resolve(__dirname, '../../../..');
const build = (text: string, o: SurfaceOptions = {}): PreviewModel => buildPreview(parsePush(text), o);

const MIXED = `---
account: Crumb & Co.
type: service
avatar: media/avatar.png
date: 2026-12-02 08:30
---

@article First
cover: media/a.jpg
digest: The digest.

Body one.

@text
Hello [Smile] and [微笑] but not [link] or [x]
second line

@article Second
cover: media/b.jpg

@image media/photo.jpg

@audio media/voice.mp3
title: Voice note

@video media/clip.mp4
title: Clip
cover: media/clip.jpg

@article Third

@article Fourth
`;

describe('surfaces: buildPreview', () => {
  it('service account: delivers in chats, every article in one card at the first article’s place', () => {
    const m = build(MIXED);
    assert.strictEqual(m.delivery, 'chats');
    assert.strictEqual(m.account.type, 'service');
    assert.deepStrictEqual(
      m.chats.messages.map((x) => x.kind),
      ['articles', 'text', 'image', 'voice', 'video'],
    );
    const card = m.chats.messages[0];
    assert.ok(card.kind === 'articles');
    assert.deepStrictEqual(card.itemIndexes, [0, 2, 6, 7]);
    assert.strictEqual(card.headline.title, 'First');
    assert.deepStrictEqual(card.rows.map((r) => r.title), ['Second', 'Third', 'Fourth']);
    assert.strictEqual(card.rows[1].cover, undefined, 'no cover → no picture');
    assert.strictEqual(card.digest, undefined, 'a multi-article push has no digest');
    // Chat list row: unread = messages; preview = the latest message.
    assert.strictEqual(m.chats.row.unread, 5);
    assert.strictEqual(m.chats.row.muted, true, 'service accounts are muted by default');
    assert.strictEqual(m.chats.row.preview, '[Video] Clip');
    assert.strictEqual(m.chats.row.time, '08:30');
    assert.strictEqual(m.chats.banner.title, 'Crumb & Co.');
  });

  it('a single-article push shows its digest on the chat card', () => {
    const m = build('---\ntype: service\n---\n@article Only\ndigest: Short summary.\n\nBody.\n');
    const card = m.chats.messages[0];
    assert.ok(card.kind === 'articles');
    assert.strictEqual(card.digest, 'Short summary.');
  });

  it('subscription folder: one row with a dot and no count; ours first with unread posts; second article as a row, the rest as "N more"', () => {
    const m = build(MIXED.replace('type: service', 'type: subscription'));
    assert.strictEqual(m.delivery, 'subscriptions');
    const row = m.subscriptions.row;
    assert.strictEqual(row.name, 'Subscriptions');
    assert.strictEqual(row.dot, true);
    assert.strictEqual(row.unread, undefined);
    assert.strictEqual(row.preview, 'Crumb & Co.: [Video] Clip');
    assert.strictEqual(m.subscriptions.accounts[0].ours, true);
    assert.strictEqual(m.subscriptions.accounts[0].unread, 8, 'every item is an unread post');
    assert.ok(m.subscriptions.accounts.slice(1).every((a) => !a.ours && a.unread === undefined));
    const card = m.subscriptions.cards[0];
    assert.ok(card.kind === 'articles');
    assert.deepStrictEqual(card.rows.map((r) => r.title), ['Second']);
    assert.strictEqual(card.more, 2);
    assert.deepStrictEqual(card.moreIndexes, [6, 7]);
    assert.ok(!('digest' in card), 'the folder shows no digest');
  });

  it('two articles fold nothing', () => {
    const m = build('@article A\n\n@article B\n');
    const card = m.subscriptions.cards[0];
    assert.ok(card.kind === 'articles');
    assert.strictEqual(card.more, 0);
    assert.strictEqual(card.rows.length, 1);
  });

  it('without a type the preview assumes a subscription account and says so', () => {
    const m = build('@text hi\n');
    assert.strictEqual(m.account.declaredType, undefined);
    assert.strictEqual(m.delivery, 'subscriptions');
    assert.strictEqual(m.account.name, 'Your account');
  });

  it('Moments: articles travel as title + thumbnail, every other item is blocked with its reason', () => {
    const m = build(MIXED);
    const posts = m.moments.posts;
    assert.deepStrictEqual(
      posts.map((p) => p.kind),
      ['link', 'blocked', 'link', 'blocked', 'blocked', 'blocked', 'link', 'link'],
    );
    const first = posts[0];
    assert.ok(first.kind === 'link');
    assert.deepStrictEqual(Object.keys(first).sort(), ['itemIndex', 'kind', 'thumb', 'title'], 'no description on a Moments card');
    const audio = posts[4];
    assert.ok(audio.kind === 'blocked');
    assert.strictEqual(audio.itemKind, 'audio');
    assert.match(audio.reason, /cannot be forwarded to Moments/);
    assert.strictEqual(audio.label, '[Voice] Voice note');
  });

  it('share cards: the digest when set, else the first 54 characters of the body', () => {
    const long = 'Ｏｎｅ 二三四五六七八九十'.repeat(6) + ' tail that is cut';
    const m = build(`@article With\ndigest: Given digest.\n\nIgnored body.\n\n@article Without\n\n${long}\n\n@article Empty\n`);
    const [a, b, c] = m.moments.shareCards;
    assert.deepStrictEqual([a.description, a.descriptionSource], ['Given digest.', 'digest']);
    assert.strictEqual(b.descriptionSource, 'auto');
    assert.strictEqual(Array.from(b.description).length, 54);
    assert.ok(long.startsWith(b.description));
    assert.deepStrictEqual([c.description, c.descriptionSource], ['', 'none']);
  });

  it('the auto digest counts an emoji as one character and skips markup', () => {
    const body = '**Bold** 😀 ' + 'x'.repeat(100);
    const m = build(`@article A\n\n${body}\n`);
    const d = m.moments.shareCards[0].description;
    assert.strictEqual(Array.from(d).length, 54);
    assert.ok(d.startsWith('Bold 😀 xxx'));
  });

  it('text bubbles mark WeChat emoji codes and keep everything else as text', () => {
    const m = build(MIXED);
    const t = m.chats.messages[1];
    assert.ok(t.kind === 'text');
    assert.strictEqual(t.text, 'Hello [Smile] and [微笑] but not [link] or [x]\nsecond line');
    assert.deepStrictEqual(
      t.segments.filter((s) => s.emoji).map((s) => s.text),
      ['[Smile]', '[微笑]'],
    );
    assert.strictEqual(t.segments.map((s) => s.text).join(''), t.text);
  });

  it('counts per item index reach every surface through the item refs; lines point at the directives', () => {
    const m = build(MIXED, { counts: [{ errors: 2, warnings: 0 }, undefined, { errors: 0, warnings: 3 }] });
    assert.deepStrictEqual(m.items[0].counts, { errors: 2, warnings: 0 });
    assert.deepStrictEqual(m.items[1].counts, { errors: 0, warnings: 0 });
    assert.deepStrictEqual(m.items[2].counts, { errors: 0, warnings: 3 });
    const lines = MIXED.split('\n');
    for (const ref of m.items) assert.ok(lines[ref.line].startsWith('@' + ref.kind), `line ${ref.line}`);
  });

  it('media go through the resolver; missing files are flagged with their path', () => {
    const m = build(MIXED, { resolveMedia: (p) => (p.includes('b.jpg') || p.includes('voice') ? { missing: true } : { src: 'res://' + p, missing: false }) });
    assert.deepStrictEqual(m.account.avatar, { path: 'media/avatar.png', src: 'res://media/avatar.png', missing: false });
    const card = m.chats.messages[0];
    assert.ok(card.kind === 'articles');
    assert.deepStrictEqual(card.rows[0].cover, { path: 'media/b.jpg', missing: true });
    const voice = m.chats.messages[3];
    assert.ok(voice.kind === 'voice');
    assert.strictEqual(voice.media?.missing, true);
  });

  it('the article page carries title, author, date, source, comment setting, original and the rendered body', () => {
    const text = '---\naccount: A\ndate: 2026-11-25 20:00\n---\n@article T\nauthor: Me\nsource: https://example.com\ncomments: followers\noriginal: true\n\nHello\n\n@article U\ncomments: bogus\n';
    const m = build(text, { renderBody: (item) => ({ html: `<p>body ${item.index}</p>`, text: 'body' }) });
    const [p, q] = m.articles;
    assert.strictEqual(p.title, 'T');
    assert.strictEqual(p.author, 'Me');
    assert.strictEqual(p.account, 'A');
    assert.strictEqual(p.date, 'Nov 25, 2026 20:00');
    assert.strictEqual(p.source, 'https://example.com');
    assert.strictEqual(p.comments, 'followers');
    assert.strictEqual(p.original, true);
    assert.strictEqual(p.html, '<p>body 0</p>');
    assert.strictEqual(q.comments, 'off');
    assert.strictEqual(q.original, false);
    assert.strictEqual(q.source, undefined);
  });

  it('Chinese labels and dates follow WeChat’s client', () => {
    const m = build(MIXED.replace('type: service', 'type: subscription').replace('08:30', ''), { locale: 'zh-cn' });
    assert.strictEqual(m.subscriptions.row.name, '订阅号消息');
    assert.strictEqual(m.labels.readMore, '阅读原文');
    assert.strictEqual(m.labels.nMore, '余下 {n} 篇');
    assert.strictEqual(m.labels.moments, '朋友圈');
    assert.strictEqual(m.labels.cannotShare, '无法分享');
    assert.strictEqual(m.time, '12月2日');
    assert.strictEqual(m.articles[0].date, '2026年12月2日');
    assert.strictEqual(m.chats.row.preview, '[视频] Clip');
  });

  it('every label exists in both languages and differs where it is a word', () => {
    const en = labelsFor('en');
    const zh = labelsFor('zh-cn');
    for (const k of LABEL_KEYS) {
      assert.ok(en[k] && zh[k], k);
      assert.notStrictEqual(en[k], zh[k], k);
    }
    assert.strictEqual(normalizeLocale('zh-cn'), 'zh-cn');
    assert.strictEqual(normalizeLocale('zh-CN'), 'zh-cn');
    assert.strictEqual(normalizeLocale('en-us'), 'en');
    assert.strictEqual(normalizeLocale(undefined), 'en');
  });

  it('never throws on odd documents', () => {
    for (const t of ['', '---\n', '@article', '@video\n', '@text\n\n', '---\ntype: [1\n---\n@image <>', '@article\ncover:\ndigest: 5\n']) {
      assert.doesNotThrow(() => build(t), JSON.stringify(t));
    }
    const empty = build('');
    assert.strictEqual(empty.chats.messages.length, 0);
    assert.strictEqual(empty.chats.row.unread, 0);
    assert.strictEqual(empty.subscriptions.row.dot, false);
  });

  it('the examples build (real renderer, real files)', () => {
    const dir = path.join(ROOT, 'examples');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.wxpush')) : [];
    for (const f of files) {
      const m = build(fs.readFileSync(path.join(dir, f), 'utf8'));
      assert.strictEqual(m.items.length, m.moments.posts.length, f);
    }
  });
});

describe('surfaces: countByItem', () => {
  const text = '---\ntype: service\n---\nloose\n@article A\ncover: x.jpg\n\nBody\n\n@text hi\n\n@image a.png\n';
  const doc = parsePush(text);
  const at = (s: string) => text.indexOf(s);
  it('gives each problem to the item that holds its start; infos, hints and problems before the first item count nowhere', () => {
    const counts = countByItem(doc, [
      { start: at('type'), severity: 'error' },
      { start: at('loose'), severity: 'warning' },
      { start: at('@article'), severity: 'error' },
      { start: at('x.jpg'), severity: 'warning' },
      { start: at('Body'), severity: 'warning' },
      { start: at('hi'), severity: 'info' },
      { start: at('@text') - 1, severity: 'error' },
      { start: at('a.png'), severity: 'hint' },
      { start: text.length, severity: 'error' },
    ]);
    assert.deepStrictEqual(counts, [
      { errors: 2, warnings: 2 },
      { errors: 0, warnings: 0 },
      { errors: 1, warnings: 0 },
    ]);
  });
  it('a document without items has no counts', () => {
    assert.deepStrictEqual(countByItem(parsePush('---\n---\n'), [{ start: 0, severity: 'error' }]), []);
  });
});
