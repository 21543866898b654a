// The theme picker in the toolbar: a select of the themes (built-in, then the workspace theme
// file's). Choosing one asks the extension to make it the push's own (its front matter), so what
// the preview shows is what Copy for WeChat and publishing use.
import type { FromWebview, PreviewModel } from '../core/surfaces';
import { h } from './dom';

export function themeSelect(m: PreviewModel): HTMLElement | null {
  const p = m.themePicker;
  if (!p) return null;
  const current = p.choices.find((c) => c.id === p.current);
  return h(
    'label',
    { class: 'wxp-theme-pick', title: current?.description },
    h('span', { class: 'wxp-theme-pick-label' }, m.labels.articleTheme),
    h(
      'select',
      { class: 'wxp-tool', 'data-action': 'pick-theme', 'data-from': p.from, 'aria-label': m.labels.articleTheme },
      ...p.choices.map((c) => h('option', { value: c.id, selected: c.id === p.current, title: c.description }, c.label)),
    ),
  );
}

/** A change of the select: the message for the extension, or undefined for anything else. */
export function themePicked(target: EventTarget | null): FromWebview | undefined {
  if (!(target instanceof HTMLSelectElement) || target.dataset.action !== 'pick-theme') return undefined;
  return { type: 'pickTheme', id: target.value };
}
