import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { previewsUsedToday, PublishRefused, sendPhonePreview, WeChatApiError } from '../../../src/node/publish';
import { clearTokenMemory } from '../../../src/node/wechat/token';
import { startFakeWechat } from '../../support/fakeWechat';
import { APP_ID, ROOT, setup, type Env } from './helpers';

const PUSH = `---
account: Test Account
type: service
date: 2026-12-05
rules: { send-quota: off }
---

@article Only article
cover: cover.png

Body.

@text
Good morning!

@image cover.png

@audio tone.mp3
title: A tone

@video clip.mp4
title: A clip
`;

describe('publish: sendPhonePreview', () => {
  let env: Env;
  beforeEach(async () => {
    clearTokenMemory();
    env = await setup({ verified: true }, PUSH);
    fs.copyFileSync(path.join(ROOT, 'test/fixtures/media/clip-2s.mp4'), path.join(env.dir, 'clip.mp4'));
  });
  afterEach(() => env.close());

  it('sends the articles as one mpnews, @text as text, @image as image and @audio as voice; @video is explained', async () => {
    const r = await sendPhonePreview({ ...env.options(), towxname: 'my_wechat_id' });
    assert.deepStrictEqual(r.sent, [
      { itemIndex: 0, msgtype: 'mpnews' },
      { itemIndex: 1, msgtype: 'text' },
      { itemIndex: 2, msgtype: 'image' },
      { itemIndex: 3, msgtype: 'voice' },
    ]);
    assert.deepStrictEqual(r.explained.map((e) => e.itemIndex), [4]);
    assert.match(r.explained[0].reason, /not reviewed/);
    assert.strictEqual(r.usedToday, 4);
    const [mpnews, text, image, voice] = env.fake.state.previews;
    assert.strictEqual(mpnews.towxname, 'my_wechat_id');
    assert.ok(env.fake.state.drafts.has(mpnews.mpnews.media_id), 'mpnews is the draft');
    assert.deepStrictEqual(text.text, { content: 'Good morning!' });
    assert.strictEqual(env.fake.state.materials.get(image.image.media_id)?.type, 'image');
    assert.strictEqual(env.fake.state.materials.get(voice.voice.media_id)?.type, 'voice');
    // The cover and the @image are the same bytes: one upload serves both.
    assert.strictEqual(env.fake.state.calls.filter((c) => c.path === '/cgi-bin/material/add_material').length, 2);
    assert.ok(!env.fake.state.calls.some((c) => /sendall|freepublish/.test(c.path)), 'nothing is mass-sent or published');
    assert.strictEqual(previewsUsedToday(path.join(env.cacheDir, 'preview-count.json'), APP_ID), 4);
  });

  it('counts against 100 a day per account and refuses before sending past it', async () => {
    const countFile = path.join(env.dir, 'count.json');
    const d = new Date();
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    fs.writeFileSync(countFile, JSON.stringify({ [APP_ID]: { day, count: 97 } }));
    const err = await sendPhonePreview({ ...env.options(), towxname: 'me', countFile }).catch((e: unknown) => e);
    assert.ok(err instanceof PublishRefused);
    assert.match(err.problems[0].message, /100 a day; 97 were sent today and this needs 4/);
    assert.strictEqual(env.fake.state.calls.length, 0);
    fs.writeFileSync(countFile, JSON.stringify({ [APP_ID]: { day: '2000-01-01', count: 99 } }));
    const r = await sendPhonePreview({ ...env.options(), towxname: 'me', countFile });
    assert.strictEqual(r.usedToday, 4, 'yesterday’s count does not carry over');
  });

  it('an unverified account gets 48001 with advice about verification', async () => {
    await env.fake.close();
    env.fake = await startFakeWechat({ appId: APP_ID, appSecret: 'secret-0123456789abcdef0123456789', verified: false });
    const err = await sendPhonePreview({ ...env.options(), towxname: 'me' }).catch((e: unknown) => e);
    assert.ok(err instanceof WeChatApiError);
    assert.strictEqual(err.errcode, 48001);
    assert.match(err.advice('en'), /verified/);
    assert.match(err.advice('zh-cn'), /认证/);
  });

  it('an invalid WeChat ID (40132) is reported with what to check', async () => {
    env.fake.failNext('/cgi-bin/message/mass/preview', 40132, 'invalid weixin name');
    const err = await sendPhonePreview({ ...env.options(), towxname: 'nobody' }).catch((e: unknown) => e);
    assert.ok(err instanceof WeChatApiError && err.errcode === 40132);
    assert.match(err.advice('en'), /WeChat ID/);
    assert.strictEqual(env.fake.state.calls.filter((c) => c.path === '/cgi-bin/message/mass/preview').length, 1, 'a preview is never sent twice by itself');
  });
});
