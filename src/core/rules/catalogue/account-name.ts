import { frontMatterField, stringValue } from '../../format/queries';
import type { RuleDefinition } from '../rule';
import { documentSpan } from '../analysis/text';

export const accountName: RuleDefinition = {
  id: 'account-name',
  tags: ['delivery'],
  defaultSeverity: 'warning',
  check({ doc }) {
    const field = frontMatterField(doc, 'account');
    if (stringValue(field)) return [];
    return [{ span: field ? field.span : documentSpan(doc) }];
  },
};
