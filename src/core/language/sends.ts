// How many mass sends a push uses: all its articles go out together as one send, and every other
// item (text, image, audio, video) is a send of its own (platform rules §1.1).
import type { PushDocument } from '../format/model';

export function sendsNeeded(doc: Pick<PushDocument, 'items'>): number {
  let sends = 0;
  let sawArticle = false;
  for (const item of doc.items) {
    if (item.kind === 'article') {
      if (!sawArticle) sends++;
      sawArticle = true;
    } else sends++;
  }
  return sends;
}
