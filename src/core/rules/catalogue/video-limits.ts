// Platform rules §4.4: video material is MP4 of at most 10 MB. §4.5: a video's cover goes up as a
// thumbnail (`type=thumb`), JPG of at most 64 KB — far stricter than an article cover.
import type { Item } from '../../format/model';
import type { Finding, RuleDefinition } from '../rule';
import { formatBytes, MB } from '../analysis/text';
import { formatName, knownMedia } from '../support/media-common';

export const MAX_VIDEO_BYTES = 10 * MB;
export const MAX_THUMB_BYTES = 64 * 1024;
const THUMB_FORMATS = ['jpg', 'jpeg'];

/** The item with this index: it is the item's place in the list (searched for should it not be). */
function itemAt(items: readonly Item[], index: number): Item | undefined {
  const at = items[index];
  return at?.index === index ? at : items.find((i) => i.index === index);
}

export const videoLimits: RuleDefinition = {
  id: 'video-limits',
  tags: ['media'],
  defaultSeverity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    for (const ref of ctx.refs) {
      const isVideo = ref.media === 'video';
      const isCover = ref.role === 'cover' && ref.item !== undefined && itemAt(ctx.doc.items, ref.item)?.kind === 'video';
      if (!isVideo && !isCover) continue;
      const info = knownMedia(ctx, ref);
      if (!info) continue;
      const keys: string[] = [];
      if (isVideo) {
        if (info.format !== 'mp4') keys.push('format');
        if (info.size !== undefined && info.size > MAX_VIDEO_BYTES) keys.push('size');
      } else {
        if (info.format && !THUMB_FORMATS.includes(info.format)) keys.push('cover-format');
        if (info.size !== undefined && info.size > MAX_THUMB_BYTES) keys.push('cover-size');
      }
      if (!keys.length) continue;
      // Written only for a finding: formatting the sizes of every video costs more than judging it.
      const data = { path: ref.path, format: formatName(info, ref.path), size: info.size !== undefined ? formatBytes(info.size) : '', bytes: info.size?.toLocaleString('en-US') ?? '' };
      for (const key of keys) out.push({ span: ref.span, key, data });
    }
    return out;
  },
};
