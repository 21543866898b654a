// Platform rules §3.2: image URLs in article content must come from WeChat's own upload; images
// from other websites are filtered out.
import type { Finding, RuleDefinition } from '../rule';

const WECHAT_IMAGE_HOST = /^https?:\/\/mmbiz\.(?:qpic|qlogo)\.cn\//i;

export const remoteMedia: RuleDefinition = {
  id: 'remote-media',
  tags: ['media', 'article'],
  defaultSeverity: 'warning',
  check({ doc, refs }) {
    const out: Finding[] = [];
    for (const ref of refs) {
      if (!ref.remote || ref.item === undefined || WECHAT_IMAGE_HOST.test(ref.path)) continue;
      if (doc.items[ref.item]?.kind !== 'article' || ref.media !== 'image') continue;
      out.push({ span: ref.span, data: { path: ref.path } });
    }
    return out;
  },
};
