// What a URL in an article is, as far as the WeChat editor is concerned.

/** Links to WeChat articles are the only ones that stay clickable (platform rules §3.4). */
const WEIXIN_LINK = /^https?:\/\/mp\.weixin\.qq\.com(?:[/?#]|$)/i;
/** Images the editor keeps: those already on WeChat's image hosts (§3.2). */
const WECHAT_IMAGE_HOST = /^(?:https?:)?\/\/(?:[a-z0-9-]+\.)*(?:qpic\.cn|qlogo\.cn)(?:[/:?#]|$)/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const IGNORED_OR_REFERENCE = /[&\u0000-\u0020\u007f-\u009f]/;

export function isWeixinLink(url: string): boolean {
  return WEIXIN_LINK.test(url);
}

/**
 * The scheme a browser would see, after removing what it ignores (control characters, whitespace)
 * and decoding character references, so `jav&#x61;script:` cannot pass as a path.
 */
export function urlScheme(url: string): string | undefined {
  const clean = IGNORED_OR_REFERENCE.test(url) ? decodeEntities(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '') : url;
  const m = SCHEME.exec(clean);
  if (!m) return undefined;
  // `C:\pictures\a.png` is a Windows path, not a scheme.
  if (m[1].length === 1) return undefined;
  return m[1].toLowerCase();
}

export type ImageKind = 'local' | 'wechat' | 'remote' | 'data' | 'unsafe';

export function imageKind(src: string): ImageKind {
  const s = src.trim();
  if (WECHAT_IMAGE_HOST.test(s)) return 'wechat';
  if (s.startsWith('//')) return 'remote';
  const scheme = urlScheme(s);
  if (scheme === undefined || scheme === 'file') return 'local';
  if (scheme === 'http' || scheme === 'https') return 'remote';
  if (scheme === 'data') return 'data';
  return 'unsafe';
}

export type LinkKind = 'weixin' | 'anchor' | 'external' | 'unsafe';

export function linkKind(href: string): LinkKind {
  const h = href.trim();
  if (isWeixinLink(h)) return 'weixin';
  if (h.startsWith('#')) return 'anchor';
  const scheme = urlScheme(h);
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto' || scheme === 'tel') return 'external';
  if (scheme === undefined) return 'external';
  return 'unsafe';
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', tab: '\t', newline: '\n' };

/** Decodes numeric and the common named character references; others stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));?/g, (m, dec, hex, name) => {
    if (dec || hex) {
      const cp = dec ? parseInt(dec, 10) : parseInt(hex, 16);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
    }
    const v = NAMED[name.toLowerCase()];
    return v ?? m;
  });
}

const NEEDS_ESCAPE = /[&<>"']/;

export function escapeHtml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}
