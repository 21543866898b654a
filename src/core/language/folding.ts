// Folding ranges: the front matter, each item, and inside articles the markdown sections, code
// blocks and multi-line HTML, plus multi-line HTML comments (commented-out items fold as comments). Lines are 0-based; a range folds
// the lines after startLine up to endLine.
import type { PushDocument } from '../format/model';
import { articleHeadings } from './headings';

export interface FoldRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}

export function buildFoldingRanges(doc: PushDocument): FoldRange[] {
  const out: FoldRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldRange['kind']) => {
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const lineAt = (offset: number) => doc.lines.lineAt(offset);

  const fm = doc.frontMatter;
  if (fm) add(lineAt(fm.span.start), lineAt(Math.max(fm.span.start, fm.span.end - 1)), 'region');

  for (const item of doc.items) {
    add(lineAt(item.span.start), lineAt(item.span.end), 'region');
    if (item.kind !== 'article' || !item.tokens) continue;
    for (const h of articleHeadings(doc, item)) add(h.line, h.sectionEndLine);
    for (const t of item.tokens) {
      if (!t.map || t.nesting === -1) continue;
      if (t.type === 'fence' || t.type === 'html_block' || t.type === 'table_open' || t.type === 'blockquote_open') {
        // map[1] is the line after the block; a fence that closes has its closing line inside.
        add(item.bodyLine + t.map[0], item.bodyLine + t.map[1] - 1);
      }
    }
  }

  // Every multi-line HTML comment (disable comments and commented-out items among them).
  for (const c of doc.htmlComments) add(lineAt(c.span.start), lineAt(Math.max(c.span.start, c.span.end - 1)), 'comment');
  for (const u of doc.unknownDirectives) add(lineAt(u.span.start), lineAt(u.span.end), 'region');

  // One range per start line (the editor keeps only one): the widest, and a kind over none.
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine || (a.kind ? 0 : 1) - (b.kind ? 0 : 1));
  return out.filter((r, i) => i === 0 || out[i - 1].startLine !== r.startLine);
}
