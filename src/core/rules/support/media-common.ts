// Helpers for the media rules: which facts are known for a reference, and the format to name in
// a message (read from the file's header; the extension only when the header could not be read).
import type { MediaInfoLike, MediaRef } from '../types';
import type { RuleContext } from '../rule';

export function knownMedia(ctx: RuleContext, ref: MediaRef): MediaInfoLike | undefined {
  if (ref.remote) return undefined;
  const info = ctx.context.media?.get(ref.path);
  return info && info.exists ? info : undefined;
}

export function extensionOf(path: string): string | undefined {
  const m = /\.([A-Za-z0-9]+)(?:[?#].*)?$/.exec(path);
  return m ? m[1].toLowerCase() : undefined;
}

export function formatName(info: MediaInfoLike, path: string): string {
  return (info.format ?? extensionOf(path) ?? 'unknown').toUpperCase();
}

/** Image targets: `item` = permanent image material (image messages and covers), `body` = in-article. */
export function imageTarget(ref: MediaRef): 'item' | 'body' | undefined {
  if (ref.media !== 'image') return undefined;
  if (ref.role === 'body-image') return 'body';
  if (ref.role === 'cover' || ref.role === 'item') return 'item';
  return undefined;
}

/** Every local image whose file was read, with where it is used. */
export function* knownImages(ctx: RuleContext): Generator<{ ref: MediaRef; target: 'item' | 'body'; info: MediaInfoLike }> {
  for (const ref of ctx.refs) {
    const target = imageTarget(ref);
    const info = target && knownMedia(ctx, ref);
    if (target && info) yield { ref, target, info };
  }
}
