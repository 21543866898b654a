// Platform rules §4.4: video material is MP4 of at most 10 MB.
import type { Finding, RuleDefinition } from '../rule';
import { formatBytes, MB } from '../analysis/text';
import { formatName, knownMedia } from '../support/media-common';

export const videoLimits: RuleDefinition = {
  id: 'video-limits',
  tags: ['media'],
  defaultSeverity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    for (const ref of ctx.refs) {
      if (ref.media !== 'video') continue;
      const info = knownMedia(ctx, ref);
      if (!info) continue;
      if (info.format !== 'mp4') out.push({ span: ref.span, key: 'format', data: { path: ref.path, format: formatName(info, ref.path) } });
      if (info.size !== undefined && info.size > 10 * MB) out.push({ span: ref.span, key: 'size', data: { path: ref.path, size: formatBytes(info.size) } });
    }
    return out;
  },
};
