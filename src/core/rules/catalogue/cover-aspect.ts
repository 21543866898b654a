// The first article's cover is shown at 2.35:1, the others' at 1:1 (platform rules §2.8, §7.5).
// Far from the ratio means more than a quarter off, so ordinary photos near the ratio pass.
import type { Finding, RuleDefinition } from '../rule';

const TOLERANCE = 1.25;

export const coverAspect: RuleDefinition = {
  id: 'cover-aspect',
  tags: ['article', 'media', 'share'],
  defaultSeverity: 'info',
  check({ doc, refs, context }) {
    const out: Finding[] = [];
    const firstArticle = doc.items.find((i) => i.kind === 'article');
    for (const ref of refs) {
      if (ref.role !== 'cover' || ref.remote || ref.item === undefined || doc.items[ref.item]?.kind !== 'article') continue;
      const info = context.media?.get(ref.path);
      if (!info?.exists || !info.width || !info.height) continue;
      const first = doc.items[ref.item] === firstArticle;
      const target = first ? 2.35 : 1;
      const ratio = info.width / info.height;
      if (ratio / target <= TOLERANCE && target / ratio <= TOLERANCE) continue;
      out.push({ span: ref.span, key: first ? 'first' : 'other', data: { width: info.width, height: info.height, ratio: ratio.toFixed(2) } });
    }
    return out;
  },
};
