import type { RuleDefinition } from '../rule';

export const unknownItemType: RuleDefinition = {
  id: 'unknown-item-type',
  tags: ['delivery', 'format'],
  defaultSeverity: 'error',
  check: ({ doc, t }) =>
    doc.unknownDirectives.map((u) => ({
      span: u.directiveSpan,
      data: { name: u.name, suggestion: u.suggestion },
      fixes: [{ title: t('fix.replace', { text: `@${u.suggestion}` }), edits: [{ span: u.directiveSpan, newText: `@${u.suggestion}` }], safe: true }],
    })),
};
