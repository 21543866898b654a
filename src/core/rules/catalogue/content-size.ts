// Platform rules §2.5: article content must be < 20,000 characters and < 1 MB. Measured on the
// exported article (the export renderer in core/render): its visible text in characters, as the
// WeChat editor counts them, and its inline-styled HTML in UTF-8 bytes.
//
// The export costs about as much as parsing, so it only runs when the answer is open: short bodies
// cannot reach either limit, and bodies whose plain text is far past the character limit (or whose
// plain HTML alone passes 1 MB) are reported from markdown-it's output without exporting.
import { renderArticle } from '../../render';
import { CodeCache } from '../../render/codeCache';
import type { Finding, RuleDefinition } from '../rule';
import { formatBytes, MB, utf8Bytes } from '../analysis/text';

export const MAX_CONTENT_CHARS = 20000;
/** Below this many source characters neither limit can be reached (inline styles add < 100× per character). */
const EXPORT_FROM_SOURCE_CHARS = 10000;
/** Plain text this far past the limit is over it whatever the export adds or drops. */
const SURE_TEXT_CHARS = MAX_CONTENT_CHARS * 1.25;
/** From this many source characters, markdown-it's plain HTML is weighed first (an export of such a body is slow). */
const PLAIN_HTML_FIRST_CHARS = 100_000;
/**
 * Coloured code blocks kept between lints: an article near the limit is exported on every re-lint
 * (each keystroke in the editor), and colouring its unchanged code blocks again was most of it.
 * A cached block is the same HTML as a fresh one, so the counts stay exact.
 */
const codeCache = new CodeCache(200, 2_000_000);

export const contentSize: RuleDefinition = {
  id: 'content-size',
  tags: ['article'],
  defaultSeverity: 'error',
  check({ doc, analysis }) {
    const out: Finding[] = [];
    for (const item of doc.items) {
      if (item.kind !== 'article' || !item.body || item.body.text.length < EXPORT_FROM_SOURCE_CHARS) continue;
      // Whitespace is not counted, as in the editor's counter (and the export's).
      let chars = analysis.textChars(item);
      let bytes = 0;
      if (chars < SURE_TEXT_CHARS) {
        // Only a very long body can be over 1 MB before any style is added; for the others the
        // export is cheap enough, and this check would be work done on every re-lint for nothing.
        const plainHtmlBytes = item.body.text.length >= PLAIN_HTML_FIRST_CHARS ? utf8Bytes(analysis.html(item)) : 0;
        if (plainHtmlBytes >= MB) bytes = plainHtmlBytes;
        else {
          const exported = renderArticle(doc, item, { codeCache });
          chars = exported.chars;
          bytes = exported.bytes;
        }
      }
      if (chars >= MAX_CONTENT_CHARS || bytes >= MB) {
        out.push({ span: item.headerSpan, data: { chars: chars.toLocaleString('en-US'), bytes: bytes ? formatBytes(bytes) : '' }, key: bytes >= MB ? 'bytes' : 'chars' });
      }
    }
    return out;
  },
};
