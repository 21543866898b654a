// The look of an exported article, as inline style strings per element. The WeChat editor keeps
// neither <style> nor class (platform rules §3.6), so the renderer writes these strings straight
// into `style=""`; there is no stylesheet and no inlining pass.
//
// Every declaration here is one the WeChat editor is known to keep: no `position`, no `transform`
// (§3.8: the editor may drop the whole attribute for one unsupported declaration) and no pure black
// (§3.11: `color:#000` is swallowed), hence #333 text. The built-in themes and the options an
// author may change are in ./themes; this is the shape they all produce.
import { BUILTIN_THEMES } from './themes/builtins';
import { buildTheme } from './themes/build';

export interface Theme {
  /** The wrapping <section> of the whole article: font, size, colour, line height. */
  article: string;
  h1: string;
  h2: string;
  h3: string;
  h4: string;
  h5: string;
  h6: string;
  p: string;
  strong: string;
  em: string;
  del: string;
  /** Inline code. */
  code: string;
  /** A code block's outer box (a <pre>). */
  pre: string;
  /** The <code> inside a code block. */
  preCode: string;
  blockquote: string;
  /** One list (rendered as a <section>, see renderer). */
  list: string;
  /** A list inside a list item. */
  subList: string;
  /** One list item: a row holding the marker and the content. */
  listItem: string;
  /** The bullet, number or task box in front of an item. */
  listMarker: string;
  /** The item's content next to the marker. */
  listContent: string;
  /** A paragraph inside a list item. */
  listParagraph: string;
  /** The last paragraph of a quote, whose padding already gives the space below. */
  lastParagraph: string;
  /** The horizontally scrolling box around a table. */
  tableWrap: string;
  table: string;
  th: string;
  td: string;
  hr: string;
  /** A link that stays a link (mp.weixin.qq.com). */
  a: string;
  /** A link turned into a reference: its text… */
  refText: string;
  /** …and the superscript `[n]` after it. */
  refMark: string;
  refSection: string;
  refHeading: string;
  refItem: string;
  /** The URL inside a reference item. */
  refUrl: string;
  figure: string;
  /** An image alone in its paragraph (a figure). */
  img: string;
  /** An image inside a line of text. */
  imgInline: string;
  figcaption: string;
  /** What stands in for an image that cannot be exported (base64). */
  imgMissing: string;
  /** Code colouring: inline styles per highlight.js scope (`keyword`, `string`, `comment`, …). */
  syntax: Readonly<Record<string, string>>;
}

/** The house theme: WeChat's own article look (17px, line height 1.75, #333, link blue #576b95). */
export const defaultTheme: Theme = buildTheme(BUILTIN_THEMES[0].look, BUILTIN_THEMES[0].options);
