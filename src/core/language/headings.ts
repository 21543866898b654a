// The markdown headings of an article body, with the lines of the section each one opens. The
// outline nests them and folding folds them, so both read this one list.
import type { Item, PushDocument } from '../format/model';

export interface Heading {
  level: number;
  text: string;
  /** Document line of the heading (its first line for a setext heading). */
  line: number;
  /** Last non-blank line before the next heading of the same or a higher level, or the body's end. */
  sectionEndLine: number;
}

export function articleHeadings(doc: PushDocument, item: Item): Heading[] {
  const tokens = item.tokens;
  if (!tokens || !item.body) return [];
  const bodyEndLine = doc.lines.lineAt(item.body.span.end);
  const found: Heading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Only top-level headings: a heading inside a list or a quote is not a section.
    if (t.type !== 'heading_open' || !t.map || t.level !== 0) continue;
    const inline = tokens[i + 1];
    found.push({
      level: Number(t.tag.slice(1)) || 1,
      text: (inline && inline.type === 'inline' ? inline.content : '').trim(),
      line: item.bodyLine + t.map[0],
      sectionEndLine: bodyEndLine,
    });
  }
  for (let i = 0; i < found.length; i++) {
    let end = bodyEndLine;
    for (let j = i + 1; j < found.length; j++) {
      if (found[j].level <= found[i].level) {
        end = found[j].line - 1;
        break;
      }
    }
    found[i].sectionEndLine = lastNonBlank(doc, found[i].line, end);
  }
  return found;
}

function lastNonBlank(doc: PushDocument, from: number, to: number): number {
  let line = to;
  while (line > from && doc.lines.lineText(line).trim() === '') line--;
  return line;
}
