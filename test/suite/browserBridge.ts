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

/** Runs a command the way a person does: F1, its title, the matching entry. */
export interface RunCommandQuery {
  kind: 'runCommand';
  title: string;
}

/** Waits for the quick input whose title or prompt contains `waitText`, types `text`, presses Enter. */
export interface TypeQuickInputQuery {
  kind: 'typeQuickInput';
  text: string;
  waitText: string;
}

/** A picture of the workbench, kept in test-results/e2e/<name>.png, once `waitSelector` shows (if given). */
export interface ScreenshotQuery {
  kind: 'screenshot';
  name: string;
  waitSelector?: string;
  /** Text the element of `waitSelector` must contain. */
  waitText?: string;
}

/** Clicks the button `label` of the notification whose message contains `messageText`. */
export interface ClickNotificationActionQuery {
  kind: 'clickNotificationAction';
  messageText: string;
  label: string;
}

/** The text of the modal dialog on screen (waits for one); then presses its button `press`, or Escape. */
export interface DialogQuery {
  kind: 'dialog';
  press?: string;
}

export type BrowserQuery =
  | WebviewQuery
  | AcceptQuickInputQuery
  | ClipboardQuery
  | NotificationsQuery
  | RunCommandQuery
  | TypeQuickInputQuery
  | ScreenshotQuery
  | ClickNotificationActionQuery
  | DialogQuery;

export interface BrowserAnswer {
  ok: boolean;
  error?: string;
  /** webview: the elements each selector matched. */
  matches?: Record<string, WebviewElement[]>;
  /** acceptQuickInput: what the input held when Enter was pressed; notifications: their messages. */
  value?: string;
  /** clipboard: the content of each type on it (e.g. text/html, text/plain). */
  clipboard?: Record<string, string>;
  /** notifications: each toast's message and the labels of its buttons. */
  notifications?: { message: string; actions: string[] }[];
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
