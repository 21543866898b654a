// `<!-- wxpush-disable rule-a rule-b -->`, `<!-- wxpush-enable … -->` and
// `<!-- wxpush-disable-next-line … -->`. The rule engine applies them; the parser only finds them.
import type { CommentKind, DirectiveComment, TextWithSpan } from './model';

const COMMENT = /<!--\s*wxpush-(disable-next-line|disable|enable)(?=[\s-])([\s\S]*?)-->/g;
const RULE_ID = /[A-Za-z0-9][\w-]*/g;

export function findDirectiveComments(text: string): DirectiveComment[] {
  const out: DirectiveComment[] = [];
  if (!text.includes('wxpush-')) return out;
  COMMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMENT.exec(text))) {
    const argsStart = m.index + m[0].length - 3 - m[2].length;
    const rules: TextWithSpan[] = [];
    RULE_ID.lastIndex = 0;
    let r: RegExpExecArray | null;
    while ((r = RULE_ID.exec(m[2]))) {
      rules.push({ text: r[0], span: { start: argsStart + r.index, end: argsStart + r.index + r[0].length } });
    }
    out.push({ kind: m[1] as CommentKind, rules, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}
