// collectMediaRefs: every file a push refers to (avatar, covers, item media, body images), with
// the span where it is written. The IO layer resolves these; the media rules judge the answers.
import { itemOrigin } from '../format/incremental';
import type { Item, PushDocument } from '../format/model';
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

/** An item's references by the item it was first parsed as (see itemOrigin). */
const refsByOrigin = new WeakMap<Item, { item: Item; refs: MediaRef[] }>();

export function collectMediaRefs(doc: PushDocument, analysis = new Analysis(doc)): MediaRef[] {
  const refs: MediaRef[] = [];
  const avatar = frontMatterField(doc, 'avatar');
  const avatarPath = stringValue(avatar);
  if (avatar && avatarPath) addRef(refs, { path: avatarPath, span: avatar.valueSpan, role: 'avatar', media: 'image' });
  for (const item of doc.items) {
    const origin = itemOrigin(item);
    const known = refsByOrigin.get(origin);
    let own: MediaRef[];
    if (known && known.item === item) own = known.refs;
    else if (known) {
      // The same source text elsewhere: the same references, moved and renumbered.
      const delta = item.span.start - known.item.span.start;
      own = known.refs.map((r) => ({ ...r, span: { start: r.span.start + delta, end: r.span.end + delta }, item: item.index }));
    } else own = itemRefs(item, analysis);
    refsByOrigin.set(origin, { item, refs: own });
    for (const r of own) refs.push(r);
  }
  return refs;
}

function itemRefs(item: Item, analysis: Analysis): MediaRef[] {
  const refs: MediaRef[] = [];
  if ((item.kind === 'image' || item.kind === 'audio' || item.kind === 'video') && item.argument) {
    addRef(refs, { path: item.argument.text, span: item.argument.span, role: 'item', media: item.kind, item: item.index });
  }
  if (item.kind === 'article' || item.kind === 'video') {
    const cover = getField(item.fields, 'cover');
    const v = stringValue(cover);
    if (cover && v) addRef(refs, { path: v, span: cover.valueSpan, role: 'cover', media: 'image', item: item.index });
  }
  if (item.kind === 'article') {
    for (const img of analysis.article(item).images) addRef(refs, { path: img.src, span: img.span, role: 'body-image', media: 'image', item: item.index });
  }
  return refs;
}

function addRef(refs: MediaRef[], ref: Omit<MediaRef, 'remote'>) {
  const path = ref.path.trim().replace(/^<(.*)>$/, '$1');
  if (!path) return;
  const remote = isRemote(path);
  if (!remote && NOT_A_FILE.test(path) && !/^[a-z]:[\\/]/i.test(path)) return;
  refs.push({ ...ref, path, remote });
}
