// The outline (and breadcrumbs) of a push: the push itself, its items with their type and title
// or path, and each article's headings nested under it.
import type { Item, ItemKind, PushDocument, Span } from '../format/model';
import { accountType, frontMatterField, itemLabel, stringValue } from '../format/queries';
import { kindName } from './facts';
import { articleHeadings, type Heading } from './headings';
import { sendsNeeded } from './sends';
import { countText, languageText, type LanguageLocale } from './texts';

export type PushSymbolKind = 'push' | ItemKind | 'heading';

export interface PushSymbol {
  name: string;
  detail: string;
  kind: PushSymbolKind;
  /** Everything the symbol covers. */
  span: Span;
  /** What to reveal and highlight when the symbol is picked; inside `span`. */
  selectionSpan: Span;
  children: PushSymbol[];
}

export function buildSymbols(doc: PushDocument, locale: LanguageLocale = 'en'): PushSymbol[] {
  const items = doc.items.map((item) => itemSymbol(doc, item, locale));
  const fm = doc.frontMatter;
  if (!fm && !items.length) return [];
  const start = fm ? fm.span.start : items[0].span.start;
  const end = Math.max(fm ? fm.span.end : 0, ...doc.items.map((i) => i.span.end));
  const selectionSpan = fm ? { start: fm.span.start, end: doc.lines.lineEnd(doc.lines.lineAt(fm.span.start)) } : items[0].selectionSpan;
  const account = stringValue(frontMatterField(doc, 'account'));
  const type = accountType(doc);
  const detail = [type && languageText(locale, `symbol.${type}`), countText(locale, 'item', doc.items.length), countText(locale, 'send', sendsNeeded(doc))].filter(Boolean).join(' · ');
  return [{ name: account ?? languageText(locale, 'symbol.push'), detail, kind: 'push', span: { start, end }, selectionSpan, children: items }];
}

function itemSymbol(doc: PushDocument, item: Item, locale: LanguageLocale): PushSymbol {
  const symbol: PushSymbol = {
    name: itemLabel(item),
    detail: kindName(item.kind, locale),
    kind: item.kind,
    span: item.span,
    selectionSpan: item.headerSpan,
    children: [],
  };
  if (item.kind === 'article') symbol.children = nestHeadings(doc, articleHeadings(doc, item));
  return symbol;
}

function nestHeadings(doc: PushDocument, headings: Heading[]): PushSymbol[] {
  const roots: PushSymbol[] = [];
  const stack: { level: number; symbol: PushSymbol }[] = [];
  for (const h of headings) {
    const symbol: PushSymbol = {
      name: h.text || '(empty heading)',
      detail: `h${h.level}`,
      kind: 'heading',
      span: { start: doc.lines.lineStart(h.line), end: doc.lines.lineEnd(h.sectionEndLine) },
      selectionSpan: { start: doc.lines.lineStart(h.line), end: doc.lines.lineEnd(h.line) },
      children: [],
    };
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    (stack.length ? stack[stack.length - 1].symbol.children : roots).push(symbol);
    stack.push({ level: h.level, symbol });
  }
  return roots;
}
