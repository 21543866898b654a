// Small read-only questions about the model that many consumers ask.
import type { Field, Item, PushDocument, Span, TextWithSpan } from './model';

export function getField(fields: readonly Field[] | undefined, key: string): Field | undefined {
  if (!fields) return undefined;
  // The last occurrence wins, as in YAML maps read leniently.
  for (let i = fields.length - 1; i >= 0; i--) if (fields[i].key === key) return fields[i];
  return undefined;
}

export function frontMatterField(doc: PushDocument, key: string): Field | undefined {
  return getField(doc.frontMatter?.fields, key);
}

/** A field's value as a non-empty trimmed string, or undefined. */
export function stringValue(field: Field | undefined): string | undefined {
  if (!field || field.value === null || field.value === undefined) return undefined;
  const v = typeof field.value === 'string' ? field.value : typeof field.value === 'object' ? undefined : String(field.value);
  const t = v?.trim();
  return t ? t : undefined;
}

/** An article's title: the `title:` field if set, else the directive's argument. */
export function articleTitle(item: Item): TextWithSpan | undefined {
  const f = getField(item.fields, 'title');
  const v = stringValue(f);
  if (f && v) return { text: v, span: f.valueSpan };
  return item.argument;
}

/** The title, path or first line an outline or a message uses to name an item. */
export function itemLabel(item: Item): string {
  if (item.kind === 'article') return articleTitle(item)?.text ?? '(untitled)';
  if (item.kind === 'text') return firstLine(item.message?.text ?? '') || '(empty)';
  return stringValue(getField(item.fields, 'title')) ?? item.argument?.text ?? '(no file)';
}

export type AccountType = 'subscription' | 'service';

export function accountType(doc: PushDocument): AccountType | undefined {
  const v = stringValue(frontMatterField(doc, 'type'))?.toLowerCase();
  return v === 'subscription' || v === 'service' ? v : undefined;
}

export function articles(doc: PushDocument): Item[] {
  return doc.items.filter((i) => i.kind === 'article');
}

/** The document span of a markdown-it token's lines (`token.map`) in an article body. */
export function tokenLineSpan(doc: PushDocument, item: Item, map: [number, number] | null | undefined): Span | undefined {
  if (!map) return undefined;
  const first = item.bodyLine + map[0];
  const last = Math.max(first, item.bodyLine + map[1] - 1);
  return { start: doc.lines.lineStart(first), end: doc.lines.lineEnd(last) };
}

/** The item whose span contains `offset` (or whose header line does). */
export function itemAt(doc: PushDocument, offset: number): Item | undefined {
  let found: Item | undefined;
  for (const item of doc.items) {
    if (item.span.start <= offset) found = item;
    else break;
  }
  if (!found) return undefined;
  const next = doc.items[found.index + 1];
  return next && offset >= next.span.start ? next : found;
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i === -1 ? s : s.slice(0, i)).trim();
}
