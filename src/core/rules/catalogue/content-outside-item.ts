import type { RuleDefinition } from '../rule';

export const contentOutsideItem: RuleDefinition = {
  id: 'content-outside-item',
  tags: ['delivery'],
  defaultSeverity: 'warning',
  check: ({ doc }) => doc.looseContent.map((c) => ({ span: c.span })),
};
