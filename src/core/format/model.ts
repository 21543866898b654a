// The document model of a `.wxpush` file. Every consumer (rules, outline, grammar tests, preview,
// export, CLI) reads this one model, so every node carries exact `[start, end)` offsets into the
// original text (a BOM, if any, is character 0 and is never inside a node).
import type { MdToken as Token } from './markdown';
import type { LineIndex } from './lines';

/** A half-open span of UTF-16 offsets into `PushDocument.text`. */
export interface Span {
  start: number;
  end: number;
}

export const ITEM_KINDS = ['article', 'text', 'image', 'audio', 'video'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** A `key: value` pair, in the front matter or in an item's field block. */
export interface Field {
  key: string;
  /** The YAML value (string, number, boolean, array, map or null). */
  value: unknown;
  /** The value's source text, trimmed. */
  raw: string;
  /** The whole `key: value` (without the line break). */
  span: Span;
  keySpan: Span;
  /** Empty span right after the colon when the value is missing. */
  valueSpan: Span;
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line (or of the front matter when unterminated). */
  span: Span;
  /** The YAML text between the fences. */
  contentSpan: Span;
  /** False when no closing `---` was found; the front matter then ends before the first item. */
  terminated: boolean;
  fields: Field[];
}

export interface TextWithSpan {
  text: string;
  span: Span;
}

/**
 * A construct inside an article body with its exact place in the document, whatever list,
 * quote or table it stands in.
 */
export interface InlineNode {
  type: 'link' | 'image' | 'html' | 'code' | 'emphasis' | 'strong' | 'strikethrough';
  /** The whole construct: `[text](url "title")`, `![alt](src)`, `<b>`, `**bold**`… */
  span: Span;
  /** Links: the href as markdown-it resolved it (encoded); images: the src. */
  target?: string;
  /** Where the destination is written (absent for reference links). */
  targetSpan?: Span;
  /** Links: the label between `[` and `]` (the URL itself for autolinks); images: the alt text. */
  textSpan?: Span;
  origin?: 'markdown' | 'reference' | 'autolink' | 'linkify';
  /** HTML: the source as markdown-it passed it on (a block's lines without list or quote markers). */
  content?: string;
  /**
   * HTML: where each content line starts, as an offset in `content` and its distance from
   * `span.start` in the document (lines of a block in a list or quote are apart there).
   */
  segments?: { at: number; offset: number }[];
  /** Index of the block token (`inline` or `html_block`) in `Item.tokens`. */
  block: number;
  /** Links, images and inline HTML: index of the token among the block token's children. */
  child?: number;
}

export interface Item {
  kind: ItemKind;
  /** 0-based position among the items of the document. */
  index: number;
  /** From the `@` of the directive to the end of the item's last non-blank line. */
  span: Span;
  /** The `@article` token. */
  directiveSpan: Span;
  /** The whole directive line (without the line break). */
  headerSpan: Span;
  /** Title (article), media path or URL (image/audio/video), first line (text); absent when empty. */
  argument?: TextWithSpan;
  fields: Field[];
  /**
   * Everything after the fields up to the next item, trimmed of surrounding blank lines; absent
   * when there is nothing. For image/audio/video this is stray content.
   */
  body?: TextWithSpan;
  /** Article bodies: markdown-it block tokens (their `map` lines are relative to `bodyLine`). */
  tokens?: Token[];
  /** Article bodies: links, images, HTML, code spans and emphasis with exact spans, in order. */
  inline?: InlineNode[];
  /** Line number (0-based) in the document of the first line that markdown-it saw. */
  bodyLine: number;
  /** Offset of that line: the markdown source starts here. */
  bodyOffset: number;
  /** Text items: the whole message (argument line + body), with `\@` unescaped. */
  message?: TextWithSpan;
}

/** A column-0 `@word` close to an item type (e.g. `@artcle`); it owns its lines like an item. */
export interface UnknownDirective {
  name: string;
  directiveSpan: Span;
  headerSpan: Span;
  span: Span;
  /** The nearest known item type. */
  suggestion: ItemKind;
}

export type CommentKind = 'disable' | 'enable' | 'disable-next-line';

/** `<!-- wxpush-disable rule-a rule-b -->` and friends. No rule ids means every rule. */
export interface DirectiveComment {
  kind: CommentKind;
  rules: TextWithSpan[];
  span: Span;
}

/** An HTML comment `<!-- … -->`: what is inside is a note to the author, never content. */
export interface HtmlComment {
  span: Span;
  /** False when no `-->` follows: the comment then runs to the end of the text. */
  closed: boolean;
}

export type SyntaxProblemCode =
  | 'front-matter-unterminated'
  | 'front-matter-yaml'
  | 'front-matter-not-map'
  | 'field-yaml'
  | 'fence-unterminated'
  | 'comment-unterminated'
  | 'field-duplicate';

export interface SyntaxProblem {
  code: SyntaxProblemCode;
  message: string;
  span: Span;
  /** Values for the message templates of other languages. */
  data?: Record<string, string | number>;
  /** The document lines (0-based) the message names, so that it can be renumbered when lines move. */
  lines?: number[];
}

/** Non-blank text that belongs to no item: before the first item (after the front matter). */
export interface LooseContent {
  span: Span;
  text: string;
}

export interface PushDocument {
  text: string;
  lines: LineIndex;
  /** 1 when the text starts with a BOM. */
  bomLength: number;
  frontMatter?: FrontMatter;
  items: Item[];
  unknownDirectives: UnknownDirective[];
  comments: DirectiveComment[];
  /**
   * Every HTML comment outside the front matter and fenced code, in order. Item directives inside
   * them are not items; the rules, the preview and the export ignore what they hold.
   */
  htmlComments: HtmlComment[];
  looseContent: LooseContent[];
  problems: SyntaxProblem[];
}
