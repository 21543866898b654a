// Text, image, audio and video messages reach followers only; unlike an article (an ordinary
// mp.weixin.qq.com page) they cannot be forwarded to Moments or opened outside WeChat.
import type { Item, PushDocument } from '../../format/model';
import type { Fix } from '../types';
import type { Finding, RuleContext, RuleDefinition } from '../rule';
import { eol } from '../analysis/text';

function toArticle(doc: PushDocument, item: Item, t: RuleContext['t']): Fix | undefined {
  const title = t('fix.to-article');
  if (item.kind === 'text') {
    if (item.argument) return { title, edits: [{ span: item.directiveSpan, newText: '@article' }] };
    if (!item.body) return undefined;
    // The first line of the message becomes the title; the rest stays as the body.
    const firstLineEnd = doc.lines.lineEnd(doc.lines.lineAt(item.body.span.start));
    const first = doc.text.slice(item.body.span.start, firstLineEnd).trim();
    const rest = doc.text.slice(firstLineEnd, item.body.span.end);
    return { title, edits: [{ span: { start: item.directiveSpan.start, end: firstLineEnd }, newText: `@article ${first}${rest.trim() ? eol(doc) : ''}` }] };
  }
  if (item.kind === 'image' && item.argument) {
    const path = item.argument.text;
    const name = (fileStem(path) || 'image').replace(/[-_]+/g, ' ');
    const nl = eol(doc);
    return { title, edits: [{ span: item.headerSpan, newText: `@article ${name}${nl}cover: ${path}${nl}${nl}![](${/[\s()]/.test(path) ? `<${path}>` : path})` }] };
  }
  return undefined;
}

/** `media/spring-poster.png` → `spring-poster`; found from the end so a long path costs one pass. */
export function fileStem(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export const unshareableItem: RuleDefinition = {
  id: 'unshareable-item',
  tags: ['share'],
  defaultSeverity: 'warning',
  check({ doc, t }) {
    const out: Finding[] = [];
    for (const item of doc.items) {
      if (item.kind === 'article') continue;
      const fix = toArticle(doc, item, t);
      out.push({ span: item.directiveSpan, data: { kind: item.kind }, fixes: fix ? [fix] : undefined });
    }
    return out;
  },
};
