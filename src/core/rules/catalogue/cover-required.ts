import { getField, stringValue } from '../../format/queries';
import type { RuleDefinition } from '../rule';

export const coverRequired: RuleDefinition = {
  id: 'cover-required',
  tags: ['article', 'media'],
  defaultSeverity: 'error',
  check: ({ doc }) => doc.items.filter((i) => i.kind === 'article' && !stringValue(getField(i.fields, 'cover'))).map((i) => ({ span: i.directiveSpan })),
};
