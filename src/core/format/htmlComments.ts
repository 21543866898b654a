// HTML comments (`<!-- … -->`) hide what is inside them: an item directive in a comment is no
// item. The parser feeds this scanner one line at a time (outside the front matter and fenced
// code), so it knows at the start of each line whether a comment is open. Each line is searched
// once with indexOf, so the scan is linear even for thousands of unclosed `<!--`.
//
// Inside an article body the scanner follows markdown-it, which decides what the preview shows:
// a `<!--` inside a code span (an odd number of backticks before it on the line) is code, and one
// in the middle of a line (inline HTML) is a comment only if its `-->` comes before the paragraph
// ends at a blank line or at an item directive (which ends the body markdown-it sees), so it never
// hides a directive; one that starts a line (an HTML block) runs to its `-->`. Elsewhere any
// `<!--` runs to `-->` (or to the end of the text).
import type { HtmlComment } from './model';

const OPEN = '<!--';
const CLOSE = '-->';
/** Where a paragraph ends for an inline comment: a blank line, or an item directive (the body ends). */
const PARAGRAPH_END = /\n(?:[ \t]*\r?(?:\n|$)|@(?:article|text|image|audio|video)(?=[ \t\r\n]|$))/g;

export class CommentScanner {
  readonly comments: HtmlComment[] = [];
  private openAt = -1;
  /** An inline `<!--` at or after this offset has no `-->` before its paragraph ends. */
  private noCloseFrom = Infinity;
  private noCloseTo = -1;

  private nextClose = -2;
  private nextBlank = -1;

  constructor(private readonly text: string) {}

  /** True when a comment is open at the start of the next line. */
  get open(): boolean {
    return this.openAt !== -1;
  }

  /** Where the open comment starts (-1 when none is open). */
  get openStart(): number {
    return this.openAt;
  }

  /**
   * Scans one line (its text from `from` on) that starts at document offset `lineStart`.
   * `markdown`: the line is in an article body; `line`: an article's directive or field line,
   * which markdown-it never sees, so a comment there cannot span lines.
   */
  scanLine(t: string, lineStart: number, mode: 'text' | 'markdown' | 'line', from = 0): void {
    const markdown = mode === 'markdown';
    const lastClose = mode === 'line' ? t.lastIndexOf(CLOSE) : -1;
    let i = from;
    let ticks = 0;
    let ticksTo = from;
    for (;;) {
      if (this.openAt !== -1) {
        const e = t.indexOf(CLOSE, i);
        if (e === -1) return;
        this.comments.push({ span: { start: this.openAt, end: lineStart + e + 3 }, closed: true });
        this.openAt = -1;
        i = ticksTo = e + 3;
        continue;
      }
      const s = t.indexOf(OPEN, i);
      if (s === -1) return;
      if (markdown) {
        for (let k = ticksTo; k < s; k++) if (t.charCodeAt(k) === 96) ticks++;
        ticksTo = s;
        if (ticks % 2 === 1) {
          i = s + 1;
          continue;
        }
      }
      // `<!-->` and `<!--->` are complete (empty) comments.
      const after = s + 4;
      if (t.startsWith('>', after) || t.startsWith('->', after)) {
        const end = after + (t[after] === '>' ? 1 : 2);
        this.comments.push({ span: { start: lineStart + s, end: lineStart + end }, closed: true });
        i = ticksTo = end;
        continue;
      }
      const inline = markdown && !/^ {0,3}$/.test(t.slice(0, s));
      if ((inline && !this.closesInParagraph(lineStart + s)) || (mode === 'line' && lastClose < after)) {
        i = after;
        continue;
      }
      this.openAt = lineStart + s;
      i = after;
    }
  }

  /** Closes the scan at the end of the text: a comment still open runs to it. */
  finish(textLength: number): HtmlComment[] {
    if (this.openAt !== -1) {
      this.comments.push({ span: { start: this.openAt, end: textLength }, closed: false });
      this.openAt = -1;
    }
    return this.comments;
  }

  /**
   * Whether a `-->` follows `at` before the paragraph ends. Remembers a "no" for
   * the rest of that paragraph, so many unclosed `<!--` in one paragraph cost one search.
   */
  private closesInParagraph(at: number): boolean {
    if (at >= this.noCloseFrom && at < this.noCloseTo) return false;
    // Openers come in document order, so each search can start where the last one ended.
    if (this.nextClose === -2 || (this.nextClose !== -1 && this.nextClose < at + 4)) this.nextClose = this.text.indexOf(CLOSE, at + 4);
    const close = this.nextClose;
    if (this.nextBlank < at) {
      PARAGRAPH_END.lastIndex = at;
      const blank = PARAGRAPH_END.exec(this.text);
      this.nextBlank = blank ? blank.index : this.text.length;
    }
    const paragraphEnd = this.nextBlank;
    if (close !== -1 && close < paragraphEnd) return true;
    this.noCloseFrom = at;
    this.noCloseTo = paragraphEnd;
    return false;
  }
}
