// How many mass sends a push uses: all its articles go out together as one send, and every other
// item (text, image, audio, video) is a send of its own (platform rules §1.1). The send-quota rule
// decides which items start a send; the editor features only need the count.
import type { PushDocument } from '../format/model';
import { sendStarts } from '../rules/quota';

export function sendsNeeded(doc: PushDocument): number {
  return sendStarts(doc).length;
}
