// A way for the suite, which runs in the extension host, to ask the browser that shows the
// workbench what it displays (e.g. a webview's DOM). The launcher answers: it watches the bridge
// folder, reads the page with Playwright and writes the answer beside the question. Only the
// code-server launcher provides a bridge (WXPUSH_E2E_BRIDGE); desktop runs have none.
import * as fs from 'fs';
import * as path from 'path';

export interface WebviewElement {
  text: string;
  hidden: boolean;
  attrs: Record<string, string>;
}

export interface WebviewQuery {
  kind: 'webview';
  /** CSS selectors evaluated in the document of the most recently opened webview. */
  selectors: string[];
  /** Wait until the first selector matches (ms). */
  waitMs?: number;
}

/** Waits for the quick input (e.g. the save dialog of the web workbench), reads it, presses Enter. */
export interface AcceptQuickInputQuery {
  kind: 'acceptQuickInput';
}

/** Reads the browser's clipboard (the launcher grants the page clipboard permissions). */
export interface ClipboardQuery {
  kind: 'clipboard';
}

/** The messages of the notifications on screen. */
export interface NotificationsQuery {
  kind: 'notifications';
}

export type BrowserQuery = WebviewQuery | AcceptQuickInputQuery | ClipboardQuery | NotificationsQuery;

export interface BrowserAnswer {
  ok: boolean;
  error?: string;
  /** webview: the elements each selector matched. */
  matches?: Record<string, WebviewElement[]>;
  /** acceptQuickInput: what the input held when Enter was pressed; notifications: their messages. */
  value?: string;
  /** clipboard: the content of each type on it (e.g. text/html, text/plain). */
  clipboard?: Record<string, string>;
}

export const BRIDGE_DIR = process.env.WXPUSH_E2E_BRIDGE;

let counter = 0;

export async function askBrowser(query: BrowserQuery, timeoutMs = 30_000): Promise<BrowserAnswer> {
  if (!BRIDGE_DIR) throw new Error('no browser bridge: run through the code-server launcher (npm run test:e2e)');
  const id = `${process.pid}-${++counter}`;
  const answer = path.join(BRIDGE_DIR, `${id}.answer.json`);
  fs.mkdirSync(BRIDGE_DIR, { recursive: true });
  // Written under a temporary name and renamed, so the launcher never reads half a question.
  fs.writeFileSync(path.join(BRIDGE_DIR, `${id}.tmp`), JSON.stringify(query));
  fs.renameSync(path.join(BRIDGE_DIR, `${id}.tmp`), path.join(BRIDGE_DIR, `${id}.question.json`));
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (fs.existsSync(answer)) return JSON.parse(fs.readFileSync(answer, 'utf8')) as BrowserAnswer;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the launcher did not answer within ${timeoutMs} ms`);
}
