// Platform rules §3.16: video and audio cannot be embedded in article content; they are removed.
import type { Finding, RuleDefinition } from '../rule';
import { htmlTags } from '../support/html-scan';

const ITEM_FOR: Record<string, string> = { video: 'video', audio: 'audio', iframe: 'video' };

export const embeddedMedia: RuleDefinition = {
  id: 'embedded-media',
  tags: ['html', 'article', 'media'],
  defaultSeverity: 'warning',
  perItem: ['article'],
  check(ctx) {
    const out: Finding[] = [];
    for (const tag of htmlTags(ctx)) {
      const item = ITEM_FOR[tag.name];
      if (item) out.push({ span: tag.span, data: { tag: tag.name, item } });
    }
    return out;
  },
};
