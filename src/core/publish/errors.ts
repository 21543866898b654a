// What each WeChat API error code means for the author, and what to do about it, in English and
// Chinese (shared API notes §4). The HTTP client attaches these to the errors it raises; the editor
// and the CLI show them as they are.
export type PublishLocale = 'en' | 'zh-cn';

export interface ErrorAdviceContext {
  /** The API path that answered (e.g. `/cgi-bin/draft/add`). */
  path?: string;
  /** The caller's IP as WeChat saw it (40164). */
  ip?: string;
}

type Advice = { en: (c: ErrorAdviceContext) => string; zh: (c: ErrorAdviceContext) => string };

const PLATFORM_EN = 'WeChat Developer Platform (developers.weixin.qq.com/platform) → My business → Official Account → Basic information → Development keys';
const PLATFORM_ZH = '微信开发者平台（developers.weixin.qq.com/platform）→ 我的业务 → 公众号/服务号 → 基础信息 → 开发密钥';

const same = (en: string, zh: string): Advice => ({ en: () => en, zh: () => zh });

const TOKEN_INVALID = same(
  'The access token was not accepted even after fetching it again. If another system refreshes this account’s token with force_refresh, wait a minute and try again.',
  '重新获取后 access_token 仍然无效。如果有其他系统以 force_refresh 刷新了此账号的 access_token，请稍等一分钟后重试。',
);
const BAD_TYPE = same(
  'WeChat does not take this file type. Convert the image to JPG or PNG (WebP, HEIC and SVG are refused) and publish again.',
  '微信不接受此文件类型。请将图片转换为 JPG 或 PNG（WebP、HEIC、SVG 都会被拒绝）后重新发布。',
);
const TOO_BIG = same(
  'A file is too large: images inside an article must be under 1 MB, covers and image messages under 10 MB, audio under 2 MB. Compress it and publish again.',
  '文件过大：文章内图片须小于 1 MB，封面和图片消息须小于 10 MB，音频须小于 2 MB。请压缩后重新发布。',
);
const FORMAT = same(
  'WeChat could not read the request (malformed JSON or \\uXXXX escapes). This is a wxpush bug: please report it with the file that caused it.',
  '微信无法读取请求（JSON 格式错误或含 \\uXXXX 转义）。这是 wxpush 的缺陷，请附上出错的文件报告。',
);
const RECIPIENT = same(
  'The preview recipient was not accepted: the WeChat ID must be correct and its owner must follow the account.',
  '预览接收人不被接受：请检查微信号是否正确，且该微信号已关注此账号。',
);

