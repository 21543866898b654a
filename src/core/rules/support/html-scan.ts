// Finds tags and attributes in the raw HTML of article bodies (html_block / html_inline tokens).
// Comments are blanked first so commented-out markup is not reported.
import type { Span } from '../../format/model';
import { blankComments, fragmentSpan, type HtmlFragment } from '../analysis';
import type { RuleContext } from '../rule';

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

const TAG = /<([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>?/g;

export function* htmlTags(ctx: RuleContext): Generator<TagMatch> {
  for (const item of ctx.doc.items) {
    if (item.kind !== 'article') continue;
    for (const frag of ctx.analysis.article(item).html) {
      if (!frag.content.includes('<')) continue;
      const content = blankComments(frag.content);
      TAG.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TAG.exec(content))) {
        yield { frag, name: m[1].toLowerCase(), span: fragmentSpan(frag, m.index, m[0].length), text: m[0], at: m.index };
      }
    }
  }
}

const ATTR = /\s([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export interface AttrMatch {
  name: string;
  value: string;
  /** The attribute (name and value). */
  span: Span;
  nameSpan: Span;
}

export function* tagAttributes(tag: TagMatch): Generator<AttrMatch> {
  const nameEnd = 1 + tag.name.length;
  ATTR.lastIndex = nameEnd;
  const body = tag.text;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(body))) {
    const start = tag.at + m.index + 1;
    yield {
      name: m[1].toLowerCase(),
      value: m[2] ?? m[3] ?? m[4] ?? '',
      span: fragmentSpan(tag.frag, start, m[0].length - 1),
      nameSpan: fragmentSpan(tag.frag, start, m[1].length),
    };
  }
}
