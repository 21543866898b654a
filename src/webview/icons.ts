// Line icons of WeChat's article bar (share, like, wow, comment), drawn as inline SVG elements:
// no file to load, and they take the text colour in light and dark.
const NS = 'http://www.w3.org/2000/svg';

const PATHS = {
  share: ['M10 4 15 8.5 10 13', 'M15 8.5H9.5C6 8.5 4 10.5 4 14.5V16'],
  like: ['M7 9v8H4V9Z', 'M7 9l3.2-5c1.3 0 2 .9 1.8 2.2L11.5 8.5H15c1 0 1.7.9 1.5 1.9l-1.2 5.2c-.2.8-.9 1.4-1.7 1.4H7'],
  wow: ['M10 16.5 4.6 11.3C3 9.7 3.2 7.1 5 5.9c1.5-1 3.5-.7 4.6.6l.4.5.4-.5c1.1-1.3 3.1-1.6 4.6-.6 1.8 1.2 2 3.8.4 5.4Z'],
  comment: ['M4 5.5C4 4.7 4.7 4 5.5 4h9c.8 0 1.5.7 1.5 1.5v7c0 .8-.7 1.5-1.5 1.5H9l-3 2.5V14h-.5C4.7 14 4 13.3 4 12.5Z'],
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName): SVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', `wxp-icon wxp-icon-${name}`);
  for (const d of PATHS[name]) {
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('d', d);
    svg.appendChild(p);
  }
  return svg;
}
