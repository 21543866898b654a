// Platform rules §4.4: video material is MP4 of at most 10 MB. §4.5: a video's cover goes up as a
// thumbnail (`type=thumb`), JPG of at most 64 KB — far stricter than an article cover.
import type { Finding, RuleDefinition } from '../rule';
import { formatBytes, MB } from '../analysis/text';
import { formatName, knownMedia } from '../support/media-common';

export const MAX_VIDEO_BYTES = 10 * MB;
export const MAX_THUMB_BYTES = 64 * 1024;
const THUMB_FORMATS = ['jpg', 'jpeg'];

export const videoLimits: RuleDefinition = {
  id: 'video-limits',
  tags: ['media'],
  defaultSeverity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    for (const ref of ctx.refs) {
      const isVideo = ref.media === 'video';
      const isCover = ref.role === 'cover' && ref.item !== undefined && ctx.doc.items.find((i) => i.index === ref.item)?.kind === 'video';
      if (!isVideo && !isCover) continue;
      const info = knownMedia(ctx, ref);
      if (!info) continue;
      const data = { path: ref.path, format: formatName(info, ref.path), size: info.size !== undefined ? formatBytes(info.size) : '', bytes: info.size?.toLocaleString('en-US') ?? '' };
      if (isVideo) {
        if (info.format !== 'mp4') out.push({ span: ref.span, key: 'format', data });
        if (info.size !== undefined && info.size > MAX_VIDEO_BYTES) out.push({ span: ref.span, key: 'size', data });
      } else {
        if (info.format && !THUMB_FORMATS.includes(info.format)) out.push({ span: ref.span, key: 'cover-format', data });
        if (info.size !== undefined && info.size > MAX_THUMB_BYTES) out.push({ span: ref.span, key: 'cover-size', data });
      }
    }
    return out;
  },
};
