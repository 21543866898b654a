// A theme's style attributes and the opening tags that carry them, written once per theme: the
// renderer writes the same few dozen tags thousands of times per article, and building each one
// from its parts allocated pieces that lived until the end of the render.
import { escapeHtml } from './urls';
import { defaultTheme, type Theme } from './theme';

export type StyleKey = Exclude<keyof Theme, 'syntax'>;

/** An opening tag: `prefix` + `suffix` is the whole tag; a preview line goes between the two. */
export interface Tag {
  open: string;
  prefix: string;
  suffix: string;
}

type Align = '' | 'left' | 'right' | 'center';

export type StyleAttrs = Record<StyleKey, string> & {
  syntax: Record<string, string>;
  tags: {
    h1: Tag; h2: Tag; h3: Tag; h4: Tag; h5: Tag; h6: Tag;
    p: Tag; lastParagraph: Tag; listParagraph: Tag; figure: Tag; blockquote: Tag;
    list: Tag; subList: Tag; listItem: Tag; hr: Tag; table: Tag; pre: Tag;
    /** `<th>` and `<td>` per alignment. */
    th: Record<Align, string>;
    td: Record<Align, string>;
    strong: string; em: string; del: string; code: string; refText: string;
    /** After a list item's line: its marker's box up to the marker, then from the marker to its content. */
    markerOpen: string;
    markerClose: string;
  };
  /** A list item's tag after its line, per marker (bullets, task boxes, short numbers). */
  markers: Map<string, string>;
};

export function style(s: string): string {
  return s ? ` style="${escapeHtml(s)}"` : '';
}

function tag(prefix: string, suffix = '>'): Tag {
  return { open: prefix + suffix, prefix, suffix };
}

/** Themes are built once and shared (see buildTheme), so their attributes are kept with them. */
const attrsByTheme = new WeakMap<Theme, StyleAttrs>();

export function styleAttrs(theme: Theme): StyleAttrs {
  let a = attrsByTheme.get(theme);
  if (!a) {
    const syntax: Record<string, string> = Object.create(null);
    for (const [scope, css] of Object.entries(theme.syntax ?? {})) if (typeof css === 'string' && css) syntax[scope] = style(css);
    a = { syntax } as StyleAttrs;
    // Every key of the shape, also those a hand-made theme leaves out (no attribute, as before).
    for (const key of new Set([...Object.keys(defaultTheme), ...Object.keys(theme)]) as Set<keyof Theme>) {
      if (key !== 'syntax') a[key] = typeof theme[key] === 'string' ? style(theme[key]) : '';
    }
    // A cell's style is the theme's with the column's alignment (written as before, from the theme's value).
    const cells = (name: 'th' | 'td'): Record<Align, string> => {
      const out = {} as Record<Align, string>;
      for (const align of ['', 'left', 'right', 'center'] as const) out[align] = `<${name}${style(theme[name] + (align ? `;text-align:${align}` : ''))}>`;
      return out;
    };
    a.tags = {
      h1: tag(`<h1${a.h1}`), h2: tag(`<h2${a.h2}`), h3: tag(`<h3${a.h3}`), h4: tag(`<h4${a.h4}`), h5: tag(`<h5${a.h5}`), h6: tag(`<h6${a.h6}`),
      p: tag(`<p${a.p}`),
      lastParagraph: tag(`<p${a.lastParagraph}`),
      listParagraph: tag(`<p${a.listParagraph}`),
      figure: tag(`<figure${a.figure}`),
      blockquote: tag(`<blockquote${a.blockquote}`),
      list: tag(`<section${a.list}`),
      subList: tag(`<section${a.subList}`),
      listItem: tag(`<section${a.listItem}`, ''),
      hr: tag(`<hr${a.hr}`),
      table: tag(`<section${a.tableWrap}`, `><table${a.table}>`),
      pre: tag(`<pre${a.pre}`, `><code${a.preCode}>`),
      th: cells('th'),
      td: cells('td'),
      strong: `<strong${a.strong}>`,
      em: `<em${a.em}>`,
      del: `<del${a.del}>`,
      code: `<code${a.code}>`,
      refText: `<span${a.refText}>`,
      markerOpen: `><span${a.listMarker}>`,
      markerClose: `</span><section${a.listContent}>`,
    };
    a.markers = new Map();
    attrsByTheme.set(theme, a);
  }
  return a;
}

/** What follows a list item's `<section style…` and line: the marker in its box, then the content's box. */
export function markerHtml(a: StyleAttrs, marker: string): string {
  let html = a.markers.get(marker);
  if (html === undefined) {
    html = a.tags.markerOpen + escapeHtml(marker) + a.tags.markerClose;
    // Bullets, task boxes and numbers up to 9999.: a few hundred at most per theme.
    if (marker.length <= 5) a.markers.set(marker, html);
  }
  return html;
}
