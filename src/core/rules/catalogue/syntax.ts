// The parser's own findings (unterminated front matter, broken YAML, unclosed fences) as problems.
import type { RuleDefinition } from '../rule';

export const syntax: RuleDefinition = {
  id: 'syntax',
  tags: ['format'],
  defaultSeverity: 'error',
  check: ({ doc }) => doc.problems.map((p) => ({ span: p.span, data: { message: p.message } })),
};
