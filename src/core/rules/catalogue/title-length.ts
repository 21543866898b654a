import { articleTitle } from '../../format/queries';
import type { RuleDefinition } from '../rule';
import { lengthRule } from '../support/length';

/** Platform rules §2.1/§8: the draft API documents 32 characters, the editor accepts 64. */
const byLength = lengthRule('title-length', 32, 64, articleTitle);

// §8 also reports titles with line breaks or control characters rejected (45003); a quoted YAML
// title such as "a\nb" can carry them.
const CONTROL = /[\u0000-\u001f\u007f]/;

export const titleLength: RuleDefinition = {
  ...byLength,
  check(ctx) {
    const out = byLength.check(ctx);
    for (const item of ctx.doc.items) {
      const title = item.kind === 'article' ? articleTitle(item) : undefined;
      if (title && CONTROL.test(title.text)) out.push({ span: title.span, key: 'control', severity: 'error' });
    }
    return out;
  },
};
