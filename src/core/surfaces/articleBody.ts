// The one place the preview asks for an article body: the project's article renderer, the same
// one "Copy for WeChat" uses, so the preview shows what will be pasted. It sanitizes to what WeChat
// keeps and, with `sourceLines`, marks block elements with their document line for scroll sync,
// and images and links with their line and source span (double-click selects it in the editor).
import type { Item, PushDocument } from '../format/model';
import { renderArticle, type CodeCache, type Theme } from '../render';
import type { RenderedBody } from './build';
import type { Locale } from './labels';

export interface BodyOptions {
  locale: Locale;
  /** Local image path → a URL the webview may load; undefined keeps the path (shown as missing). */
  resolveImage?: (src: string) => string | undefined;
  /** The push's theme (resolved by the shell: settings, theme file, front matter); default without. */
  theme?: Theme;
  /** The preview's coloured code blocks from earlier renders (see RenderOptions.codeCache). */
  codeCache?: CodeCache;
}

export function renderBody(doc: PushDocument, item: Item, options: BodyOptions): RenderedBody {
  const r = renderArticle(doc, item, { resolveImage: options.resolveImage, sourceLines: true, locale: options.locale, theme: options.theme, codeCache: options.codeCache });
  return { html: r.html, text: r.text };
}
