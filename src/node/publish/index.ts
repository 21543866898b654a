// The publish API for the editor and the CLI: publish a push into the WeChat draft box, send it to
// the author's phone, refresh the token by hand. Planning is pure (src/core/publish); the HTTP
// client is in src/node/wechat.
import { WeChatClient } from '../wechat/client';

export type { PublishCredentials, PublishStep, PublishOptions, PublishResult, PublishUpload, PhonePreviewResult, LintProblemSummary } from './types';
export { PublishRefused } from './refused';
export { WeChatApiError, NetworkError, RelayError, mask } from '../wechat/errors';
export { DEFAULT_API_BASE, WeChatClient } from '../wechat/client';
export { publishPush } from './publish';
export { uploadArticleImages } from './images';
export { sendPhonePreview, previewsUsedToday, PREVIEW_DAILY_LIMIT } from './preview';
export { defaultCacheDir } from './cacheDir';
export { relayFailure, type RelayFailure, type RelayFailureKind, type RelayAction } from './relayFailure';

import type { PublishCredentials } from './types';

/** `stable_token` with force_refresh: only from an explicit command (20 a day, 30 s apart). */
export async function forceRefreshToken(options: { credentials: PublishCredentials; apiBase?: string; cacheDir: string }): Promise<void> {
  await new WeChatClient({ credentials: options.credentials, apiBase: options.apiBase, cacheDir: options.cacheDir }).forceRefreshToken();
}
