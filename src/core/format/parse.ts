// parsePush: one pass over the lines of a `.wxpush` file → PushDocument.
//
// The line scanner decides the structure (front matter, item directives, field blocks, bodies) and
// hands the pieces to the libraries made for them: `yaml` for the front matter and field values,
// markdown-it for article bodies. It never throws: anything it cannot read becomes a SyntaxProblem.
import { directiveComments } from './comments';
import { CommentScanner } from './htmlComments';
import { inlineNodes } from './inline';
import { LineIndex } from './lines';
import { sharedMarkdown, type MdToken } from './markdown';
import type { Field, FrontMatter, InlineNode, Item, ItemKind, PushDocument, Span, SyntaxProblem, TextWithSpan, UnknownDirective } from './model';
import { ITEM_KINDS } from './model';
import { isItemKind } from './schema';
import { FIELD_LINE, parseFieldLine, parseFrontMatterYaml } from './yamlFields';
import { closest } from '../text/similarity';

const DIRECTIVE = /^@([A-Za-z][A-Za-z0-9_-]*)(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
const WXPUSH_COMMENT_LINE = /^\s*<!--\s*wxpush-[\s\S]*-->\s*$/;

interface OpenSection {
  kind: ItemKind | 'unknown';
  headerLine: number;
  directiveSpan: Span;
  headerSpan: Span;
  name: string;
  argument?: TextWithSpan;
  fields: Field[];
  /** True while field lines may still follow. */
  inFields: boolean;
  /** First line of the body (after the fields), or -1 before it is known. */
  bodyFirstLine: number;
  /** First and last lines that hold content (non-blank, not a lone wxpush comment). */
  firstContentLine: number;
  lastContentLine: number;
  fence?: { char: string; length: number; line: number; swallowed: number[] };
}

/**
 * How an incremental parse hands over an article body built from an earlier parse (see reparsePush
 * and reparseBody): its tokens, and its inline nodes given where the body now lies; undefined to
 * have markdown-it parse it.
 */
export type BodyTokens = (body: string) => ReusedBody | undefined;

export interface ReusedBody {
  tokens: MdToken[];
  inline(text: string, lines: LineIndex, bodyLine: number, bodyOffset: number): InlineNode[];
}

export function parsePush(input: string, bodyTokens?: BodyTokens): PushDocument {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const lines = new LineIndex(text);
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const problems: SyntaxProblem[] = [];
  const items: Item[] = [];
  const unknownDirectives: UnknownDirective[] = [];
  const looseContent: PushDocument['looseContent'] = [];
  const lineCount = lines.lineCount;

  const lineText = (n: number) => {
    const s = lines.lineStart(n) + (n === 0 ? bomLength : 0);
    return text.slice(s, lines.lineEnd(n));
  };
  const lineStartOf = (n: number) => lines.lineStart(n) + (n === 0 ? bomLength : 0);

  // ---- front matter -------------------------------------------------------------------------
  let frontMatter: FrontMatter | undefined;
  let line = 0;
  if (lineCount > 0 && FRONT_MATTER_FENCE.test(lineText(0))) {
    let close = -1;
    let firstDirective = -1;
    for (let n = 1; n < lineCount; n++) {
      const t = lineText(n);
      if (FRONT_MATTER_FENCE.test(t) || /^\.\.\.[ \t]*$/.test(t)) {
        close = n;
        break;
      }
      if (firstDirective === -1 && t.charCodeAt(0) === 64) {
        const m = DIRECTIVE.exec(t);
        if (m && isItemKind(m[1])) firstDirective = n;
      }
    }
    const open = lineStartOf(0);
    const contentStart = lineCount > 1 ? lines.lineStart(1) : text.length;
    let contentEnd: number;
    let spanEnd: number;
    if (close !== -1) {
      contentEnd = lines.lineStart(close);
      spanEnd = lines.lineEnd(close);
      line = close + 1;
    } else {
      const last = firstDirective === -1 ? lineCount : firstDirective;
      contentEnd = last >= lineCount ? text.length : lines.lineStart(last);
      spanEnd = contentEnd;
      line = last;
      problems.push({
        code: 'front-matter-unterminated',
        message: 'The front matter has no closing `---` line.',
        span: { start: open, end: lines.lineEnd(0) },
      });
    }
    const cs = Math.min(contentStart, contentEnd);
    frontMatter = {
      span: { start: open, end: spanEnd },
      contentSpan: { start: cs, end: contentEnd },
      terminated: close !== -1,
      fields: parseFrontMatterYaml(text.slice(cs, contentEnd), cs, problems),
    };
  }

  // ---- items --------------------------------------------------------------------------------
  const md = sharedMarkdown();
  const scanner = new CommentScanner(text);
  /** Item directive lines hidden in the comment that is open (reported if it never closes). */
  let hidden: number[] = [];
  let current: OpenSection | undefined;
  let preambleFirst = -1;
  let preambleLast = -1;

  /** The comments that overlap `span` (items come in order, so earlier comments are skipped for good). */
  let commentFrom = 0;
  const commentsIn = (span: Span): Span[] => {
    const all = scanner.comments;
    while (commentFrom < all.length && all[commentFrom].span.end <= span.start) commentFrom++;
    const out: Span[] = [];
    for (let i = commentFrom; i < all.length && all[i].span.start < span.end; i++) out.push(all[i].span);
    return out;
  };

  const closeSection = () => {
    if (!current) return;
    const s = current;
    current = undefined;
    if (s.fence && s.fence.swallowed.length) {
      const fenceLine = s.fence.line;
      problems.push({
        code: 'fence-unterminated',
        message: fenceUnterminatedMessage(s.fence.swallowed),
        span: { start: lineStartOf(fenceLine), end: lines.lineEnd(fenceLine) },
        lines: s.fence.swallowed,
      });
    }
    const contentEnd = s.lastContentLine >= 0 ? lines.lineEnd(s.lastContentLine) : s.headerSpan.end;
    const lastField = s.fields.length ? s.fields[s.fields.length - 1].span.end : 0;
    const span = { start: s.directiveSpan.start, end: Math.max(contentEnd, s.headerSpan.end, lastField) };
    let body: TextWithSpan | undefined;
    if (s.firstContentLine >= 0 && s.lastContentLine >= s.firstContentLine) {
      const bs = lineStartOf(s.firstContentLine);
      body = { text: text.slice(bs, contentEnd), span: { start: bs, end: contentEnd } };
    }
    if (s.kind === 'unknown') {
      unknownDirectives.push({
        name: s.name,
        directiveSpan: s.directiveSpan,
        headerSpan: s.headerSpan,
        span,
        suggestion: closest(s.name, ITEM_KINDS) ?? 'article',
      });
      return;
    }
    duplicateFields(s.fields, problems);
    const bodyLine = body ? s.firstContentLine : s.headerLine + 1;
    const item: Item = {
      kind: s.kind,
      index: items.length,
      span,
      directiveSpan: s.directiveSpan,
      headerSpan: s.headerSpan,
      argument: s.argument,
      fields: s.fields,
      body,
      bodyLine: Math.min(bodyLine, lineCount - 1),
      bodyOffset: body ? body.span.start : s.headerSpan.end,
    };
    if (s.kind === 'article') {
      try {
        const src = body ? body.text : '';
        const reused = bodyTokens?.(src);
        item.tokens = reused ? reused.tokens : md.parse(src, {});
        item.inline = reused ? reused.inline(text, lines, item.bodyLine, item.bodyOffset) : inlineNodes(text, lines, item.tokens, item.bodyLine);
      } catch {
        item.tokens = [];
        item.inline = [];
      }
    } else if (s.kind === 'text') {
      item.message = textMessage(text, s.argument, body, commentsIn(span));
    }
    items.push(item);
  };

  for (; line < lineCount; line++) {
    const t = lineText(line);
    const start = lineStartOf(line);
    const s = current;

    // Fences only matter inside an article body: a directive inside one is code, not an item.
    if (s && s.kind === 'article' && !s.inFields && s.fence) {
      const f = FENCE.exec(t);
      if (f && f[1][0] === s.fence.char && f[1].length >= s.fence.length && f[2].trim() === '') s.fence = undefined;
      else if (isItemDirective(t)) s.fence.swallowed.push(line);
      markContent(s, line, t);
      continue;
    }

    // Inside an HTML comment nothing starts: no item, field or fence; the line is a note.
    if (scanner.open) {
      if (isItemDirective(t)) hidden.push(line);
      if (s && s.inFields) {
        s.inFields = false;
        s.bodyFirstLine = line;
      }
      scanner.scanLine(t, start, s && s.kind === 'article' ? 'markdown' : 'text');
      if (!scanner.open) hidden = [];
      if (s) markContent(s, line, t);
      else if (!isBlankOrComment(t)) {
        if (preambleFirst < 0) preambleFirst = line;
        preambleLast = line;
      }
      continue;
    }

    if (s && s.kind === 'article' && !s.inFields && openFence(s, line, t)) continue;

    if (t.charCodeAt(0) === 64 /* @ */) {
      const m = DIRECTIVE.exec(t);
      if (m) {
        const name = m[1];
        const known = isItemKind(name);
        if (known || closest(name, ITEM_KINDS)) {
          if (!current && preambleFirst >= 0) pushLoose();
          closeSection();
          current = openSection(known ? (name as ItemKind) : 'unknown', name, line, start, t);
          scanner.scanLine(t, start, name === 'article' ? 'line' : 'text', m[0].length);
          continue;
        }
      }
    }

    if (!s) {
      if (!isBlankOrComment(t)) {
        if (preambleFirst < 0) preambleFirst = line;
        preambleLast = line;
      }
      scanner.scanLine(t, start, 'text');
      continue;
    }

    if (s.inFields) {
      if (s.kind !== 'text' && s.kind !== 'unknown' && FIELD_LINE.test(t)) {
        s.fields.push(parseFieldLine(t, start, problems));
        scanner.scanLine(t, start, s.kind === 'article' ? 'line' : 'text');
        continue;
      }
      s.inFields = false;
      s.bodyFirstLine = line;
      // The body starts on this line: a fence here must be seen by the fence logic.
      if (s.kind === 'article' && openFence(s, line, t)) continue;
    }
    scanner.scanLine(t, start, s.kind === 'article' ? 'markdown' : 'text');
    markContent(s, line, t);
  }
  if (!current && preambleFirst >= 0) pushLoose();
  if (scanner.open && hidden.length) {
    const open = scanner.openStart;
    const openLine = lines.lineAt(open);
    problems.push({
      code: 'comment-unterminated',
      // No line numbers: the message stays true when lines above move (incremental parsing).
      message: `This comment is never closed, so it hides everything after it, ${hidden.length === 1 ? 'an item directive' : `${hidden.length} item directives`} included.`,
      span: { start: open, end: lines.lineEnd(openLine) },
      data: { count: hidden.length },
    });
  }
  const htmlComments = scanner.finish(text.length);
  // The YAML library may point at the `\r` of a CRLF: a range ends at the line's end, never in the break.
  for (const p of problems) p.span = offCrlf(text, p.span);
  closeSection();

  function pushLoose() {
    const s = lineStartOf(preambleFirst);
    const e = lines.lineEnd(preambleLast);
    looseContent.push({ span: { start: s, end: e }, text: text.slice(s, e) });
    preambleFirst = preambleLast = -1;
  }

  function openSection(kind: OpenSection['kind'], name: string, n: number, start: number, t: string): OpenSection {
    const directiveSpan = { start, end: start + 1 + name.length };
    const headerSpan = { start, end: start + t.length };
    let a = 1 + name.length;
    while (a < t.length && (t[a] === ' ' || t[a] === '\t')) a++;
    // A comment after the argument is a note, not part of the title or path.
    const note = t.indexOf('<!--', a);
    let e = note === -1 ? t.length : note;
    while (e > a && (t[e - 1] === ' ' || t[e - 1] === '\t')) e--;
    const argument = e > a ? { text: t.slice(a, e), span: { start: start + a, end: start + e } } : undefined;
    return {
      kind,
      name,
      headerLine: n,
      directiveSpan,
      headerSpan,
      argument,
      fields: [],
      inFields: kind !== 'text',
      bodyFirstLine: kind === 'text' ? n + 1 : -1,
      firstContentLine: -1,
      lastContentLine: -1,
    };
  }

  return {
    text,
    lines,
    bomLength,
    frontMatter,
    items,
    unknownDirectives,
    comments: directiveComments(text, htmlComments),
    htmlComments,
    looseContent,
    problems,
  };
}

/** A field given twice in one item: the last one wins (as `getField` reads it), the others are reported. */
function duplicateFields(fields: readonly Field[], problems: SyntaxProblem[]) {
  if (fields.length < 2) return;
  const last = new Map<string, Field>();
  for (const f of fields) last.set(f.key, f);
  if (last.size === fields.length) return;
  for (const f of fields) {
    const winner = last.get(f.key)!;
    if (winner === f) continue;
    const value = winner.raw.length > 60 ? `${winner.raw.slice(0, 59)}…` : winner.raw;
    problems.push({
      code: 'field-duplicate',
      message: `\`${f.key}:\` is given more than once in this item; the last one wins${value ? ` (\`${value}\`)` : ' (empty)'}.`,
      span: f.span,
      data: { key: f.key, value: value || '∅' },
    });
  }
}

function insideCrlf(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}

/** `span` with an end that falls between `\r` and `\n` moved back onto the end of its line. */
export function offCrlf(text: string, span: Span): Span {
  const start = insideCrlf(text, span.start) ? span.start - 1 : span.start;
  const end = insideCrlf(text, span.end) ? span.end - 1 : span.end;
  return start === span.start && end === span.end ? span : { start, end: Math.max(start, end) };
}

/** The message of an unclosed fence that swallows the directives on `lines` (0-based). */
export function fenceUnterminatedMessage(lines: readonly number[]): string {
  return `This code block is never closed, so the item directives on line ${lines.map((n) => n + 1).join(', ')} are read as code.`;
}

function isItemDirective(t: string): boolean {
  if (t.charCodeAt(0) !== 64) return false;
  const m = DIRECTIVE.exec(t);
  return !!m && isItemKind(m[1]);
}

function isBlankOrComment(t: string): boolean {
  return t.trim() === '' || WXPUSH_COMMENT_LINE.test(t);
}

/** Opens a code fence in an article body when line `n` starts one (a backtick fence's info string holds no backtick, as in CommonMark). */
function openFence(s: OpenSection, n: number, t: string): boolean {
  const f = FENCE.exec(t);
  if (!f || (f[1][0] === '`' && f[2].includes('`'))) return false;
  s.fence = { char: f[1][0], length: f[1].length, line: n, swallowed: [] };
  markContent(s, n, t);
  return true;
}

function markContent(s: OpenSection, n: number, t: string) {
  if (isBlankOrComment(t)) return;
  if (s.firstContentLine < 0) s.firstContentLine = n;
  s.lastContentLine = n;
}

/** A text item's message: the directive's argument, then the body; `\@` at a line start is `@`. */
function textMessage(text: string, argument: TextWithSpan | undefined, body: TextWithSpan | undefined, comments: readonly Span[]): TextWithSpan | undefined {
  if (!argument && !body) return undefined;
  const start = argument ? argument.span.start : body!.span.start;
  const end = body ? body.span.end : argument!.span.end;
  const parts = [argument?.text, body && visibleText(text, body.span, comments)].filter((p): p is string => p !== undefined);
  const joined = parts.join('\n').replace(/\r\n?/g, '\n');
  return { text: joined.replace(/^\\@/gm, '@'), span: { start, end } };
}

/** The text of `span` without the comments in it; a line that holds only a comment goes entirely. */
function visibleText(text: string, span: Span, comments: readonly Span[]): string {
  let out = '';
  let pos = span.start;
  for (const c of comments) {
    let from = Math.max(c.start, span.start);
    let to = Math.min(c.end, span.end);
    if (to <= pos) continue;
    if (from >= span.end) break;
    const lineStart = text.lastIndexOf('\n', from - 1) + 1;
    if (lineStart >= pos && isBlanks(text, lineStart, from)) {
      let after = to;
      while (after < span.end && (text[after] === ' ' || text[after] === '\t' || text[after] === '\r')) after++;
      if (after >= span.end || text[after] === '\n') {
        from = lineStart;
        to = after < span.end ? after + 1 : after;
      }
    }
    out += text.slice(pos, from);
    pos = to;
  }
  if (pos === span.start) return text.slice(span.start, span.end);
  out += text.slice(pos, span.end);
  // Comments at the ends leave blank lines behind; the message is trimmed of them as before.
  let a = 0;
  for (let i = 0; i < out.length && /\s/.test(out[i]); i++) if (out[i] === '\n') a = i + 1;
  let b = out.length;
  for (let i = out.length - 1; i >= a && /\s/.test(out[i]); i--) if (out[i] === '\n' || out[i] === '\r') b = i;
  return out.slice(a, b);
}

function isBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}
