// Platform rules §5.1/§5.2: text messages over 2048 UTF-8 bytes are rejected (45002) by the
// message interfaces that document a limit; mass-send text has no documented limit, hence a warning.
import type { Finding, RuleDefinition } from '../rule';
import { utf8Bytes } from '../analysis/text';

export const MAX_TEXT_BYTES = 2048;

export const textLength: RuleDefinition = {
  id: 'text-length',
  tags: ['text'],
  defaultSeverity: 'warning',
  check({ doc }) {
    const out: Finding[] = [];
    for (const item of doc.items) {
      if (item.kind !== 'text' || !item.message) continue;
      const bytes = utf8Bytes(item.message.text);
      if (bytes > MAX_TEXT_BYTES) out.push({ span: item.message.span, data: { bytes } });
    }
    return out;
  },
};
