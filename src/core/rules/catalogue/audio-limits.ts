// Platform rules §4.3: voice material is mp3/wma/wav/amr, at most 2 MB and 60 seconds.
import type { Finding, RuleDefinition } from '../rule';
import { formatBytes, MB } from '../analysis/text';
import { formatName, knownMedia } from '../support/media-common';

const FORMATS = ['mp3', 'wma', 'wav', 'amr'];

export const audioLimits: RuleDefinition = {
  id: 'audio-limits',
  tags: ['media'],
  defaultSeverity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    for (const ref of ctx.refs) {
      if (ref.media !== 'audio') continue;
      const info = knownMedia(ctx, ref);
      if (!info) continue;
      if (!info.format || !FORMATS.includes(info.format)) out.push({ span: ref.span, key: 'format', data: { path: ref.path, format: formatName(info, ref.path) } });
      if (info.size !== undefined && info.size > 2 * MB) out.push({ span: ref.span, key: 'size', data: { path: ref.path, size: formatBytes(info.size) } });
      if (info.durationSeconds !== undefined && info.durationSeconds > 60) out.push({ span: ref.span, key: 'duration', data: { path: ref.path, seconds: Math.round(info.durationSeconds) } });
    }
    return out;
  },
};
