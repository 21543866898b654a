import type { RuleDefinition } from '../rule';
import { documentSpan } from '../analysis/text';

export const pushEmpty: RuleDefinition = {
  id: 'push-empty',
  tags: ['delivery'],
  defaultSeverity: 'error',
  // Misspelled items (@artcle) already get their own error; the push is not "empty" then.
  check: ({ doc }) => (doc.items.length || doc.unknownDirectives.length ? [] : [{ span: documentSpan(doc) }]),
};
