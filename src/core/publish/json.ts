// JSON as WeChat wants it: UTF-8 text with no `\uXXXX` escapes (40033 / 47001 otherwise).
// JSON.stringify writes non-ASCII characters as they are, but escapes control characters and lone
// surrogates as `\u…`; neither belongs in a title or an article, so they are dropped or replaced.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd');
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = clean(v);
    return out;
  }
  return value;
}

export function wechatJson(value: unknown): string {
  return JSON.stringify(clean(value));
}

/**
 * Article HTML with every backslash written as a character reference: the platform refuses any
 * `\u` followed by four hex digits in the body, even when it is text in a code sample.
 */
export function protectBackslashes(html: string): string {
  return html.includes('\\') ? html.replace(/\\/g, '&#92;') : html;
}
