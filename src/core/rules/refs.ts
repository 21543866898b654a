// collectMediaRefs: every file a push refers to (avatar, covers, item media, body images), with
// the span where it is written. The IO layer resolves these; the media rules judge the answers.
import type { PushDocument } from '../format/model';
import { frontMatterField, getField, stringValue } from '../format/queries';
import { isNetworkPath } from '../language/mediaPaths';
import { Analysis } from './analysis';
import type { MediaRef } from './types';

const REMOTE = /^https?:\/\//i;
/** References that are not files: data URIs, other schemes, in-page anchors. */
const NOT_A_FILE = /^(?:data:|[a-z][a-z0-9+.-]*:(?!\\)|#)/i;

/** On another machine: a web URL, or a network (UNC) path, which is never read as a local file. */
export function isRemote(path: string): boolean {
  return REMOTE.test(path) || isNetworkPath(path);
}

export function collectMediaRefs(doc: PushDocument, analysis = new Analysis(doc)): MediaRef[] {
  const refs: MediaRef[] = [];
  const add = (ref: Omit<MediaRef, 'remote'>) => {
    const path = ref.path.trim().replace(/^<(.*)>$/, '$1');
    if (!path) return;
    const remote = isRemote(path);
    if (!remote && NOT_A_FILE.test(path) && !/^[a-z]:[\\/]/i.test(path)) return;
    refs.push({ ...ref, path, remote });
  };
  const avatar = frontMatterField(doc, 'avatar');
  const avatarPath = stringValue(avatar);
  if (avatar && avatarPath) add({ path: avatarPath, span: avatar.valueSpan, role: 'avatar', media: 'image' });
  for (const item of doc.items) {
    if ((item.kind === 'image' || item.kind === 'audio' || item.kind === 'video') && item.argument) {
      add({ path: item.argument.text, span: item.argument.span, role: 'item', media: item.kind, item: item.index });
    }
    if (item.kind === 'article' || item.kind === 'video') {
      const cover = getField(item.fields, 'cover');
      const v = stringValue(cover);
      if (cover && v) add({ path: v, span: cover.valueSpan, role: 'cover', media: 'image', item: item.index });
    }
    if (item.kind === 'article') {
      for (const img of analysis.article(item).images) add({ path: img.src, span: img.span, role: 'body-image', media: 'image', item: item.index });
    }
  }
  return refs;
}
