// The card with the last publish's draft link and its QR code, in a corner of the preview on every
// surface. Its own element outside the surfaces' root, so re-rendering a surface never touches it.
// The QR code is an SVG built with DOM calls from the path the extension computed: no HTML parsing,
// no data URL, nothing the CSP would have to allow.
import type { DraftLinkView, FromWebview } from '../core/surfaces';
import { h } from './dom';

const SVG_NS = 'http://www.w3.org/2000/svg';
const QUIET = 4; // modules of light margin a reader needs around the code

export function showDraftLink(link: DraftLinkView | null, post: (m: FromWebview) => void) {
  document.getElementById('wxp-draft-link')?.remove();
  if (!link) return;
  const close = h('button', { type: 'button', class: 'wxp-draft-link-close', title: link.close, 'aria-label': link.close }, '×');
  const open = h('a', { href: link.url, class: 'wxp-draft-link-open', title: link.url }, link.open);
  const card = h(
    'aside',
    { id: 'wxp-draft-link', class: 'wxp-draft-link', role: 'region', 'aria-label': link.heading },
    close,
    h('div', { class: 'wxp-draft-link-heading' }, link.heading),
    qrSvg(link),
    h('div', { class: 'wxp-draft-link-scan' }, link.scan),
    open,
    h('div', { class: 'wxp-draft-link-note' }, link.note),
  );
  open.addEventListener('click', (e) => {
    e.preventDefault();
    post({ type: 'openDraftLink' });
  });
  close.addEventListener('click', () => {
    card.remove();
    post({ type: 'closeDraftLink' });
  });
  document.body.appendChild(card);
}

function qrSvg(link: DraftLinkView): SVGSVGElement {
  const side = link.qr.size + QUIET * 2;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'wxp-draft-link-qr');
  svg.setAttribute('viewBox', `${-QUIET} ${-QUIET} ${side} ${side}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', link.scan);
  svg.setAttribute('data-url', link.url);
  // A light square under the code: it must stay dark-on-light in the dark theme too.
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('x', String(-QUIET));
  bg.setAttribute('y', String(-QUIET));
  bg.setAttribute('width', String(side));
  bg.setAttribute('height', String(side));
  bg.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', link.qr.d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}
