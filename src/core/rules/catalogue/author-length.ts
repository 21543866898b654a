import { getField, stringValue } from '../../format/queries';
import { lengthRule } from '../support/length';

/** Platform rules §2.2/§8: the API documents 16 characters, the editor 8. */
export const authorLength = lengthRule('author-length', 8, 16, (item) => {
  const f = getField(item.fields, 'author');
  const v = stringValue(f);
  return f && v ? { text: v, span: f.valueSpan } : undefined;
});
