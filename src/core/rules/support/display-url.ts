// URLs as a message shows them: markdown-it stores hrefs percent-encoded (`#%E5%BD%A9%E8%9B%8B`)
// and host names in punycode; an author wrote, and reads, `#彩蛋` and `files/报名表.docx`.
// markdown-it's own link-text normalizer decodes both and keeps reserved characters encoded.
import { sharedMarkdown } from '../../format/markdown';

/**
 * Recent answers: normalizing parses the URL and runs punycode on its host, and an article links
 * the same few addresses again and again (and every lint asks again for the edited article's).
 */
const shown = new Map<string, string>();
const KEEP = 2048;

export function displayUrl(url: string): string {
  let s = shown.get(url);
  if (s === undefined) {
    s = normalize(url);
    if (shown.size >= KEEP) shown.clear();
    shown.set(url, s);
  }
  return s;
}

function normalize(url: string): string {
  try {
    // Control characters would break the message's line: keep them encoded.
    return sharedMarkdown().normalizeLinkText(url).replace(/[\u0000-\u001f\u007f]/g, (c) => encodeURIComponent(c));
  } catch {
    return url;
  }
}
