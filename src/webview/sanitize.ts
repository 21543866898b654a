// A second line of defence for article bodies. The renderer already sanitizes them to what WeChat
// keeps, and the CSP forbids every script without the nonce; this allowlist makes sure that even a
// body that slipped past both carries no script, handler, frame, form or `javascript:` URL.
import { holdRemoteImages } from './remoteMedia';

const ALLOWED_TAGS = new Set(
  'a abbr b blockquote br caption code col colgroup del div em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s section small span strike strong sub sup table tbody td tfoot th thead tr u ul mp-miniprogram mp-common-miniprogram'.split(' '),
);
/** Dropped with their content (everything else unknown is unwrapped: its text stays). */
const DROP_WITH_CONTENT = new Set('script style iframe frame frameset object embed applet noscript template textarea select button form input svg math audio video canvas link meta base title head'.split(' '));
const ALLOWED_ATTRS = new Set('href src alt title width height colspan rowspan align valign start type lang dir style class cite datetime'.split(' '));
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i;
const SAFE_IMG = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|bmp);|vscode-resource:|vscode-webview-resource:|[^:]*$)/i;
const BAD_STYLE = /expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding|@import|url\s*\(\s*['"]?\s*(?!https?:|data:image\/)/i;

export function sanitizeInto(target: HTMLElement, html: string) {
  const tpl = document.createElement('template');
  // Template content is inert: nothing in it loads or runs while it is cleaned.
  tpl.innerHTML = html;
  clean(tpl.content);
  holdRemoteImages(tpl.content);
  target.appendChild(document.importNode(tpl.content, true));
}

function clean(parent: ParentNode) {
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === Node.COMMENT_NODE || node.nodeType === Node.PROCESSING_INSTRUCTION_NODE) {
      node.remove();
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (DROP_WITH_CONTENT.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      el.remove();
      continue;
    }
    if (!ALLOWED_TAGS.has(tag)) {
      clean(el);
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\u0000-\u0020]+/g, '');
      let keep = ALLOWED_ATTRS.has(name) || (name.startsWith('data-') && !/^data-(?:bind|on)/.test(name));
      if (keep && name === 'href') keep = SAFE_URL.test(value);
      if (keep && name === 'src') keep = SAFE_IMG.test(value);
      if (keep && name === 'style') keep = !BAD_STYLE.test(attr.value);
      if (keep && name === 'type') keep = tag === 'ol';
      if (!keep) el.removeAttribute(attr.name);
    }
    clean(el);
  }
}
