import { articleTitle } from '../../format/queries';
import type { RuleDefinition } from '../rule';

export const titleRequired: RuleDefinition = {
  id: 'title-required',
  tags: ['article'],
  defaultSeverity: 'error',
  check: ({ doc }) => doc.items.filter((i) => i.kind === 'article' && !articleTitle(i)?.text.trim()).map((i) => ({ span: i.directiveSpan })),
};
