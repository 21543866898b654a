// 字段说明的简体中文版，与 schema.ts 中的 FRONT_MATTER_FIELDS、ITEM_FIELDS 一一对应（补全和悬停提示
// 使用）。schema.ts 仍是字段的唯一定义处；这里只有译文。
import type { ItemKind } from './model';
import { fieldSpec, type FieldSpec } from './schema';

export const FIELD_DESCRIPTIONS_ZH_CN: Readonly<Record<ItemKind | 'front-matter', Readonly<Record<string, string>>>> = {
  'front-matter': {
    account: '公众号的名称。',
    type: '账号类型：`subscription`（订阅号：进入订阅号消息，每天可群发 1 次）或 `service`（服务号：出现在聊天列表并有提醒，每月可群发 4 次）。',
    verified: '账号是否已认证。',
    avatar: '公众号头像图片，路径相对于此文件。',
    date: '计划群发日期：`YYYY-MM-DD`，可在后面加 `HH:mm`。',
    rules: '此文件的规则严重级别：规则 ID → `off`、`info`、`warning` 或 `error`。',
    theme: '此推送中文章的样式：主题名称（`default`、`classic`、`compact` 或 `.wxpush/theme.json` 中定义的主题），或由 `name`、`accentColor`、`fontSize`（14–18）、`lineHeight`、`headingStyle`、`codeStyle` 组成的映射。',
  },
  article: {
    title: '文章标题（覆盖 `@article` 后面的标题）。',
    author: '显示在标题下方的作者。',
    cover: '封面图片：头条裁剪为 2.35:1，其他位置和分享缩略图裁剪为 1:1。',
    digest: '单图文推送和聊天分享卡片上显示的摘要。',
    source: '文章末尾的“阅读原文”链接。',
    comments: '谁可以留言：`off`（关闭）、`all`（所有人）或 `followers`（仅关注者）。',
    original: '将文章声明为原创。',
  },
  text: {},
  image: {},
  audio: { title: '音频的标题。' },
  video: {
    title: '视频的标题。',
    description: '视频的描述。',
    cover: '视频的封面图片。',
  },
};

/** A field's one-line description in the display language (English from schema.ts otherwise). */
export function fieldDescription(kind: ItemKind | 'front-matter', spec: FieldSpec, locale: 'en' | 'zh-cn' = 'en'): string {
  return (locale === 'zh-cn' ? FIELD_DESCRIPTIONS_ZH_CN[kind][spec.key] : undefined) ?? spec.description;
}

/** The description of `key` in `kind`, or undefined for an unknown field. */
export function describeField(kind: ItemKind | 'front-matter', key: string, locale: 'en' | 'zh-cn' = 'en'): string | undefined {
  const spec = fieldSpec(kind, key);
  return spec && fieldDescription(kind, spec, locale);
}
