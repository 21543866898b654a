// The one markdown-it configuration of the project. The parser keeps its tokens in the model and
// the renderer renders those tokens, so both must agree on the options.
import MarkdownIt = require('markdown-it');
import cjkFriendly from 'markdown-it-cjk-friendly';
import footnote from 'markdown-it-footnote';
import { fastTokens } from './fastTokens';
import { inlineSource } from './inlineSource';

export type Markdown = ReturnType<typeof MarkdownIt>;
export type MdToken = MarkdownIt.Token;

export function createMarkdown(): Markdown {
  // html: authors paste HTML into articles; the rules judge it and the renderer sanitizes it.
  // linkify: bare URLs become links, so the external-link rule sees what WeChat readers would see.
  // cjkFriendly: CommonMark refuses `**中文（括号）。**继续` as bold because of the full-width
  // punctuation next to the delimiters; Chinese authors write exactly that, and expect bold.
  // footnote: `[^1]` notes, which the renderer numbers with the link references at the end.
  // fastTokens: the same tokens, built without markdown-it's slow class-field helper (after
  // cjkFriendly, whose inline state it extends).
  // inlineSource: records where each inline token's source lies, for exact ranges (last, so it
  // wraps every inline rule).
  return new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false }).use(cjkFriendly).use(footnote).use(fastTokens).use(inlineSource);
}

let shared: Markdown | undefined;
export function sharedMarkdown(): Markdown {
  return (shared ??= createMarkdown());
}
