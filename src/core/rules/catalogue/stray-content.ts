// Text under an image, audio or video item is never sent. HTML comments there are notes to the
// author (as before the first item), so only what remains without them is reported, and the fix
// keeps the notes with the media item instead of moving them into the new `@text`.
import type { HtmlComment, PushDocument, Span } from '../../format/model';
import type { TextEdit } from '../types';
import type { Finding, RuleDefinition } from '../rule';
import { eol } from '../analysis/text';

export const strayContent: RuleDefinition = {
  id: 'stray-content',
  tags: ['delivery'],
  defaultSeverity: 'warning',
  check({ doc, t }) {
    const out: Finding[] = [];
    let from = 0;
    const comments = doc.htmlComments;
    for (const item of doc.items) {
      if ((item.kind !== 'image' && item.kind !== 'audio' && item.kind !== 'video') || !item.body) continue;
      const body = item.body.span;
      while (from < comments.length && comments[from].span.end <= body.start) from++;
      const notes: HtmlComment[] = [];
      for (let i = from; i < comments.length && comments[i].span.start < body.end; i++) notes.push(comments[i]);
      const visible = visibleSpan(doc.text, body, notes);
      if (!visible) continue;
      out.push({
        span: visible,
        data: { kind: item.kind },
        // A `@text` line above the stray lines turns them into a message of their own.
        fixes: [{ title: t('fix.to-text'), edits: toTextEdits(doc, visible, notes) }],
      });
    }
    return out;
  },
};

/** From the first to the last character of `body` that is neither blank nor in a comment. */
function visibleSpan(text: string, body: Span, notes: readonly HtmlComment[]): Span | undefined {
  let first = -1;
  let last = -1;
  let pos = body.start;
  const scan = (a: number, b: number) => {
    for (let i = a; i < b; i++) {
      if (/\s/.test(text[i])) continue;
      if (first === -1) first = i;
      last = i + 1;
    }
  };
  for (const n of notes) {
    scan(pos, Math.max(pos, Math.min(n.span.start, body.end)));
    pos = Math.max(pos, n.span.end);
  }
  scan(pos, body.end);
  return first === -1 ? undefined : { start: first, end: last };
}

/**
 * Inserts `@text` above the first stray line. Notes that stand on lines of their own below it
 * would end up in the new item, so they move above the `@text` line with the media item.
 */
function toTextEdits(doc: PushDocument, visible: Span, notes: readonly HtmlComment[]): TextEdit[] {
  const nl = eol(doc);
  const lines = doc.lines;
  const at = lines.lineStart(lines.lineAt(visible.start));
  const edits: TextEdit[] = [];
  const moved: string[] = [];
  for (const n of notes) {
    if (n.span.start < at) continue;
    const first = lines.lineAt(n.span.start);
    const last = lines.lineAt(Math.max(n.span.start, n.span.end - 1));
    const start = lines.lineStart(first);
    const end = lines.lineEnd(last);
    // Only a note alone on its lines moves; one beside stray text stays in it (a message drops it).
    if (doc.text.slice(start, n.span.start).trim() || doc.text.slice(n.span.end, end).trim()) continue;
    moved.push(doc.text.slice(start, end));
    // The note's lines go with their line break (the one before, on the last line of the file).
    const span = last + 1 < lines.lineCount ? { start, end: lines.lineStart(last + 1) } : { start: lines.lineEnd(first - 1), end };
    edits.push({ span, newText: '' });
  }
  edits.unshift({ span: { start: at, end: at }, newText: moved.map((m) => m + nl).join('') + `@text${nl}` });
  return edits;
}
