// The words publishing adds to its result (notes, skipped items, refusals) in both languages.
import type { PublishLocale } from './errors';

const EN = {
  'skip.text': '@text is a message of its own, not part of a draft; send it with a phone preview or in the Official Account platform',
  'skip.image': '@image is a message of its own, not part of a draft; send it with a phone preview or in the Official Account platform',
  'skip.audio': '@audio is a message of its own, not part of a draft; send it with a phone preview or in the Official Account platform',
  'skip.video': '@video cannot go through the API: videos uploaded through it are not reviewed and cannot be mass-sent; upload it in the Official Account platform',
  'skip.original': 'original: true cannot be set through the API; declare originality in the Official Account platform before sending',
  'note.new-draft': 'a new draft was made because --new-draft was given',
  'note.added': 'a new draft was made because articles were added (a draft cannot gain articles)',
  'note.removed': 'a new draft was made because articles were removed (a draft cannot lose articles)',
  'note.reordered': 'a new draft was made because articles were reordered (a draft cannot be reordered)',
  'note.gone': 'the previous draft no longer exists on WeChat (deleted or sent), so a new draft was made',
  'note.reconciled': 'draft/add timed out; the draft it made was found in the draft box and kept (no second draft)',
  'note.evicted': 'WeChat no longer knew {count} cached upload(s); they were uploaded again',
  'note.old-draft': 'the previous draft {mediaId} is still in the draft box; delete it there if you no longer need it',
  'note.no-link': 'the draft’s preview link could not be read: {reason}',
  'note.remote-image': 'image {src} is not on WeChat’s servers; WeChat filters it out of article {n}',
  'problem.format.body': 'Image {path} is {format}: images inside an article must be JPG or PNG (under 1 MB), or GIF/BMP up to 10 MB',
  'problem.format.cover': 'Cover {path} is {format}: covers must be JPG, PNG, GIF or BMP',
  'problem.format.image': 'Image {path} is {format}: image messages must be JPG, PNG, GIF or BMP',
  'problem.format.voice': 'Audio {path} is {format}: audio messages must be MP3, WMA, WAV or AMR',
  'problem.size': '{path} is {size}; the limit for it is {limit}',
  'problem.missing': 'File not found: {path}',
  'problem.no-cover': 'Article {n} has no cover: WeChat needs one for every article (cover:)',
  'problem.no-articles': 'There is no @article to publish',
  'problem.too-many': 'A draft holds at most 8 articles; this push has {count}',
  'problem.content-chars': 'Article {n} is {chars} characters after rendering; WeChat takes fewer than 20,000',
  'problem.content-bytes': 'Article {n} is {bytes} of HTML after rendering; WeChat takes less than 1 MB',
  'problem.preview-quota': 'Phone previews are limited to 100 a day; {used} were sent today and this needs {needed}',
  'problem.unknown-format': 'unknown format',
} as const;

export type PublishTextKey = keyof typeof EN;

const ZH: Record<PublishTextKey, string> = {
  'skip.text': '@text 是单独的消息，不属于草稿；请用手机预览发送，或在公众平台发送',
  'skip.image': '@image 是单独的消息，不属于草稿；请用手机预览发送，或在公众平台发送',
  'skip.audio': '@audio 是单独的消息，不属于草稿；请用手机预览发送，或在公众平台发送',
  'skip.video': '@video 无法通过接口发送：接口上传的视频不经审核，不能群发；请在公众平台上传',
  'skip.original': '接口无法设置 original: true；请在群发前于公众平台声明原创',
  'note.new-draft': '因指定了 --new-draft，已新建草稿',
  'note.added': '因新增了文章，已新建草稿（草稿无法增加文章）',
  'note.removed': '因删除了文章，已新建草稿（草稿无法删除文章）',
  'note.reordered': '因调整了文章顺序，已新建草稿（草稿无法调整顺序）',
  'note.gone': '之前的草稿在微信上已不存在（已删除或已发送），已新建草稿',
  'note.reconciled': 'draft/add 超时；已在草稿箱中找到它创建的草稿并保留（没有重复创建）',
  'note.evicted': '微信已找不到 {count} 个缓存的上传，已重新上传',
  'note.old-draft': '之前的草稿 {mediaId} 仍在草稿箱中；如不再需要，请在公众平台删除',
  'note.no-link': '无法读取草稿的预览链接：{reason}',
  'note.remote-image': '图片 {src} 不在微信的服务器上，会被微信从第 {n} 篇文章中过滤',
  'problem.format.body': '图片 {path} 是 {format} 格式：文章内图片须为 JPG 或 PNG（小于 1 MB），或不超过 10 MB 的 GIF/BMP',
  'problem.format.cover': '封面 {path} 是 {format} 格式：封面须为 JPG、PNG、GIF 或 BMP',
  'problem.format.image': '图片 {path} 是 {format} 格式：图片消息须为 JPG、PNG、GIF 或 BMP',
  'problem.format.voice': '音频 {path} 是 {format} 格式：语音消息须为 MP3、WMA、WAV 或 AMR',
  'problem.size': '{path} 大小为 {size}，上限为 {limit}',
  'problem.missing': '找不到文件：{path}',
  'problem.no-cover': '第 {n} 篇文章没有封面：微信要求每篇文章都有封面（cover:）',
  'problem.no-articles': '没有可发布的 @article',
  'problem.too-many': '一个草稿最多 8 篇文章；此推送有 {count} 篇',
  'problem.content-chars': '第 {n} 篇文章渲染后有 {chars} 字；微信要求少于 2 万字',
  'problem.content-bytes': '第 {n} 篇文章渲染后的 HTML 为 {bytes}；微信要求小于 1 MB',
  'problem.preview-quota': '手机预览每天最多 100 次；今天已发送 {used} 次，本次需要 {needed} 次',
  'problem.unknown-format': '未知格式',
};

export const PUBLISH_TEXTS: Record<PublishLocale, Record<PublishTextKey, string>> = { en: EN, 'zh-cn': ZH };

export function publishText(locale: PublishLocale | undefined, key: PublishTextKey, data: Record<string, string | number> = {}): string {
  const template = PUBLISH_TEXTS[locale === 'zh-cn' ? 'zh-cn' : 'en'][key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in data ? String(data[name]) : m));
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
