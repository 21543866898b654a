// The one place the preview asks for an article body. It calls the project's article renderer
// (which sanitizes to what WeChat keeps and marks source lines for scroll sync).
import type { Item, PushDocument } from '../format/model';
import { sharedMarkdown } from '../format/markdown';
import type { Locale } from './labels';
import type { RenderedBody } from './build';
import { tokensPlainText } from './text';

export interface BodyOptions {
  locale: Locale;
  resolveImage?: (src: string) => string | undefined;
}

// Interim until the article renderer lands: markdown-it's own output with every raw HTML token
// shown as text, so nothing from the document is ever parsed as markup here.
export function renderBody(doc: PushDocument, item: Item, options: BodyOptions): RenderedBody {
  void doc;
  void options;
  const md = sharedMarkdown();
  const copy = <T extends object>(t: T, patch: Partial<T>): T => Object.assign(Object.create(Object.getPrototypeOf(t)), t, patch);
  const tokens = (item.tokens ?? []).map((t) => {
    if (t.type === 'html_block') return copy(t, { type: 'code_block' });
    if (t.type === 'inline' && t.children) return copy(t, { children: t.children.map((c) => (c.type === 'html_inline' ? copy(c, { type: 'text' }) : c)) });
    return t;
  });
  const html = md.renderer.render(tokens, { ...md.options, html: false }, {});
  return { html, text: tokensPlainText(item.tokens) };
}
