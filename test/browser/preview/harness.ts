// Builds the preview's real webview page outside VS Code: the same shell, the bundled script and
// the CSS from the repository, a fake `acquireVsCodeApi` that records what the page posts, and a
// tiny static server so the page has an origin (like the webview's resource origin).
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { parsePush } from '../../../src/core/format';
import { buildPreview, themePicker, type ItemCounts, type Locale, type PreviewModel } from '../../../src/core/surfaces';
import { listThemes, pushTheme } from '../../../src/core/render/themes';
import { renderBody } from '../../../src/core/surfaces/articleBody';
import type { InitialData, Theme } from '../../../src/core/surfaces/protocol';
import { PREVIEW_STYLES, previewShellHtml } from '../../../src/vscode/preview/shell';

export const ROOT = path.resolve(__dirname, '../../../..');
export const OUT_DIR = path.join(ROOT, 'test-results/preview');
export const NONCE = 'testNonce0123456789abcdef';

export interface Served {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
};

export function serve(): Promise<Served> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.join(ROOT, decodeURIComponent(url.pathname));
    if (!file.startsWith(ROOT) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

export interface PageOptions {
  /** A .wxpush file (absolute or relative to the repository), or its text with `dir`. */
  file?: string;
  text?: string;
  dir?: string;
  locale?: Locale;
  theme?: Theme;
  counts?: ItemCounts[];
  /** Changes to the model before it is shown (e.g. a raw hostile body, bypassing the renderer). */
  tweak?: (m: PreviewModel) => void;
}

export function buildModel(origin: string, o: PageOptions): PreviewModel {
  const file = o.file ? path.resolve(ROOT, o.file) : undefined;
  const text = o.text ?? fs.readFileSync(file!, 'utf8');
  const dir = o.dir ? path.resolve(ROOT, o.dir) : path.dirname(file!);
  const toUrl = (p: string): string | undefined => {
    if (/^(https?:|data:)/i.test(p)) return p;
    const abs = path.resolve(dir, p);
    if (!fs.existsSync(abs)) return undefined;
    return origin + '/' + path.relative(ROOT, abs).split(path.sep).map(encodeURIComponent).join('/');
  };
  const doc = parsePush(text);
  const locale = o.locale ?? 'en';
  const resolved = pushTheme(doc);
  const model = buildPreview(doc, {
    locale,
    counts: o.counts,
    resolveMedia: (p) => {
      const src = toUrl(p);
      return src ? { src, missing: false } : { missing: true };
    },
    renderBody: (item) => renderBody(doc, item, { locale, resolveImage: toUrl, theme: resolved.theme }),
  });
  // As the panel does: the push's theme (no settings, no theme file here) and the picker.
  model.themePicker = themePicker(resolved, listThemes(), locale);
  o.tweak?.(model);
  return model;
}

/** The harness's stand-in for VS Code's webview API: it records messages and state. */
export function fakeVsCodeApi(state?: unknown): string {
  return `
window.__posted = [];
window.__state = ${JSON.stringify(state ?? null).replace(/</g, '\\u003c')} || undefined;
window.acquireVsCodeApi = function () {
  return {
    postMessage: function (m) { window.__posted.push(JSON.parse(JSON.stringify(m))); },
    getState: function () { return window.__state; },
    setState: function (s) { window.__state = JSON.parse(JSON.stringify(s)); }
  };
};`;
}

export function pageHtml(origin: string, model: PreviewModel, o: { theme?: Theme; resource?: string; state?: unknown } = {}): string {
  const initial: InitialData = { resource: o.resource ?? 'file:///test.wxpush', locked: false, theme: o.theme ?? 'light', model };
  return previewShellHtml({
    cspSource: origin,
    nonce: NONCE,
    scriptUri: `${origin}/dist/webview/preview.js`,
    styleUris: PREVIEW_STYLES.map((f) => `${origin}/media/preview/${f}`),
    initial,
    lang: model.locale === 'zh-cn' ? 'zh-CN' : 'en',
    prelude: fakeVsCodeApi(o.state),
  });
}

let counter = 0;
/** Writes the page under test-results/preview/pages and returns its URL on the server. */
export function writePage(origin: string, html: string, name = `page-${++counter}`): string {
  const dir = path.join(OUT_DIR, 'pages');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.html`);
  fs.writeFileSync(file, html);
  return `${origin}/${path.relative(ROOT, file).split(path.sep).join('/')}`;
}
