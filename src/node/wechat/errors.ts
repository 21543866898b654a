// The errors the WeChat client raises. Every message goes through `mask` first: the access token
// rides in the query string, and neither it nor the AppSecret may reach a log or a screen.
import { errorAdvice, ipFromErrmsg, type PublishLocale } from '../../core/publish/errors';

/** The API answered with a non-zero errcode. */
export class WeChatApiError extends Error {
  readonly errcode: number;
  readonly errmsg: string;
  readonly path: string;
  readonly ip?: string;
  constructor(errcode: number, errmsg: string, path: string) {
    super(`${path}: ${errcode} ${errmsg}`);
    this.name = 'WeChatApiError';
    this.errcode = errcode;
    this.errmsg = errmsg;
    this.path = path;
    if (errcode === 40164) this.ip = ipFromErrmsg(errmsg);
  }
  /** What to do about it, in the author's language. */
  advice(locale: PublishLocale = 'en'): string {
    return errorAdvice(this.errcode, locale, { ip: this.ip, path: this.path });
  }
}

/** The request did not get an answer it could read: DNS, connection, timeout, HTTP 5xx. */
export class NetworkError extends Error {
  readonly host: string;
  /** True when the request was sent but no answer came in time (its effect is unknown). */
  readonly timedOut: boolean;
  constructor(host: string, detail: string, timedOut = false) {
    super(`cannot reach ${host}: ${detail}`);
    this.name = 'NetworkError';
    this.host = host;
    this.timedOut = timedOut;
  }
}

/** Replaces every secret in `text` (and any `access_token=` value) with `***`. */
export function mask(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text.replace(/(access_token=)[^&\s"']+/gi, '$1***');
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('***');
  return out;
}
