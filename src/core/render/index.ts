// Export: an article as the HTML that survives a paste into the WeChat editor. Pure: no vscode,
// no file system. The preview renders through the same function, so what the author previews is
// what they paste.
import { articleTitle, getField, stringValue, type Item, type PushDocument } from '../format';
import { createState, renderReferences, renderTokens } from './renderer';
import type { RenderOptions, RenderedArticle } from './types';
import { escapeHtml } from './urls';
import { nonSpaceCharCount } from '../text/count';

export type { RenderOptions, RenderedArticle, Reference, RenderLocale } from './types';
export { defaultTheme, type Theme } from './theme';
export { CodeCache } from './codeCache';
export * from './themes';
export { sanitizeHtml, sanitizeStyle } from './sanitize';
export { isWeixinLink, imageKind, linkKind } from './urls';

export function renderArticle(doc: PushDocument, item: Item, options: RenderOptions = {}): RenderedArticle {
  const st = createState(doc, item, options);
  // One join of every piece, the wrapper and the references included: a long article's HTML is
  // millions of characters, and each further concatenation would copy them all once more.
  const pieces = [`<section${st.theme.article ? ` style="${escapeHtml(st.theme.article)}"` : ''}>`];
  try {
    renderTokens(item.tokens ?? [], st, pieces);
    pieces.push(renderReferences(st));
  } catch (e) {
    // Nothing may throw on any text; a renderer bug must not take the editor down with it.
    pieces.length = 1;
    pieces.push(`<p>${escapeHtml(`The article could not be rendered: ${(e as Error).message}`)}</p>`);
    st.stripped.add('the article body (render error)');
  }
  pieces.push('</section>');
  const html = pieces.join('');
  const text = st.text
    .toString()
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // The two sizes are counted when first read, once: the preview never reads them, Copy reads the
  // characters only, and counting a long article costs about as much as writing its HTML.
  let chars: number | undefined;
  let bytes: number | undefined;
  return {
    html,
    text,
    localImages: st.localImages,
    remoteImages: st.remoteImages,
    references: st.refs.list(),
    stripped: [...st.stripped],
    get chars() {
      return (chars ??= countChars(text));
    },
    get bytes() {
      return (bytes ??= Buffer.byteLength(html, 'utf8'));
    },
  };
}

/** A whole `.html` file for "Export Article HTML…": title, charset and the body. */
export function renderStandaloneHtml(doc: PushDocument, item: Item, options: RenderOptions = {}): string {
  const r = renderArticle(doc, item, options);
  const title = articleTitle(item)?.text ?? 'Article';
  const author = stringValue(getField(item.fields, 'author'));
  const lang = options.locale === 'zh-cn' ? 'zh-CN' : 'en';
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    (author ? `<meta name="author" content="${escapeHtml(author)}">\n` : '') +
    `<title>${escapeHtml(title)}</title>\n</head>\n` +
    `<body style="margin:0 auto;max-width:677px;padding:20px 16px;background:#fff">\n${r.html}\n</body>\n</html>\n`
  );
}

/** User-perceived characters that are not whitespace (an emoji is one character, as a reader sees it). */
function countChars(text: string): number {
  return nonSpaceCharCount(text, true);
}
