// The author's choices of how a surface is drawn (not what it shows): the Article tab's width and
// the service account's chat-list layout. Both are kept in the view state and applied as data
// attributes, so switching is instant and needs no re-render.
import type { ArticleWidth, PersistedState, ServiceLayout } from '../core/surfaces';
import { h } from './dom';

export interface ViewOptions {
  articleWidth: ArticleWidth;
  serviceLayout: ServiceLayout;
}

type OptionName = keyof ViewOptions;

export function optionsFrom(state: PersistedState): ViewOptions {
  return {
    articleWidth: state.articleWidth === 'desktop' ? 'desktop' : 'phone',
    serviceLayout: state.serviceLayout === 'folded' ? 'folded' : 'classic',
  };
}

/** A two-way switch: one button per value, the current one pressed. */
export function optionSwitch<N extends OptionName>(name: N, current: ViewOptions[N], choices: [ViewOptions[N], string][], label: string): HTMLElement {
  return h(
    'div',
    { class: 'wxp-switch', role: 'group', 'aria-label': label, 'data-switch': name },
    ...choices.map(([value, text]) =>
      h('button', { type: 'button', class: `wxp-switch-option${value === current ? ' is-on' : ''}`, 'data-option': name, 'data-value': value, 'aria-pressed': value === current ? 'true' : 'false' }, text),
    ),
  );
}

/** Reflects the options on the page: data attributes for the CSS, pressed states for the switches. */
export function applyOptions(root: HTMLElement, o: ViewOptions) {
  root.setAttribute('data-article-width', o.articleWidth);
  root.setAttribute('data-service-layout', o.serviceLayout);
  for (const b of Array.from(root.querySelectorAll<HTMLElement>('[data-option]'))) {
    const on = o[b.dataset.option as OptionName] === b.dataset.value;
    b.classList.toggle('is-on', on);
    b.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
}

/** A click on a switch: the new options, or undefined when the click was not on one. */
export function optionClicked(target: HTMLElement, o: ViewOptions): ViewOptions | undefined {
  const b = target.closest<HTMLElement>('[data-option]');
  if (!b) return undefined;
  const name = b.dataset.option as OptionName;
  if (name === 'articleWidth') return { ...o, articleWidth: b.dataset.value === 'desktop' ? 'desktop' : 'phone' };
  if (name === 'serviceLayout') return { ...o, serviceLayout: b.dataset.value === 'folded' ? 'folded' : 'classic' };
  return undefined;
}
