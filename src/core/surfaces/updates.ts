// Preview updates without the article bodies the webview already holds.
//
// The rendered bodies are nearly all of a preview model (357 KB of the 2,000-line bench push's
// 371 KB), and a keystroke changes one of them at most; but an edit above an article moves the
// source lines and offsets its `data-line` and `data-span` attributes carry, so its HTML changes
// too. The extension remembers the body it last sent for each article and leaves out those the
// webview can rebuild from the one it holds: the same HTML, or the same HTML moved. The webview
// rebuilds them with the same function (and keeps a moved article's page, moving its positions),
// and asks for a whole model when it cannot (its page was rebuilt, or it never saw that body).
// In code-server this took keystroke → preview repainted from about 380 to 230 ms.
import type { PreviewModel } from './types';

/** An article body left out of an update: the webview's copy, moved by `lines` and `offset`. */
export interface KeptBody {
  item: number;
  lines: number;
  offset: number;
}

const POSITION = /data-line="(\d+)"|data-span="(\d+)-(\d+)"/g;

/** `html` with every `data-line` moved by `lines` and every `data-span` by `offset`. */
export function movePositions(html: string, lines: number, offset: number): string {
  if (!lines && !offset) return html;
  return html.replace(POSITION, (_m, line: string | undefined, start: string, end: string) =>
    line !== undefined ? `data-line="${Number(line) + lines}"` : `data-span="${Number(start) + offset}-${Number(end) + offset}"`,
  );
}

/** `html` without its source positions: what stays the same when the article only moves. */
export function withoutPositions(html: string): string {
  return html.replace(POSITION, '');
}

/** The source positions `html` carries, in order: each `data-line` as a line, each `data-span` as "start-end". */
export function positionsOf(html: string): { line?: string; span?: string }[] {
  const out: { line?: string; span?: string }[] = [];
  for (const m of html.matchAll(POSITION)) out.push(m[1] !== undefined ? { line: m[1] } : { span: `${m[2]}-${m[3]}` });
  return out;
}

/** The first `data-span` start in `html`, or undefined. */
function firstSpan(html: string): number | undefined {
  const m = /data-span="(\d+)-/.exec(html);
  return m ? Number(m[1]) : undefined;
}

/** The extension's memory of what the webview holds: each article body it sent, by item. */
export class SentBodies {
  private sent = new Map<number, { html: string; bodyLine: number }>();

  /**
   * The model to post, with the bodies the webview can rebuild left out (`html` empty), and how to
   * rebuild them. What it returns is remembered as sent: post it, or call `reset`.
   */
  compact(model: PreviewModel): { model: PreviewModel; kept: KeptBody[] } {
    const kept: KeptBody[] = [];
    const sent = new Map<number, { html: string; bodyLine: number }>();
    const articles = model.articles.map((a) => {
      sent.set(a.itemIndex, { html: a.html, bodyLine: a.bodyLine });
      const before = this.sent.get(a.itemIndex);
      if (!before) return a;
      let move: KeptBody | undefined;
      if (before.html === a.html) move = { item: a.itemIndex, lines: 0, offset: 0 };
      else {
        // Moved: the same body, its lines and offsets shifted alike (checked exactly, by moving it).
        const was = firstSpan(before.html);
        const is = firstSpan(a.html);
        const m = { item: a.itemIndex, lines: a.bodyLine - before.bodyLine, offset: was !== undefined && is !== undefined ? is - was : 0 };
        if ((m.lines || m.offset) && movePositions(before.html, m.lines, m.offset) === a.html) move = m;
      }
      if (!move) return a;
      kept.push(move);
      return { ...a, html: '' };
    });
    this.sent = sent;
    return { model: kept.length ? { ...model, articles } : model, kept };
  }

  /** Forgets everything: the next model goes whole (the page was rebuilt, or a post failed). */
  reset(): void {
    this.sent.clear();
  }
}

/**
 * The webview's side: the model with the `kept` bodies rebuilt from `held` (the model it shows);
 * undefined when `held` lacks one of them, and the webview must ask for a whole model.
 */
export function restoreBodies(model: PreviewModel, kept: readonly KeptBody[] | undefined, held: PreviewModel | undefined): PreviewModel | undefined {
  if (!kept || !kept.length) return model;
  if (!held) return undefined;
  const bodies = new Map(held.articles.map((a) => [a.itemIndex, a.html]));
  const keep = new Map(kept.map((k) => [k.item, k]));
  const articles = [];
  for (const a of model.articles) {
    const k = keep.get(a.itemIndex);
    if (!k) {
      articles.push(a);
      continue;
    }
    const html = bodies.get(a.itemIndex);
    if (html === undefined) return undefined;
    articles.push({ ...a, html: movePositions(html, k.lines, k.offset) });
  }
  return { ...model, articles };
}
