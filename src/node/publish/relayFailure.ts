// What went wrong when a publish went through a team relay (docs/relay.md), sorted by what the
// author can do about it: replace a refused key, wait out a rate limit, fix the relay's URL or
// machine, wait for the relay to reach WeChat again, or have its owner whitelist its IP. The editor words each kind in the display
// language; this only chooses. Nothing here carries the key: the errors never held it.
import { NetworkError, RelayError, WeChatApiError } from '../wechat/errors';

export type RelayFailureKind =
  /** 401: the key is wrong, or was revoked (removed from the relay's keys). */
  | 'key-refused'
  /** 429: this key sent too fast; `retryAfter` seconds. */
  | 'rate-limited'
  /** The relay did not answer (connection, DNS, timeout) or its proxy answered for it. */
  | 'unreachable'
  /** The relay answered that WeChat did not (502, 504). */
  | 'wechat-unreachable'
  /** 413: a file over the relay's body limit. */
  | 'too-large'
  /** 404: a call this relay does not forward (an older relay). */
  | 'not-relayed'
  /** WeChat's 40164 through the relay: the relay's own IP is not whitelisted (`ip`), which only its owner can fix. */
  | 'relay-ip'
  /** Any other answer of the relay's own (400 …). */
  | 'other';

/** What the author is offered: store a new key ("Set Up Account…"), read the relay's docs, or the log. */
export type RelayAction = 'set-up' | 'docs' | 'log';

export interface RelayFailure {
  kind: RelayFailureKind;
  /** The relay's host and port. */
  host: string;
  /** The address WeChat saw (relay-ip), when its message names it. */
  ip?: string;
  /** Seconds to wait (rate-limited). */
  retryAfter?: number;
  /** Why, in the relay's or the network's words (unreachable, wechat-unreachable, other): for the log and the message. */
  detail?: string;
  actions: RelayAction[];
}


/** The relay failure `e` is, or undefined when `e` did not come from a call through a relay. */
export function relayFailure(e: unknown): RelayFailure | undefined {
  if (e instanceof RelayError) {
    const host = e.host ?? '?';
    switch (e.code) {
      case 'unauthorized':
        return { kind: 'key-refused', host, actions: ['set-up', 'docs'] };
      case 'rate-limited':
        return { kind: 'rate-limited', host, retryAfter: e.retryAfter ?? 60, actions: [] };
      case 'too-large':
        return { kind: 'too-large', host, actions: ['log'] };
      case 'not-relayed':
        return { kind: 'not-relayed', host, actions: ['docs', 'log'] };
      default:
        return { kind: 'other', host, detail: `${e.status} ${e.code}`, actions: ['log'] };
    }
  }
  if (e instanceof WeChatApiError && e.relayHost && e.errcode === 40164) {
    return { kind: 'relay-ip', host: e.relayHost, ...(e.ip ? { ip: e.ip } : {}), actions: ['docs'] };
  }
  if (e instanceof NetworkError && e.relayHop) {
    return e.relayHop === 'relay'
      ? { kind: 'unreachable', host: e.host, detail: e.detail, actions: ['docs', 'log'] }
      : { kind: 'wechat-unreachable', host: e.host, detail: e.detail, actions: ['log'] };
  }
  return undefined;
}
