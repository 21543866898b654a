// Changed ranges: what an edit replaced, from the editor's change events or from two texts. Shared
// by the incremental parse of a push (incremental.ts) and of an article body (bodyReparse.ts).

/** A replaced range: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface ChangedRange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** VS Code's `TextDocumentContentChangeEvent` shape, reduced to what the range needs. */
export interface ContentChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * The range that covers the changes of one editor event. VS Code applies an event's changes one
 * after another; it sends several only for multi-cursor edits, in an order where each range is
 * also valid in the text before the event. The caller checks the result against the new length.
 */
export function changedRangeOf(changes: readonly ContentChange[]): ChangedRange | undefined {
  if (!changes.length) return undefined;
  let start = Infinity;
  let oldEnd = -Infinity;
  let delta = 0;
  for (const c of changes) {
    start = Math.min(start, c.rangeOffset);
    oldEnd = Math.max(oldEnd, c.rangeOffset + c.rangeLength);
    delta += c.text.length - c.rangeLength;
  }
  return { start, oldEnd, newEnd: oldEnd + delta };
}

/** One range for two edits in a row: `first` on the old text, then `second` on its result. */
export function composeRanges(first: ChangedRange, second: ChangedRange): ChangedRange {
  const start = Math.min(first.start, second.start);
  const oldEnd = second.oldEnd > first.newEnd ? second.oldEnd - (first.newEnd - first.oldEnd) : first.oldEnd;
  const newEnd = first.newEnd > second.oldEnd ? first.newEnd + (second.newEnd - second.oldEnd) : second.newEnd;
  return { start, oldEnd, newEnd };
}

/** The smallest range in which two texts differ (common prefix and suffix removed). */
export function diffRange(oldText: string, newText: string): ChangedRange | undefined {
  if (oldText === newText) return undefined;
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}
