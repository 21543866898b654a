import type { RuleDefinition } from '../rule';

export const textEmpty: RuleDefinition = {
  id: 'text-empty',
  tags: ['text'],
  defaultSeverity: 'error',
  check: ({ doc }) => doc.items.filter((i) => i.kind === 'text' && !i.message?.text.trim()).map((i) => ({ span: i.directiveSpan })),
};
