// `<!-- wxpush-disable rule-a rule-b -->`, `<!-- wxpush-enable … -->` and
// `<!-- wxpush-disable-next-line … -->`. The rule engine applies them; the parser only finds them,
// among the HTML comments its line scan found (so a directive in fenced code is code, and an
// unclosed `<!-- wxpush-disable` costs nothing).
import type { CommentKind, DirectiveComment, HtmlComment, TextWithSpan } from './model';

const DIRECTIVE = /^<!--\s*wxpush-(disable-next-line|disable|enable)(?=[\s-])/;
const RULE_ID = /[A-Za-z0-9][\w-]*/g;

export function directiveComments(text: string, comments: readonly HtmlComment[]): DirectiveComment[] {
  const out: DirectiveComment[] = [];
  for (const c of comments) {
    if (!c.closed) continue;
    // Only the head is matched here: a long comment is not copied to find out it is no directive.
    const m = DIRECTIVE.exec(text.slice(c.span.start, Math.min(c.span.end, c.span.start + 256)));
    if (!m) continue;
    const argsStart = c.span.start + m[0].length;
    const args = text.slice(argsStart, c.span.end - 3);
    const rules: TextWithSpan[] = [];
    RULE_ID.lastIndex = 0;
    let r: RegExpExecArray | null;
    while ((r = RULE_ID.exec(args))) {
      rules.push({ text: r[0], span: { start: argsStart + r.index, end: argsStart + r.index + r[0].length } });
    }
    out.push({ kind: m[1] as CommentKind, rules, span: { ...c.span } });
  }
  return out;
}
