// Offset ↔ line/character conversion. Characters are UTF-16 code units, as in VS Code and LSP,
// so a position computed here can be handed to the editor unchanged. Lines end at `\n`; a `\r`
// before it belongs to the line break, not to the line's content.

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: number[];

  constructor(readonly text: string, starts?: number[]) {
    if (!starts) {
      starts = [0];
      let i = text.indexOf('\n');
      while (i !== -1) {
        starts.push(i + 1);
        i = text.indexOf('\n', i + 1);
      }
    }
    this.starts = starts;
  }

  /**
   * The index of `text`, which is this index's text with `[start, oldEnd)` replaced by
   * `[start, newEnd)`: the lines before the change are kept, those after it moved, and only the
   * new text is searched for line breaks (an edit of a long document re-reads one line).
   */
  afterChange(text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const old = this.starts;
    const starts: number[] = [];
    let k = 0;
    while (k < old.length && old[k] <= start) starts.push(old[k++]);
    for (let i = text.indexOf('\n', start); i !== -1 && i < newEnd; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    while (k < old.length && old[k] <= oldEnd) k++;
    const delta = newEnd - oldEnd;
    while (k < old.length) starts.push(old[k++] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    return { line, character: o - this.starts[line] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    return Math.min(this.starts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset of the end of the line's content (before `\r\n` or `\n`). */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}
