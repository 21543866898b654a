// The webview's HTML shell. Pure (no `vscode` import) so the browser tests load the very same page.
//
// Security: `default-src 'none'`; the one script runs only with this render's nonce; images and
// media only from the webview's own resource origin, https and data URLs; styles from the
// resource origin plus inline `style` attributes (WeChat article bodies are styled inline, and an
// inline style cannot run code in Chromium). No frame, object, font or connect source is allowed.
import type { InitialData } from '../../core/surfaces/protocol';

/** The preview's stylesheets under media/preview/, in cascade order (WeUI's colour variables first). */
export const PREVIEW_STYLES = ['weui-vars.css', 'preview.css', 'draft-link.css', 'article.css', 'service.css'];

export interface ShellOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUris: string[];
  initial: InitialData;
  /** `lang` of the page: 'en' or 'zh-CN'. */
  lang: string;
  /** Test harness only: a script run just before the preview's (it gets the nonce too). */
  prelude?: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} https: data:`,
    `media-src ${cspSource} https: data:`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function previewShellHtml(o: ShellOptions): string {
  // JSON inside <script type="application/json"> is data, never run; `<` is escaped so no text of
  // the document can close the element.
  const data = JSON.stringify(o.initial).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const theme = o.initial.state?.theme ?? o.initial.theme;
  return `<!DOCTYPE html>
<html lang="${attr(o.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${o.styleUris.map((u) => `<link rel="stylesheet" href="${attr(u)}">`).join('\n')}
<title>WeChat Push Preview</title>
</head>
<body class="wx-root" data-weui-theme="${attr(theme)}">
<div id="wxp-root"></div>
<script type="application/json" id="wxp-initial">${data}</script>
${o.prelude ? `<script nonce="${attr(o.nonce)}">${o.prelude}</script>\n` : ''}<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>`;
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
