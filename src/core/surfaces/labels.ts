// Every word the preview shows, in English and in Simplified Chinese as WeChat's own client words
// it (订阅号消息, 朋友圈, 阅读原文, 余下 N 篇 …), so a Chinese-speaking author recognises each place.
export type Locale = 'en' | 'zh-cn';

const TABLE = {
  chats: ['Chats', '微信'],
  subscriptions: ['Subscriptions', '订阅号消息'],
  moments: ['Moments', '朋友圈'],
  article: ['Article', '文章'],
  chatList: ['Chat list', '聊天列表'],
  conversation: ['Conversation', '聊天'],
  back: ['Back', '返回'],
  now: ['now', '现在'],
  readMore: ['Read more', '阅读原文'],
  nMore: ['{n} more', '余下 {n} 篇'],
  writeComment: ['Write a comment', '写留言'],
  comments: ['Comments', '留言'],
  commentsAll: ['Everyone can comment', '所有人可留言'],
  commentsFollowers: ['Only followers can comment', '仅关注者可留言'],
  commentsOff: ['Comments are off', '留言已关闭'],
  original: ['Original', '原创'],
  cannotShare: ['Cannot be shared', '无法分享'],
  reasonText: ['A text message has no link, so it cannot be forwarded to Moments. Only articles travel.', '文字消息没有链接，无法分享到朋友圈。只有文章可以转发。'],
  reasonImage: ['An image message has no link, so it cannot be forwarded to Moments. Only articles travel.', '图片消息没有链接，无法分享到朋友圈。只有文章可以转发。'],
  reasonAudio: ['A voice message has no link, so it cannot be forwarded to Moments. Only articles travel.', '语音消息没有链接，无法分享到朋友圈。只有文章可以转发。'],
  reasonVideo: ['A video message has no link, so it cannot be forwarded to Moments. Only articles travel.', '视频消息没有链接，无法分享到朋友圈。只有文章可以转发。'],
  follower: ['A follower', '好友'],
  shareCardTitle: ['Forwarded to a chat', '转发给朋友'],
  autoDigest: ['Auto digest (first 54 characters)', '自动摘要（正文前 54 字）'],
  previewText: ['[Text]', '[文字]'],
  previewPhoto: ['[Photo]', '[图片]'],
  previewVoice: ['[Voice]', '[语音]'],
  previewVideo: ['[Video]', '[视频]'],
  notHowDelivered: ['Not how this account delivers', '该账号不以此方式送达'],
  deliversHere: ['This account delivers here', '该账号在此送达'],
  typeUnknown: ['Account type not set: shown as a subscription account', '未设置账号类型：按订阅号显示'],
  missingMedia: ['Missing file', '文件缺失'],
  remoteMedia: ['Remote media, not loaded. Click to load.', '远程媒体，未加载。点击加载。'],
  noCover: ['No cover', '无封面'],
  untitled: ['(untitled)', '（无标题）'],
  emptyText: ['(empty message)', '（空消息）'],
  noItems: ['This push has no items yet.', '此推送还没有内容。'],
  noArticles: ['This push has no articles.', '此推送没有文章。'],
  copyForWeChat: ['Copy for WeChat', '复制到公众号'],
  copied: ['Copied', '已复制'],
  copyFailed: ['Copy failed', '复制失败'],
  themeLight: ['Light', '浅色'],
  themeDark: ['Dark', '深色'],
  lock: ['Lock preview to this file', '锁定预览'],
  unlock: ['Unlock preview', '解除锁定'],
  errors: ['{n} errors', '{n} 个错误'],
  warnings: ['{n} warnings', '{n} 个警告'],
  oneError: ['1 error', '1 个错误'],
  oneWarning: ['1 warning', '1 个警告'],
  otherAccount: ['Another account', '其他公众号'],
  yesterday: ['Yesterday', '昨天'],
  account: ['Official Account', '公众号'],
  search: ['Search', '搜索'],
  video: ['Video', '视频'],
  voice: ['Voice', '语音'],
  untitledAccount: ['Your account', '你的公众号'],
  previewTitle: ['Preview {name}', '预览 {name}'],
  lockedTitle: ['[Preview] {name}', '[预览] {name}'],
  lockShort: ['Lock', '锁定'],
  lockedShort: ['Locked', '已锁定'],
  noPreviewFile: ['Open a .wxpush file to preview it.', '打开一个 .wxpush 文件以预览。'],
  noFile: ['(no file)', '（无文件）'],
  nMessages: ['[{n} messages]', '[{n}条]'],
  mutedChat: ['Muted', '消息免打扰'],
  articleTheme: ['Article theme', '文章主题'],
  widthPhone: ['Phone · 375 px', '手机 · 375 px'],
  widthDesktop: ['Desktop column · 677 px', '电脑 · 677 px'],
  share: ['Share', '分享'],
  like: ['Like', '赞'],
  recommend: ['Wow', '推荐'],
  layoutClassic: ['Classic chat list', '经典聊天列表'],
  layoutFolded: ['Folded “服务号” (gray test)', '折叠为“服务号”（灰度）'],
  serviceBox: ['Service Accounts', '服务号'],
  notifications: ['Notifications', '通知'],
  nNotifications: ['{n} notifications', '{n}条通知'],
  noNotifications: ['A push never lands here: only template messages do.', '推送不会出现在这里，这里只有模板消息。'],
  following: ['Following', '关注'],
  topStories: ['Top Stories', '看一看'],
  seeMore: ['See more', '查看更多'],
  grayTest: ['WeChat’s staged rollout (gray test) since 2024: not every follower sees this layout, and it may differ by client version.', '微信自 2024 年起的灰度测试：并非所有关注者都看到此布局，不同版本可能不同。'],
} as const satisfies Record<string, readonly [string, string]>;

export type LabelKey = keyof typeof TABLE;
export type Labels = Record<LabelKey, string>;

export const LABEL_KEYS = Object.keys(TABLE) as LabelKey[];

export function normalizeLocale(language: string | undefined): Locale {
  return (language ?? '').toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export function labelsFor(locale: Locale): Labels {
  const i = locale === 'zh-cn' ? 1 : 0;
  const out = {} as Labels;
  for (const key of LABEL_KEYS) out[key] = TABLE[key][i];
  return out;
}

/** Fills `{n}` (and other `{name}` slots) of a label. */
export function fill(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
