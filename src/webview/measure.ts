// Measured, not counted: where the Subscription folder, the chat card and the Moments card cut each
// article's title and digest. A character count cannot say it (a Chinese character is twice as
// wide as a Latin letter, and words wrap whole); the real clamps at the phone's width in the
// preview's fonts can. Each surface's screen is cloned into an invisible host (the surfaces not
// shown have no layout), and each clamped text is read where its last shown line ends, less the room of the ellipsis.
import type { CutSurface, MeasuredCut, PreviewModel } from '../core/surfaces';

interface Target {
  surface: CutSurface;
  /** The screen to clone. */
  screen: string;
  clamps: [field: MeasuredCut['field'], selector: string][];
  /** Only where this account's pushes are read (the folder is a subscription account's). */
  when?: (m: PreviewModel) => boolean;
}

const TARGETS: Target[] = [
  {
    surface: 'folder',
    screen: '.wxp-surface-subscriptions .wxp-folder',
    clamps: [
      ['title', '.wxp-article-card .wxp-headline-title > .clamp-2'],
      ['title', '.wxp-article-card .wxp-card-row-title'],
    ],
    when: (m) => m.delivery === 'subscriptions',
  },
  {
    surface: 'chat',
    screen: '.wxp-surface-moments .wxp-share-chat',
    clamps: [
      ['title', '.wxp-share-title'],
      ['digest', '.wxp-share-card[data-digest-source="digest"] .wxp-share-desc'],
    ],
  },
  { surface: 'moments', screen: '.wxp-surface-moments .wxp-moments', clamps: [['title', '.wxp-moment[data-kind="article"] .wxp-link-title']] },
];

const fits = (el: HTMLElement) => el.scrollHeight <= el.clientHeight + 1;

/**
 * Code points shown before the ellipsis, or undefined when the whole text fits. As Chromium's clamp
 * does: the lines break as for the whole text; the last shown line ends where its text ends, or
 * earlier when the ellipsis needs the room.
 */
export function visiblePoints(el: HTMLElement, text: string): number | undefined {
  el.textContent = text;
  if (fits(el)) return undefined;
  const node = el.firstChild as Text;
  const points = Array.from(text);
  const offsets: number[] = [0];
  for (const p of points) offsets.push(offsets[offsets.length - 1] + p.length);
  const bottom = el.getBoundingClientRect().top + el.clientHeight;
  const range = document.createRange();
  const below = (i: number) => {
    range.setStart(node, offsets[i]);
    range.setEnd(node, offsets[i + 1]);
    const r = range.getClientRects()[0];
    return r !== undefined && r.top >= bottom - 1;
  };
  // The first code point on a line the clamp hides (lines only go down along the text).
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) hi = mid;
    else lo = mid + 1;
  }
  let shown = lo;
  const trim = () => {
    while (shown > 0 && /\s/.test(points[shown - 1])) shown--;
  };
  trim();
  while (shown > 0) {
    el.textContent = points.slice(0, shown).join('') + '…';
    if (fits(el)) break;
    shown--;
  }
  trim();
  return shown;
}

export function measureCuts(root: HTMLElement, model: PreviewModel): MeasuredCut[] {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.className = 'wxp-measure';
  Object.assign(host.style, { position: 'absolute', left: '-10000px', top: '0', width: '420px', visibility: 'hidden', pointerEvents: 'none', contain: 'layout' });
  document.body.appendChild(host);
  const cuts: MeasuredCut[] = [];
  try {
    for (const t of TARGETS) {
      if (t.when && !t.when(model)) continue;
      const screen = root.querySelector<HTMLElement>(t.screen);
      if (!screen) continue;
      const clone = screen.cloneNode(true) as HTMLElement;
      clone.removeAttribute('id');
      for (const el of Array.from(clone.querySelectorAll('[id]'))) el.removeAttribute('id');
      for (const img of Array.from(clone.querySelectorAll('img'))) img.remove();
      host.appendChild(clone);
      for (const [field, selector] of t.clamps) {
        for (const el of Array.from(clone.querySelectorAll<HTMLElement>(selector))) {
          const itemIndex = Number(el.closest<HTMLElement>('[data-item]')?.dataset.item);
          const text = el.textContent ?? '';
          if (!Number.isInteger(itemIndex) || !text) continue;
          const visible = visiblePoints(el, text);
          if (visible !== undefined) cuts.push({ itemIndex, field, surface: t.surface, text, visible });
        }
      }
      clone.remove();
    }
  } finally {
    host.remove();
  }
  return cuts;
}
