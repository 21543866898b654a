// The relay's access token: the publishing client's own stable_token cache (normal mode, 300 s
// margin, one fetch at a time), kept in the relay's cache folder. WeChat's refusals of the token
// fetch itself become TokenRefused, which the server passes on as WeChat worded them.
import { WeChatClient } from '../wechat/client';
import { WeChatApiError } from '../wechat/errors';
import { TokenRefused, type TokenSource } from './server';

export function relayTokenSource(o: { appId: string; appSecret: string; apiBase: string; cacheDir: string }): TokenSource {
  const client = new WeChatClient({ credentials: { appId: o.appId, appSecret: o.appSecret }, apiBase: o.apiBase, cacheDir: o.cacheDir });
  let stale: string | undefined;
  return {
    async token() {
      // A refused token is skipped once: normal mode may hand the same one back, which is then valid.
      const refused = stale;
      stale = undefined;
      try {
        return await client.token(refused);
      } catch (e) {
        if (e instanceof WeChatApiError) throw new TokenRefused(e.errcode, e.errmsg);
        throw e;
      }
    },
    invalidate(token) {
      stale = token;
    },
  };
}
