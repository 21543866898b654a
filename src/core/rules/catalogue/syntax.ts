// The parser's own findings (unterminated front matter, broken YAML, unclosed fences) as problems.
// English keeps the parser's wording; other languages get a template per problem code, with the
// YAML library's detail (always English) and the line numbers passed through.
import type { RuleDefinition } from '../rule';

export const syntax: RuleDefinition = {
  id: 'syntax',
  tags: ['format'],
  defaultSeverity: 'error',
  check: ({ doc }) =>
    doc.problems.map((p) => {
      const colon = p.message.indexOf(': ');
      return {
        span: p.span,
        key: p.code,
        data: {
          message: p.message,
          detail: colon === -1 ? p.message : p.message.slice(colon + 2),
          lines: /line ([\d, ]+)/.exec(p.message)?.[1].trim() ?? '',
          ...p.data,
        },
      };
    }),
};
