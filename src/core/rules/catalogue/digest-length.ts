import { getField, stringValue } from '../../format/queries';
import { lengthRule } from '../support/length';

/** Platform rules §2.3/§8: the API documents 128 characters, the editor 120. */
export const digestLength = lengthRule('digest-length', 120, 128, (item) => {
  const f = getField(item.fields, 'digest');
  const v = stringValue(f);
  return f && v ? { text: v, span: f.valueSpan } : undefined;
});
