// Finds tags and attributes in the raw HTML of article bodies (html_block / html_inline tokens),
// with their places in the document. Comments are blanked first so commented-out markup is not
// reported; the scanning itself is linear (html-tokens.ts).
import type { Span } from '../../format/model';
import { fragmentSpan, type HtmlFragment } from '../analysis';
import type { RuleContext } from '../rule';
import { scanAttributes, tagList, type RawTag } from './html-tokens';

export interface TagMatch {
  frag: HtmlFragment;
  /** Lower-case tag name. */
  name: string;
  /** The whole opening tag. */
  span: Span;
  /** The tag's source text. */
  text: string;
  /** Offset of the tag within the fragment. */
  at: number;
}

export function* htmlTags(ctx: RuleContext): Generator<TagMatch> {
  for (const item of ctx.doc.items) {
    if (item.kind !== 'article') continue;
    for (const frag of ctx.analysis.article(item).html) {
      for (const tag of tagList(frag.content)) {
        yield { frag, name: tag.name, span: fragmentSpan(frag, tag.at, tag.text.length), text: tag.text, at: tag.at };
      }
    }
  }
}

export interface AttrMatch {
  name: string;
  value: string;
  /** The attribute (name and value). */
  span: Span;
  nameSpan: Span;
}

export function* tagAttributes(tag: TagMatch): Generator<AttrMatch> {
  const raw: RawTag = { name: tag.name, at: tag.at, text: tag.text };
  for (const a of scanAttributes(raw)) {
    yield { name: a.name, value: a.value, span: fragmentSpan(tag.frag, a.at, a.length), nameSpan: fragmentSpan(tag.frag, a.at, a.nameLength) };
  }
}
