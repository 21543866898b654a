// An article body after an edit, re-parsed block by block: the top-level blocks around the change
// go through markdown-it again, every other token is reused (moved by the lines the edit added or
// removed). The result equals `md.parse(newBody)` (the property tests in
// test/unit/format/bodyReparse.test.ts compare the two after random edits).
//
// Why it works: markdown-it parses block by block, and at the first line of a top-level block that
// follows a blank line its state is the fresh state of a new document, whatever came before. So
// the stretch from such a line up to the next one can be parsed on its own, provided that
//  - nothing before the stretch reads into it: the stretch's first line is not edited (a list above
//    decides from that line whether it goes on), and the line above it is blank;
//  - nothing in the stretch reads past it: the line after it is an unedited, unindented line that
//    cannot continue a list, after a blank line, and no fence or HTML block in the stretch is left
//    open (it would swallow the rest);
//  - nothing is article-wide: link reference definitions (`[a]: url`, read by every link) and
//    footnotes, inline ones too (numbered in order, gathered at the end), make the whole body be
//    parsed again.
// Whenever one of these cannot be shown, the caller parses the whole body.
import { LineIndex } from './lines';
import type { MdToken } from './markdown';
import { sharedMarkdown } from './markdown';
import { diffRange } from './ranges';

/** Top-level blocks to step over, at most, to find a boundary that is safe on each side. */
const MAX_STEPS = 16;

/** The tokens of a body re-parsed block by block, and which of them are the old ones. */
export interface ReparsedBody {
  tokens: MdToken[];
  /** The first `head` tokens are the old ones, the same objects. */
  head: number;
  /** The last `tail` tokens are the old last `tail`, moved by the lines the change added (copies when it added any). */
  tail: number;
  /** Characters the change added (negative: removed); what follows it moved by as much. */
  delta: number;
}

/**
 * The tokens of `newBody`, reusing `oldTokens` (the tokens of `oldBody`) outside the blocks the
 * change touches; undefined when that cannot be done safely (the caller parses it whole).
 */
export function reparseBody(oldBody: string, oldTokens: readonly MdToken[], newBody: string): ReparsedBody | undefined {
  if (oldBody === newBody) return { tokens: oldTokens.slice(), head: oldTokens.length, tail: 0, delta: 0 };
  if (articleWide(oldBody) || articleWide(newBody)) return undefined;
  const change = diffRange(oldBody, newBody)!;
  // A change that starts between `\r` and `\n` touches the line the `\r` ends.
  const start = change.start > 0 && oldBody.charCodeAt(change.start - 1) === 13 ? change.start - 1 : change.start;
  const oldLines = markdownLines(oldBody);
  const newLines = markdownLines(newBody);
  const lineDelta = newLines.lineCount - oldLines.lineCount;
  const firstChanged = oldLines.lineAt(start);
  const lastChanged = oldLines.lineAt(change.oldEnd);

  const blocks = topLevelBlocks(oldTokens);
  // The stretch starts at a block before the first changed line, with a blank line above it.
  let s = -1;
  for (let b = blocks.length - 1, steps = 0; b >= 0 && steps <= MAX_STEPS; b--) {
    const line = blocks[b].line;
    if (line >= firstChanged) continue;
    steps++;
    if (line === 0 || isBlank(oldLines, line - 1)) {
      s = b;
      break;
    }
  }
  // Without one in reach, the stretch starts at the body's start.
  const fromLine = s < 0 ? 0 : blocks[s].line;
  const fromToken = s < 0 ? 0 : blocks[s].token;

  // …and ends before a block after the last changed line that nothing can run into.
  let e = -1;
  for (let b = 0, steps = 0; b < blocks.length && steps <= MAX_STEPS; b++) {
    const line = blocks[b].line;
    if (line <= lastChanged + 1) continue;
    steps++;
    if (isBlank(oldLines, line - 1) && startsFresh(oldLines, line)) {
      e = b;
      break;
    }
  }
  const toLine = e < 0 ? oldLines.lineCount : blocks[e].line;
  const toToken = e < 0 ? oldTokens.length : blocks[e].token;

  const from = newLines.lineStart(fromLine);
  const to = e < 0 ? newBody.length : newLines.lineStart(toLine + lineDelta);
  const part = sharedMarkdown().parse(newBody.slice(from, to), {});
  if (e >= 0) {
    // A fence or HTML block still open at the stretch's end would swallow what follows it.
    const lastLine = toLine + lineDelta - fromLine;
    for (const t of part) if (t.level === 0 && t.map && t.map[1] >= lastLine && (t.type === 'fence' || t.type === 'html_block' || t.type === 'code_block')) return undefined;
  }
  const out: MdToken[] = oldTokens.slice(0, fromToken);
  for (const t of part) {
    if (t.map && fromLine) t.map = [t.map[0] + fromLine, t.map[1] + fromLine];
    out.push(t);
  }
  for (let i = toToken; i < oldTokens.length; i++) out.push(lineDelta ? movedToken(oldTokens[i], lineDelta) : oldTokens[i]);
  return { tokens: out, head: fromToken, tail: oldTokens.length - toToken, delta: newBody.length - oldBody.length };
}

/**
 * Link reference definitions are read by every link of the body, and footnotes (`[^1]` with their
 * `[^1]:` notes, and inline `^[…]` notes) are numbered in order and gathered at its end.
 */
function articleWide(body: string): boolean {
  return body.includes(']:') || body.includes('[^') || body.includes('^[');
}

interface Block {
  token: number;
  line: number;
}

/** The first token and first line of each top-level block. */
function topLevelBlocks(tokens: readonly MdToken[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.level === 0 && t.nesting >= 0 && t.map) out.push({ token: i, line: t.map[0] });
  }
  return out;
}

/** The lines of `text` as markdown-it counts them: it reads `\r\n` and a lone `\r` as `\n`. */
function markdownLines(text: string): LineIndex {
  if (!text.includes('\r')) return new LineIndex(text, withoutFinalLine(text, new LineIndex(text).starts));
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return new LineIndex(text, withoutFinalLine(text, starts));
}

/** A final line break ends the last line; it does not open another. */
function withoutFinalLine(text: string, starts: number[]): number[] {
  if (starts.length > 1 && starts[starts.length - 1] === text.length) starts.pop();
  return starts;
}

function isBlank(lines: LineIndex, line: number): boolean {
  return /^[ \t]*[\r\n]*$/.test(lines.lineText(line));
}

/**
 * A line that starts a block of its own after a blank line, whatever is open above it: not
 * indented (it could continue a list item or an indented code block) and not a list marker (it
 * could continue a list of the same kind).
 */
function startsFresh(lines: LineIndex, line: number): boolean {
  const c = lines.text.charCodeAt(lines.lineStart(line));
  const digit = c >= 48 && c <= 57;
  return !(c === 32 || c === 9 || c === 45 /* - */ || c === 43 /* + */ || c === 42 /* * */ || digit || Number.isNaN(c));
}

/** A copy of a token whose lines, and those of the block tokens in it, move by `delta`. */
function movedToken(t: MdToken, delta: number): MdToken {
  if (!t.map) return t;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(t)) as MdToken, t);
  copy.map = [t.map[0] + delta, t.map[1] + delta];
  return copy;
}
