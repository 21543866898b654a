// The editor features in Simplified Chinese: the same builders, the display language passed in.
import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { buildCompletions, buildSymbols, deliverySummary, hoverAt, mediaHover, statusAt, type InfoHover } from '../../../src/core/language';
import { offsetOf } from '../language/helpers';

const PUSH = '---\naccount: 示例\ntype: subscription\ndate: 2026-11-25\n---\n\n@article 标题\ncover: c.png\n\n正文。\n\n@article 第二篇\n\n@text 你好\n';

describe('i18n: editor features in Chinese', () => {
  const doc = parsePush(PUSH);

  it('the delivery CodeLens in WeChat’s words', () => {
    const s = deliverySummary(doc, { today: '2026-11-25', locale: 'zh-cn' });
    assert.strictEqual(s.title, '订阅号 · 今天群发 2 次（每天限 1 次） · 进入“订阅号消息”，无提醒 · 2 篇文章可分享 · 1 条文字消息仅关注者可收到');
    assert.match(s.tooltip, /订阅号\*\*每天可群发 1 次\*\*/);
    const en = deliverySummary(doc, { today: '2026-11-25' });
    assert.strictEqual(en.title, 'Subscription account · 2 mass sends today (1 allowed a day) · lands in the Subscription folder, no notification · 2 articles shareable · 1 text message followers-only');
    const service = deliverySummary(parsePush('---\ntype: service\n---\n@image a.png\n@video v.mp4\n@audio a.mp3'), { locale: 'zh-cn' });
    assert.strictEqual(service.title, '服务号 · 本月群发 3 次（共 4 次） · 直接出现在聊天列表，有提醒 · 1 条图片消息、1 条语音消息和 1 条视频消息仅关注者可收到');
  });

  it('the status bar for an article and for the push', () => {
    assert.strictEqual(statusAt(doc, offsetOf(doc, '正文'), 'zh-cn').text, '标题 2/64 · 正文 11/20,000');
    assert.strictEqual(statusAt(doc, 0, 'zh-cn').text, '3 个条目 · 2 次群发');
    assert.match(statusAt(doc, 0, 'zh-cn').tooltip, /^此推送有 3 个条目，需要 2 次群发/);
  });

  it('hovers on a directive, a title, a field, a front-matter key and a media file', () => {
    const at = (needle: string, delta = 1) => hoverAt(doc, offsetOf(doc, needle, delta), { locale: 'zh-cn' }) as InfoHover;
    const article = at('@article').markdown;
    assert.match(article, /^\*\*@article\*\*\n\n\*\*图文消息\*\*/);
    assert.match(article, /限制：每次推送最多 8 篇文章/);
    assert.match(at('标题').markdown, /建议 32 字以内 \/ 最多 64 字 — 已用 2 字/);
    assert.match(at('account').markdown, /\*\*account\*\* — 公众号的名称。/);
    assert.match(at('@text').markdown, /本条消息：6 \/ 2,048 字节。/);
    const missing = mediaHover({ path: 'c.png', media: 'image', role: 'cover' }, { exists: false }, { locale: 'zh-cn' });
    assert.strictEqual(missing, '**c.png** — 找不到文件（`c.png`，相对于此文件）。');
    const big = mediaHover({ path: 'a.gif', media: 'image', role: 'body' }, { exists: true, format: 'gif', size: 2 * 1024 * 1024 }, { locale: 'zh-cn' });
    assert.match(big, /正文图片：jpg, png · < 1 MB — 不支持 GIF；文件过大/);
  });

  it('completion details and field documentation', () => {
    const fresh = parsePush('---\n\n---\n');
    const keys = buildCompletions(fresh, 4, { locale: 'zh-cn' });
    const type = keys.find((e) => e.label === 'type')!;
    assert.strictEqual(type.detail, '前置元数据');
    assert.match(type.documentation!, /^账号类型：`subscription`（订阅号/);
    const directives = buildCompletions(parsePush(''), 0, { locale: 'zh-cn' });
    assert.deepStrictEqual(directives.map((e) => e.detail), ['新建图文消息', '新建文字消息', '新建图片消息', '新建语音消息', '新建视频消息']);
    assert.strictEqual(directives[0].insertText, '@article ${1:标题}\nauthor: ${2:作者}\ncover: ${3:media/cover.jpg}\ndigest: ${4:一句话摘要，显示在分享卡片上。}\n\n${0:正文，使用 Markdown。}');
    assert.strictEqual(directives[4].insertText, '@video ${1:media/video.mp4}\ntitle: ${2:标题}\ndescription: ${3:描述}\ncover: ${4:media/video-cover.jpg}');
    assert.strictEqual(buildCompletions(parsePush(''), 0)[0].insertText, '@article ${1:Title}\nauthor: ${2:Author}\ncover: ${3:media/cover.jpg}\ndigest: ${4:One sentence for share cards.}\n\n${0:Body in markdown.}');
  });

  it('outline details', () => {
    const [push] = buildSymbols(doc, 'zh-cn');
    assert.strictEqual(push.detail, '订阅号 · 3 个条目 · 2 次群发');
    assert.deepStrictEqual(push.children.map((c) => c.detail), ['图文消息', '图文消息', '文字消息']);
  });
});
