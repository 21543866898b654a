import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { buildPreview, FOLLOWING_SHOWN, type PreviewModel } from '../../../src/core/surfaces';

const build = (text: string, locale: 'en' | 'zh-cn' = 'en'): PreviewModel => buildPreview(parsePush(text), { locale });

const HEAD = '---\naccount: Crumb & Co.\ntype: service\ndate: 2026-12-02 08:30\n---\n';

describe('surfaces: the folded service-account box (服务号)', () => {
  it('one "服务号" row for every service account: the latest message under our name, our unread count, no notification', () => {
    const m = build(`${HEAD}@article First\ncover: media/a.jpg\n\nBody.\n\n@article Second\n\n@text\nHello\n`);
    const box = m.serviceBox;
    assert.strictEqual(box.row.name, 'Service Accounts');
    assert.strictEqual(box.row.preview, 'Crumb & Co.: Hello');
    assert.strictEqual(box.row.time, '08:30');
    assert.strictEqual(box.row.unread, 2, 'the article card and the text');
    assert.strictEqual(box.notifications, 0, 'a push is not a template message');
    assert.strictEqual(build(`${HEAD}@text\nHi\n`, 'zh-cn').serviceBox.row.name, '服务号');
  });

  it('关注 shows our push by its first article’s title and cover only; the other articles and items are hidden', () => {
    const m = build(`${HEAD}@article First\ncover: media/a.jpg\n\nBody.\n\n@article Second\n\n@article Third\n\n@text\nHello\n`);
    const ours = m.serviceBox.ours!;
    assert.strictEqual(ours.account.name, 'Crumb & Co.');
    assert.strictEqual(ours.time, '08:30');
    assert.deepStrictEqual(
      { itemIndex: ours.entry.itemIndex, kind: ours.entry.kind, title: ours.entry.title, cover: ours.entry.cover?.path, hidden: ours.entry.hidden },
      { itemIndex: 0, kind: 'articles', title: 'First', cover: 'media/a.jpg', hidden: 3 },
    );
    assert.strictEqual(m.serviceBox.otherPushes, FOLLOWING_SHOWN - 1, 'the block shows three pushes: ours and two others');
  });

  it('a push without articles is shown by its first message', () => {
    const text = build(`${HEAD}@text\n  Good morning [Smile]\nsecond line\n\n@image media/p.jpg\n`).serviceBox.ours!.entry;
    assert.deepStrictEqual({ kind: text.kind, title: text.title, hidden: text.hidden }, { kind: 'text', title: 'Good morning [Smile]', hidden: 1 });
    const image = build(`${HEAD}@image media/p.jpg\n`, 'zh-cn').serviceBox.ours!.entry;
    assert.deepStrictEqual({ kind: image.kind, title: image.title, cover: image.cover?.path }, { kind: 'image', title: '[图片]', cover: 'media/p.jpg' });
    const video = build(`${HEAD}@video media/v.mp4\ntitle: Clip\ncover: media/v.jpg\n`).serviceBox.ours!.entry;
    assert.deepStrictEqual({ kind: video.kind, title: video.title, cover: video.cover?.path }, { kind: 'video', title: '[Video] Clip', cover: 'media/v.jpg' });
    const voice = build(`${HEAD}@audio media/a.mp3\n`).serviceBox.ours!.entry;
    assert.deepStrictEqual({ kind: voice.kind, title: voice.title, cover: voice.cover }, { kind: 'voice', title: '[Voice]', cover: undefined });
  });

  it('an empty push: no entry of ours, no count, three other pushes', () => {
    const box = build(HEAD).serviceBox;
    assert.strictEqual(box.ours, undefined);
    assert.strictEqual(box.row.unread, undefined);
    assert.strictEqual(box.row.preview, '');
    assert.strictEqual(box.otherPushes, FOLLOWING_SHOWN);
  });
});
