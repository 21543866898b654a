// A single-article push without a digest: WeChat takes the first 54 characters of the body, and
// that is what chat share cards carry. Showing the text lets the author decide.
import { articles, getField, stringValue } from '../../format/queries';
import { addItemFieldEdit } from '../edits';
import type { RuleDefinition } from '../rule';

export const AUTO_DIGEST_LENGTH = 54;

export const digestMissing: RuleDefinition = {
  id: 'digest-missing',
  tags: ['share', 'article'],
  defaultSeverity: 'info',
  check({ doc, analysis, t }) {
    const list = articles(doc);
    if (list.length !== 1) return [];
    const item = list[0];
    if (stringValue(getField(item.fields, 'digest'))) return [];
    const digest = analysis.plainTextStart(item, AUTO_DIGEST_LENGTH);
    // Nothing to quote: say what the reader will meet instead of showing “”.
    if (!digest) return [{ span: item.directiveSpan, key: 'no-text' }];
    const yamlSafe = /^[\w\u0080-\uffff][^:#]*$/.test(digest) && !/\s$/.test(digest) ? digest : JSON.stringify(digest);
    return [
      {
        span: item.directiveSpan,
        data: { digest },
        fixes: [{ title: t('fix.add-digest'), edits: [addItemFieldEdit(doc, item, `digest: ${yamlSafe}`)] }],
      },
    ];
  },
};
