// Platform rules §4.1 (in-article images < 1 MB) and §4.2/§8 (permanent images ≤ 10 MB; warn over
// 2 MB, the former limit that older clients and tools still apply).
import type { Finding, RuleDefinition } from '../rule';
import { formatBytes, MB } from '../analysis/text';
import { knownImages } from '../support/media-common';

export const imageSize: RuleDefinition = {
  id: 'image-size',
  tags: ['media'],
  defaultSeverity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    for (const { ref, target, info } of knownImages(ctx)) {
      const size = info.size;
      if (size === undefined) continue;
      // The message's data is written only for a finding: most images are within their limits.
      const data = () => ({ path: ref.path, size: formatBytes(size) });
      if (target === 'body') {
        if (size >= MB) out.push({ span: ref.span, key: 'body', data: data() });
      } else if (size > 10 * MB) out.push({ span: ref.span, key: 'item', data: data() });
      else if (size > 2 * MB) out.push({ span: ref.span, key: 'item-large', severity: 'warning', data: data() });
    }
    return out;
  },
};
