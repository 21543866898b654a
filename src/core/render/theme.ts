// The look of an exported article, as inline style strings per element. The WeChat editor keeps
// neither <style> nor class (platform rules §3.6), so the renderer writes these strings straight
// into `style=""`; there is no stylesheet and no inlining pass.
//
// Every declaration here is one the WeChat editor is known to keep: no `position`, no `transform`
// (§3.8: the editor may drop the whole attribute for one unsupported declaration) and no pure black
// (§3.11: `color:#000` is swallowed), hence #333 text.

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
export const defaultTheme: Theme = {
  article:
    'font-size:17px;line-height:1.75;color:#333;letter-spacing:0.034em;word-wrap:break-word;text-align:left;' +
    'font-family:-apple-system,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Hiragino Sans GB","Microsoft YaHei UI","Microsoft YaHei",Arial,sans-serif',
  h1: 'margin:1.2em 0 0.8em;font-size:1.4em;line-height:1.4;font-weight:bold;color:#222',
  h2: 'margin:1.2em 0 0.8em;font-size:1.25em;line-height:1.4;font-weight:bold;color:#222;padding-bottom:0.3em;border-bottom:1px solid #e6e6e6',
  h3: 'margin:1.1em 0 0.7em;font-size:1.12em;line-height:1.4;font-weight:bold;color:#222',
  h4: 'margin:1em 0 0.6em;font-size:1em;line-height:1.5;font-weight:bold;color:#222',
  h5: 'margin:1em 0 0.6em;font-size:0.94em;line-height:1.5;font-weight:bold;color:#444',
  h6: 'margin:1em 0 0.6em;font-size:0.88em;line-height:1.5;font-weight:bold;color:#666',
  p: 'margin:0 0 1em',
  strong: 'font-weight:bold;color:#222',
  em: 'font-style:italic',
  del: 'text-decoration:line-through;color:#888',
  code: 'font-size:0.88em;padding:0.1em 0.3em;margin:0 0.1em;border-radius:3px;background:#f3f3f3;color:#c7254e;font-family:Menlo,Consolas,"Courier New",monospace',
  pre: 'margin:0 0 1em;padding:0.9em 1em;border-radius:4px;background:#f6f8fa;overflow-x:auto;font-size:14px;line-height:1.6;text-align:left',
  preCode: 'display:block;white-space:nowrap;color:#383a42;font-family:Menlo,Consolas,"Courier New",monospace;background:none',
  blockquote: 'margin:0 0 1em;padding:0.6em 1em;border-left:4px solid #d0d7de;background:#f7f7f7;color:#666',
  list: 'margin:0 0 1em',
  subList: 'margin:0',
  listItem: 'display:flex;margin:0.2em 0',
  listMarker: 'flex-shrink:0;min-width:1.4em;padding-right:0.3em;text-align:right;color:#888',
  listContent: 'flex:1;min-width:0',
  listParagraph: 'margin:0 0 0.5em',
  lastParagraph: 'margin:0',
  tableWrap: 'margin:0 0 1em;overflow-x:auto',
  table: 'border-collapse:collapse;font-size:15px;line-height:1.6;min-width:100%',
  th: 'border:1px solid #dfdfdf;padding:0.4em 0.6em;background:#f6f6f6;font-weight:bold;white-space:nowrap',
  td: 'border:1px solid #dfdfdf;padding:0.4em 0.6em',
  hr: 'margin:1.5em 0;border:0;border-top:1px solid #e6e6e6;height:0',
  a: 'color:#576b95;text-decoration:none',
  refText: 'color:#576b95',
  refMark: 'font-size:0.7em;line-height:0;color:#576b95',
  refSection: 'margin:2em 0 0;padding-top:0.8em;border-top:1px solid #e6e6e6;font-size:14px;line-height:1.6;color:#888',
  refHeading: 'margin:0 0 0.5em;font-size:15px;font-weight:bold;color:#666',
  refItem: 'margin:0 0 0.3em;word-break:break-all',
  refUrl: 'color:#888',
  figure: 'margin:0 0 1em;text-align:center',
  img: 'display:block;max-width:100%;height:auto;margin:0 auto',
  imgInline: 'max-width:100%;height:auto;vertical-align:middle',
  figcaption: 'margin-top:0.4em;font-size:14px;line-height:1.5;color:#888',
  imgMissing: 'display:block;padding:1em;border:1px dashed #ccc;color:#888;font-size:14px',
  // A light palette in the manner of Atom One Light, readable on the #f6f8fa code background.
  syntax: {
    comment: 'color:#a0a1a7;font-style:italic',
    quote: 'color:#a0a1a7;font-style:italic',
    keyword: 'color:#a626a4',
    'selector-tag': 'color:#a626a4',
    doctag: 'color:#a626a4',
    formula: 'color:#a626a4',
    string: 'color:#50a14f',
    regexp: 'color:#50a14f',
    addition: 'color:#50a14f',
    'meta-string': 'color:#50a14f',
    number: 'color:#986801',
    attr: 'color:#986801',
    attribute: 'color:#986801',
    'selector-class': 'color:#986801',
    'selector-attr': 'color:#986801',
    'selector-pseudo': 'color:#986801',
    'template-variable': 'color:#986801',
    title: 'color:#4078f2',
    meta: 'color:#4078f2',
    symbol: 'color:#4078f2',
    bullet: 'color:#4078f2',
    link: 'color:#4078f2;text-decoration:underline',
    built_in: 'color:#c18401',
    type: 'color:#c18401',
    'selector-id': 'color:#c18401',
    literal: 'color:#0184bb',
    variable: 'color:#e45649',
    tag: 'color:#e45649',
    name: 'color:#e45649',
    deletion: 'color:#e45649',
    section: 'color:#e45649',
    emphasis: 'font-style:italic',
    strong: 'font-weight:bold',
  },
};
