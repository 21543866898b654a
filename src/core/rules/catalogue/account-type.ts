import { frontMatterField } from '../../format/queries';
import { ACCOUNT_TYPES } from '../../format/schema';
import { closest } from '../../text/similarity';
import { addFrontMatterFieldEdit } from '../edits';
import type { RuleDefinition } from '../rule';
import { documentSpan } from '../analysis/text';

export const accountTypeRule: RuleDefinition = {
  id: 'account-type',
  tags: ['delivery'],
  defaultSeverity: 'error',
  check({ doc, t }) {
    const field = frontMatterField(doc, 'type');
    if (!field || field.value === null || field.value === '') {
      return [
        {
          span: field ? field.span : documentSpan(doc),
          key: 'missing',
          fixes: ACCOUNT_TYPES.map((type) => ({
            title: t('fix.add-type', { type }),
            edits: field ? [{ span: field.valueSpan, newText: (field.valueSpan.start === field.keySpan.end + 1 ? ' ' : '') + type }] : addFrontMatterFieldEdit(doc, `type: ${type}`),
          })),
        },
      ];
    }
    const value = typeof field.value === 'string' ? field.value.trim() : String(field.value);
    if ((ACCOUNT_TYPES as readonly string[]).includes(value.toLowerCase())) return [];
    const suggestion = closest(value, ACCOUNT_TYPES);
    return [
      {
        span: field.valueSpan,
        key: 'invalid',
        data: { value: field.raw, hint: suggestion ? t('unknown-key.hint', { suggestion }) : '' },
        fixes: suggestion ? [{ title: t('fix.replace', { text: suggestion }), edits: [{ span: field.valueSpan, newText: suggestion }], safe: true }] : undefined,
      },
    ];
  },
};