const TABLE: Record<number, Advice> = {
  [-1]: same('WeChat is busy. wxpush retried a few times; try again in a minute.', '微信系统繁忙。wxpush 已重试数次，请一分钟后再试。'),
  40001: same(
    'The AppSecret is wrong, or the access token was replaced elsewhere. Check the AppSecret in the ' + PLATFORM_EN + ' and set it again.',
    'AppSecret 不正确，或 access_token 已在别处被替换。请在' + PLATFORM_ZH + '中核对 AppSecret 后重新设置。',
  ),
  40014: TOKEN_INVALID,
  42001: TOKEN_INVALID,
  40013: same('The AppID is not valid. Copy it again from the ' + PLATFORM_EN + '.', 'AppID 无效。请从' + PLATFORM_ZH + '重新复制。'),
  40125: same('The AppSecret is not valid. Reset or copy it again in the ' + PLATFORM_EN + ', then set it again.', 'AppSecret 无效。请在' + PLATFORM_ZH + '中重置或重新复制后再设置。'),
  40243: same('The AppSecret is frozen. Unfreeze it in the ' + PLATFORM_EN + ' (it takes about 10 minutes), then try again.', 'AppSecret 已被冻结。请在' + PLATFORM_ZH + '中解冻（约需 10 分钟）后重试。'),
  40164: {
    en: (c) =>
      `WeChat refused the call because your IP ${c.ip ?? '(unknown)'} is not in the account’s API IP whitelist. Add ${c.ip ?? 'it'} in the ${PLATFORM_EN} → IP whitelist; changes take a few minutes. A home connection’s IP changes from time to time, so this comes back: publish from a machine with a fixed IP or through a relay you run.`,
    zh: (c) =>
      `你的 IP ${c.ip ?? '（未知）'}不在账号的接口 IP 白名单中，微信拒绝了调用。请在${PLATFORM_ZH} → IP 白名单中添加 ${c.ip ?? '该 IP'}，修改需几分钟生效。家庭宽带的 IP 会不时变化，因此还会再次出现：请从固定 IP 的机器或你自己运行的中转服务发布。`,
  },
  89503: same(
    'WeChat considers this IP risky and sent the account’s administrator a confirmation message. Confirm it in WeChat, then publish again.',
    '微信认为此 IP 存在风险，已向账号管理员发送确认消息。请管理员在微信中确认后重新发布。',
  ),
  45009: {
    en: (c) => `The daily quota of ${c.path ?? 'this API'} is used up. It resets tomorrow; verified accounts can reset quotas 10 times a month in the WeChat Developer Platform.`,
    zh: (c) => `${c.path ?? '此接口'} 今日的调用次数已用完，明天恢复；认证账号每月可在微信开发者平台清零额度 10 次。`,
  },
  48001: same(
    'This account may not use this API: it is unverified, a personal account, or its verification has expired. Renew or complete verification (认证) in the Official Account platform; phone previews need a verified account. The draft link works without it.',
    '此账号无权调用该接口：未认证、个人主体，或认证已过期。请在公众平台完成或续期认证；手机预览需要已认证账号，草稿临时链接则不需要。',
  ),
  40007: same(
    'WeChat no longer knows a media id: the cover or draft was deleted in the Official Account platform, or was consumed by a mass send. wxpush uploads it or makes the draft again once; if this persists, publish with --new-draft.',
    '微信已找不到某个媒体 ID：封面或草稿已在公众平台删除，或已被群发使用。wxpush 会重新上传或重新创建草稿一次；如仍出现，请使用 --new-draft 发布。',
  ),
  40004: BAD_TYPE,
  40005: BAD_TYPE,
  40113: BAD_TYPE,
  40137: BAD_TYPE,
  40006: TOO_BIG,
  40009: TOO_BIG,
  45001: TOO_BIG,
  41005: same('WeChat received no file data. Check that the file exists, is readable and is not empty.', '微信没有收到文件数据。请检查文件是否存在、可读且不为空。'),
  44003: same('WeChat found the article empty. Give every article a body and publish again.', '微信认为文章内容为空。请为每篇文章写好正文后重新发布。'),
  45002: same('An article’s content is too long (limit: 20,000 characters and 1 MB). Split it or shorten it.', '文章内容过长（上限 2 万字、1 MB）。请拆分或缩短。'),
  45003: same('A title is too long. Shorten it to 32 characters (see the title-length rule).', '标题过长。请缩短到 32 字以内（见 title-length 规则）。'),
  45004: same('A digest is too long. Shorten it to 128 characters (see the digest-length rule).', '摘要过长。请缩短到 128 字以内（见 digest-length 规则）。'),
  45166: same(
    'WeChat rejected the content (for example a mini-program card or an element it does not allow). Remove the element and publish again.',
    '微信拒绝了文章内容（例如小程序卡片或不允许的元素）。请移除该元素后重新发布。',
  ),
  47001: FORMAT,
  40033: FORMAT,
  53503: same('The draft did not pass the publish check. Open it in the Official Account platform to see why.', '草稿未通过发布检查。请在公众平台打开草稿查看原因。'),
  53504: same('This draft must be used in the Official Account platform’s web editor.', '此草稿需前往公众平台网页端使用。'),
  53505: same('Save the draft once by hand in the Official Account platform, then try again.', '请先在公众平台手动保存一次草稿，再重试。'),
  45028: same('The mass-send quota is used up (one a day for subscription accounts, four a month per follower for service accounts).', '群发额度已用完（订阅号每天 1 次，服务号每位用户每月 4 次）。'),
  45065: same('This message was already sent (same clientmsgid within 24 hours); it was not sent again.', '此消息已发送过（24 小时内相同 clientmsgid），未重复发送。'),
  45066: same('Sent again too soon: wait a minute and try again.', '重试过快：请等待一分钟后再试。'),
  45067: same('The clientmsgid is too long. This is a wxpush bug: please report it.', 'clientmsgid 过长。这是 wxpush 的缺陷，请报告。'),
  40003: RECIPIENT,
  40132: RECIPIENT,
  43004: RECIPIENT,
  88000: same(
    'The account has no comment (留言) permission, so comments cannot be opened. Remove `comments:` from the article or set it to `off`.',
    '此账号没有留言权限，无法开启留言。请删除文章的 `comments:` 或将其设为 `off`。',
  ),
  45106: same('This API was retired by WeChat. This is a wxpush bug: please report it.', '微信已下线此接口。这是 wxpush 的缺陷，请报告。'),
  45103: same('This API was retired by WeChat. This is a wxpush bug: please report it.', '微信已下线此接口。这是 wxpush 的缺陷，请报告。'),
};

/** Every code the table explains (for tests and docs). */
export const KNOWN_ERROR_CODES: readonly number[] = Object.keys(TABLE).map(Number).sort((a, b) => a - b);

/** Codes that mean "the access token was not accepted": refresh once, replay once. */
export const TOKEN_ERROR_CODES: readonly number[] = [40001, 40014, 42001];

/** What to tell the author about an error code. */
export function errorAdvice(errcode: number, locale: PublishLocale, context: ErrorAdviceContext = {}): string {
  const a = TABLE[errcode];
  if (!a) {
    return locale === 'zh-cn'
      ? `微信返回错误 ${errcode}。请查阅微信开发者文档的全局返回码说明。`
      : `WeChat answered with error ${errcode}. See the global return codes in WeChat’s developer documentation.`;
  }
  return locale === 'zh-cn' ? a.zh(context) : a.en(context);
}

/** The caller's IPv4 or IPv6 address as written in a 40164 errmsg ("invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist…"). */
export function ipFromErrmsg(errmsg: string): string | undefined {
  const m = /invalid ip\s+([0-9a-fA-F.:]+[0-9a-fA-F])/i.exec(errmsg);
  return m ? m[1] : undefined;
}
