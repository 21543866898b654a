// URLs as a message shows them: markdown-it stores hrefs percent-encoded (`#%E5%BD%A9%E8%9B%8B`)
// and host names in punycode; an author wrote, and reads, `#彩蛋` and `files/报名表.docx`.
// markdown-it's own link-text normalizer decodes both and keeps reserved characters encoded.
import { sharedMarkdown } from '../../format/markdown';

export function displayUrl(url: string): string {
  try {
    // Control characters would break the message's line: keep them encoded.
    return sharedMarkdown().normalizeLinkText(url).replace(/[\u0000-\u001f\u007f]/g, (c) => encodeURIComponent(c));
  } catch {
    return url;
  }
}
