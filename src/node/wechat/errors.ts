// The errors the WeChat client raises. Every message goes through `mask` first: the access token
// rides in the query string, and neither it nor the AppSecret may reach a log or a screen.
import { errorAdvice, ipFromErrmsg, type PublishLocale } from '../../core/publish/errors';

/** The API answered with a non-zero errcode. */
export class WeChatApiError extends Error {
  readonly errcode: number;
  readonly errmsg: string;
  readonly path: string;
  readonly ip?: string;
  /** The relay's host when WeChat answered through one (its 40164 then names the relay's IP). */
  readonly relayHost?: string;
  constructor(errcode: number, errmsg: string, path: string, relayHost?: string) {
    super(`${path}: ${errcode} ${errmsg}`);
    this.name = 'WeChatApiError';
    this.errcode = errcode;
    this.errmsg = errmsg;
    this.path = path;
    if (errcode === 40164) this.ip = ipFromErrmsg(errmsg);
    if (relayHost) this.relayHost = relayHost;
  }
  /** What to do about it, in the author's language. */
  advice(locale: PublishLocale = 'en'): string {
    return errorAdvice(this.errcode, locale, { ip: this.ip, path: this.path });
  }
}

/**
 * Which side of a team relay did not answer: `relay` when the relay itself could not be reached,
 * `wechat` when the relay answered that WeChat could not be (its 502 and 504). The author fixes
 * the first (the URL, the relay's machine) and waits out or reports the second.
 */
export type RelayHop = 'relay' | 'wechat';

/** The request did not get an answer it could read: DNS, connection, timeout, HTTP 5xx. */
export class NetworkError extends Error {
  readonly host: string;
  /** True when the request was sent but no answer came in time (its effect is unknown). */
  readonly timedOut: boolean;
  /** Set when the call went through a relay (`host` is then the relay's). */
  readonly relayHop?: RelayHop;
  /** What failed, without the host (a code such as ECONNREFUSED, or the relay's words). */
  readonly detail: string;
  constructor(host: string, detail: string, timedOut = false, relayHop?: RelayHop) {
    super(`cannot reach ${host}: ${detail}`);
    this.name = 'NetworkError';
    this.host = host;
    this.detail = detail;
    this.timedOut = timedOut;
    if (relayHop) this.relayHop = relayHop;
  }
}

/**
 * A team relay (docs/relay.md) answered for itself, not for WeChat: its JSON carries
 * `relay_error`. The key was refused, the call is not one the relay forwards, the body is too
 * large, or the key sent too fast (`retryAfter` seconds).
 */
export class RelayError extends Error {
  readonly status: number;
  readonly code: string;
  readonly retryAfter?: number;
  /** The relay's host (and port), as the account's relay URL names it. */
  readonly host?: string;
  constructor(status: number, code: string, detail: string, retryAfter?: number, host?: string) {
    super(`relay: ${status} ${code}: ${detail}`);
    this.name = 'RelayError';
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
    if (host) this.host = host;
  }
  advice(locale: PublishLocale = 'en'): string {
    const zh = locale === 'zh-cn';
    switch (this.code) {
      case 'unauthorized':
        return zh
          ? '中转服务拒绝了这个密钥：检查为该公众号保存的中转密钥（命令行为 WXPUSH_RELAY_KEY）；密钥可能已被吊销，请向中转服务的管理者要一个新的。'
          : 'The relay refused the key: check the relay key stored for this account (WXPUSH_RELAY_KEY on the command line); it may have been revoked, so ask the relay’s owner for a new one.';
      case 'rate-limited':
        return zh ? `这个密钥的请求太快了，请 ${this.retryAfter ?? 60} 秒后再试。` : `This key sent too many requests; try again in ${this.retryAfter ?? 60} s.`;
      case 'too-large':
        return zh ? '请求超过了中转服务的 11 MB 上限：请缩小该文件。' : 'The request is over the relay’s 11 MB limit: make the file smaller.';
      case 'not-relayed':
        return zh ? '中转服务不转发这个调用：请把中转服务升级到与本扩展相同的版本。' : 'The relay does not forward this call: update the relay to the same version as wxpush.';
      default:
        return zh ? `中转服务无法完成请求（${this.code}）：请联系它的管理者。` : `The relay could not complete the request (${this.code}): ask its owner.`;
    }
  }
}

/** Replaces every secret in `text` (and any `access_token=` value) with `***`. */
export function mask(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text.replace(/(access_token=)[^&\s"']+/gi, '$1***');
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('***');
  return out;
}
