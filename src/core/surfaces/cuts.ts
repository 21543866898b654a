// Titles and digests cut by a surface's line clamp, as the webview measured them (at the phone's
// width, in the preview's fonts), turned into exact document ranges: from the first character a
// follower does not see to the end of the text. Pure: the editor adapter words and shows them.
import type { PushDocument, TextWithSpan } from '../format/model';
import { articleTitle, getField, stringValue } from '../format/queries';

/** The surfaces whose clamps cut an article's title or digest. */
export type CutSurface = 'folder' | 'chat' | 'moments';

export interface MeasuredCut {
  itemIndex: number;
  field: 'title' | 'digest';
  surface: CutSurface;
  /** The whole text the webview measured: a cut of an older text than the document's is dropped. */
  text: string;
  /** Code points shown before the clamp's ellipsis. */
  visible: number;
}

export interface CutProblem {
  cut: MeasuredCut;
  /** Document offsets of the hidden part of the text. */
  start: number;
  end: number;
  /** The last words shown before the cut ("…" first when there is more before them). */
  shownTail: string;
}

const TAIL = 12;

function fieldText(doc: PushDocument, cut: MeasuredCut): TextWithSpan | undefined {
  const item = doc.items[cut.itemIndex];
  if (!item || item.kind !== 'article') return undefined;
  if (cut.field === 'title') return articleTitle(item);
  const f = getField(item.fields, 'digest');
  const v = stringValue(f);
  return f && v ? { text: v, span: f.valueSpan } : undefined;
}

export function cutProblems(doc: PushDocument, cuts: readonly MeasuredCut[]): CutProblem[] {
  const out: CutProblem[] = [];
  for (const cut of cuts) {
    const t = fieldText(doc, cut);
    if (!t || t.text !== cut.text) continue;
    const points = Array.from(t.text);
    if (!(cut.visible >= 0 && cut.visible < points.length)) continue;
    const shown = points.slice(0, cut.visible).join('');
    const sourceText = doc.text.slice(t.span.start, t.span.end);
    // The value is written as is (no quotes, no escapes): the hidden part has an exact range.
    // Otherwise the whole value is marked.
    const exact = sourceText === t.text;
    const start = exact ? t.span.start + shown.length : t.span.start;
    const tail = Array.from(shown.trimEnd());
    out.push({ cut, start, end: t.span.end, shownTail: (tail.length > TAIL ? '…' : '') + tail.slice(-TAIL).join('').trimStart() });
  }
  return out;
}
