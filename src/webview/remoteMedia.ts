// Media from other hosts: by default the preview does not fetch them when it opens (a push may name
// any URL, and a fetch tells that host the author is looking). Each one shows a placeholder naming
// the host; a click or Enter loads that one. The `wxpush.preview.loadRemoteMedia` setting loads
// them all at once, as VS Code's markdown preview does with its security levels. The CSP stays as
// it is: it is what lets an allowed image load at all.
import { h } from './dom';

/** `https:`, `http:` and protocol-relative (`//host/…`) URLs. */
const WEB_URL = /^\s*(?:https?:)?\/\//i;

/** Where the preview's own files and the push's local media come from (the webview's resource
 * origin, which is an https origin in VS Code): the origin of the preview's script. */
const resourceOrigin = (() => {
  try {
    return new URL(document.querySelector<HTMLScriptElement>('script[src]')?.src ?? location.href).origin;
  } catch {
    return '';
  }
})();

function isRemote(src: string): boolean {
  if (!WEB_URL.test(src)) return false;
  try {
    return new URL(src.trim(), location.href).origin !== resourceOrigin;
  } catch {
    return true;
  }
}

let loadAll = false;
let label = 'Remote media, not loaded. Click to load.';
const allowed = new Set<string>();

/** From each update: the setting, and the placeholder's text in the preview's language. Returns whether the setting changed. */
export function setRemotePolicy(all: boolean, text: string): boolean {
  label = text;
  const changed = all !== loadAll;
  loadAll = all;
  return changed;
}

/** Whether `src` is remote media that may not load yet. */
export function remoteBlocked(src: string | undefined | null): src is string {
  return !!src && !loadAll && !allowed.has(src) && isRemote(src);
}

function hostOf(src: string): string {
  try {
    return new URL(src, 'https://x').host;
  } catch {
    return src;
  }
}

/**
 * A placeholder for `held` (the element to show once loaded, kept inside, hidden, without its
 * `src`), in a frame of class `cls`.
 */
export function remotePlaceholder(src: string, held: HTMLElement, cls = ''): HTMLElement {
  const img = held instanceof HTMLImageElement ? held : held.querySelector('img');
  img?.removeAttribute('src');
  held.hidden = true;
  held.classList.add('wxp-remote-held');
  return h(
    'span',
    { class: `${cls} wxp-remote`.trim(), 'data-remote-src': src, role: 'button', tabindex: 0, title: src },
    h('span', { class: 'wxp-remote-icon', 'aria-hidden': 'true' }, '⇣'),
    h('span', { class: 'wxp-remote-note' }, label, h('br'), h('span', { class: 'wxp-remote-host' }, hostOf(src))),
    held,
  );
}

/** Replaces every remote image of a (still inert) article body that may not load with a placeholder. */
export function holdRemoteImages(root: ParentNode): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src');
    if (!remoteBlocked(src)) continue;
    const frame = img.ownerDocument.createElement('span');
    img.replaceWith(frame);
    frame.replaceWith(remotePlaceholder(src, img as HTMLElement, 'wxp-remote-inline'));
  }
}

/** A click or Enter on a placeholder: that URL may load from now on; the held element replaces it. */
export function loadRemote(placeholder: HTMLElement): void {
  const src = placeholder.dataset.remoteSrc;
  const held = placeholder.querySelector<HTMLElement>(':scope > .wxp-remote-held');
  if (!src || !held) return;
  allowed.add(src);
  const img = held instanceof HTMLImageElement ? held : held.querySelector('img');
  img?.setAttribute('src', src);
  held.hidden = false;
  held.classList.remove('wxp-remote-held');
  placeholder.replaceWith(held);
}
