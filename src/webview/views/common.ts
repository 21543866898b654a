// Pieces every surface uses: avatars, media with placeholders, error/warning badges, the phone
// screen with WeChat's navigation bar.
import type { ItemRef, Labels, MediaView, PreviewModel } from '../../core/surfaces';
import { h, type Child } from '../dom';
import type { KeyedCache } from '../keyed';
import { remoteBlocked, remotePlaceholder } from '../remoteMedia';
import type { ViewOptions } from '../viewOptions';

export interface ViewContext {
  model: PreviewModel;
  labels: Labels;
  cache: KeyedCache;
  options: ViewOptions;
}

export function itemRef(ctx: ViewContext, index: number): ItemRef | undefined {
  return ctx.model.items[index];
}

/** The error/warning count of an item, drawn in a corner of its element. */
export function badge(ctx: ViewContext, index: number): HTMLElement | undefined {
  const ref = itemRef(ctx, index);
  if (!ref || (!ref.counts.errors && !ref.counts.warnings)) return undefined;
  const { errors, warnings } = ref.counts;
  const count = (n: number, one: string, many: string) => (n === 1 ? one : many.replace('{n}', String(n)));
  const title = [errors ? count(errors, ctx.labels.oneError, ctx.labels.errors) : '', warnings ? count(warnings, ctx.labels.oneWarning, ctx.labels.warnings) : '']
    .filter(Boolean)
    .join(', ');
  return h(
    'span',
    { class: 'wxp-badge', title, 'data-errors': errors, 'data-warnings': warnings },
    errors ? h('span', { class: 'wxp-badge-errors' }, '✕ ', errors) : null,
    warnings ? h('span', { class: 'wxp-badge-warnings' }, '⚠ ', warnings) : null,
  );
}

/** Marks an element as showing item `index`: clicking it reveals the item in the editor. */
export function itemAttrs(ctx: ViewContext, index: number, extra: Record<string, string> = {}) {
  const ref = itemRef(ctx, index);
  return { 'data-item': index, 'data-line': ref?.line, tabindex: 0, role: 'button', title: ref?.label, ...extra };
}

export function avatar(media: MediaView | undefined, initial: string, cls = 'wxp-avatar'): HTMLElement {
  if (media?.src && !media.missing && !remoteBlocked(media.src)) return h('span', { class: cls }, h('img', { src: media.src, alt: '' }));
  return h('span', { class: `${cls} wxp-avatar-initial${media?.missing ? ' is-missing' : ''}`, title: media?.missing ? media.path : undefined }, initial);
}

/**
 * An image in a fixed-ratio frame (`ratio` as a CSS class: wide = 2.35:1, square = 1:1, free).
 * A missing file shows a placeholder that names it, so a wrong path is seen at once.
 */
export function picture(ctx: ViewContext, media: MediaView | undefined, ratio: 'wide' | 'square' | 'free' | 'video', extraClass = '', emptyNote?: string): HTMLElement {
  const cls = `wxp-pic wxp-pic-${ratio} ${extraClass}`.trim();
  if (!media) return h('span', { class: `${cls} is-empty` }, h('span', { class: 'wxp-pic-note' }, emptyNote ?? ctx.labels.noCover));
  if (media.missing || !media.src) {
    return h(
      'span',
      { class: `${cls} is-missing`, 'data-missing': media.path, title: media.path },
      h('span', { class: 'wxp-pic-icon', 'aria-hidden': 'true' }, '⚠'),
      h('span', { class: 'wxp-pic-note' }, ctx.labels.missingMedia, h('br'), media.path),
    );
  }
  if (remoteBlocked(media.src)) return remotePlaceholder(media.src, h('span', { class: cls }, h('img', { alt: '', loading: 'lazy' })), `${cls} is-remote`);
  return h('span', { class: cls }, h('img', { src: media.src, alt: '', loading: 'lazy' }));
}

/** A phone screen: status bar, navigation bar with a title, then content. */
export function screen(title: Child, content: Child[], opts: { cls?: string; back?: boolean; label?: string; more?: boolean } = {}): HTMLElement {
  return h(
    'section',
    { class: `wxp-screen ${opts.cls ?? ''}`.trim(), 'aria-label': opts.label },
    h('div', { class: 'wxp-statusbar' }, h('span', null, '9:41'), h('span', { class: 'wxp-statusbar-icons' }, '▂▄▆ ▭')),
    h(
      'div',
      { class: 'wxp-navbar' },
      h('span', { class: 'wxp-nav-left' }, opts.back ? '‹' : ''),
      h('span', { class: 'wxp-nav-title' }, title),
      h('span', { class: 'wxp-nav-right' }, opts.more ? '···' : ''),
    ),
    h('div', { class: 'wxp-screen-body' }, ...content),
  );
}

export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined || !isFinite(seconds)) return '';
  const s = Math.max(1, Math.round(seconds));
  return s < 60 ? `${s}"` : `${Math.floor(s / 60)}'${String(s % 60).padStart(2, '0')}"`;
}

export function clockDuration(seconds: number | undefined): string {
  if (seconds === undefined || !isFinite(seconds)) return '';
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function textWithEmoji(segments: { text: string; emoji?: boolean }[]): Child[] {
  return segments.map((s) => (s.emoji ? h('span', { class: 'wxp-emoji-code' }, s.text) : s.text));
}
