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
      if (info.size === undefined) continue;
      const data = { path: ref.path, size: formatBytes(info.size) };
      if (target === 'body') {
        if (info.size >= MB) out.push({ span: ref.span, key: 'body', data });
      } else if (info.size > 10 * MB) out.push({ span: ref.span, key: 'item', data });
      else if (info.size > 2 * MB) out.push({ span: ref.span, key: 'item-large', severity: 'warning', data });
    }
    return out;
  },
};
