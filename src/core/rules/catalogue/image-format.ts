// Platform rules §4.1 (in-article images: jpg/png) and §4.2 (permanent images, used for image
// messages and covers: bmp/png/jpeg/jpg/gif).
import type { Finding, RuleDefinition } from '../rule';
import { formatName, knownImages } from '../support/media-common';

const ITEM_FORMATS = ['bmp', 'png', 'jpg', 'jpeg', 'gif'];
const BODY_FORMATS = ['png', 'jpg', 'jpeg'];

export const imageFormat: RuleDefinition = {
  id: 'image-format',
  tags: ['media'],
  defaultSeverity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    for (const { ref, target, info } of knownImages(ctx)) {
      if (!info.format) {
        out.push({ span: ref.span, key: 'unreadable', data: { path: ref.path } });
        continue;
      }
      const allowed = target === 'body' ? BODY_FORMATS : ITEM_FORMATS;
      if (!allowed.includes(info.format)) out.push({ span: ref.span, key: target, data: { path: ref.path, format: formatName(info, ref.path) } });
    }
    return out;
  },
};
