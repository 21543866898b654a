// Debian's Chromium driven by playwright-core (no browser download on these machines).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import * as fs from 'fs';

export function launch(): Promise<Browser> {
  // The binary itself rather than Debian's /usr/bin/chromium wrapper, which adds its own flags.
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface BrowserPageOptions {
  viewport: { width: number; height: number };
  deviceScaleFactor?: number;
  /** 'test' (the default): a fresh context and page for every test, so no state leaks between
   *  them; 'suite': one page for the whole suite, for suites that load their page once. */
  scope?: 'test' | 'suite';
  /** Prepares each new context before its page opens (routes, permissions). */
  context?: (context: BrowserContext) => Promise<unknown>;
  /** Also counts console errors as page errors (bar failed resource loads: missing media are tested on purpose). */
  consoleErrors?: boolean;
}

export interface BrowserPage {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** What went wrong in the current page: uncaught errors (and console errors if asked for). */
  readonly errors: string[];
  /** Closes the current context and opens a fresh one, prepared the same way. */
  renew(): Promise<void>;
}

/** Registers the mocha hooks that launch Chromium for the calling suite and open its page(s). */
export function useBrowserPage(o: BrowserPageOptions): BrowserPage {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const errors: string[] = [];

  async function open(): Promise<void> {
    context = await browser!.newContext({ viewport: o.viewport, deviceScaleFactor: o.deviceScaleFactor });
    await o.context?.(context);
    page = await context.newPage();
    errors.length = 0;
    page.on('pageerror', (e) => errors.push(String(e)));
    if (o.consoleErrors) {
      page.on('console', (m) => {
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
      });
    }
  }
  async function close(): Promise<void> {
    await context?.close();
    context = page = undefined;
  }

  const perTest = o.scope !== 'suite';
  before(async () => {
    browser = await launch();
    if (!perTest) await open();
  });
  after(async () => {
    await browser?.close();
  });
  if (perTest) {
    beforeEach(open);
    afterEach(close);
  }

  return {
    get browser() {
      return browser!;
    },
    get context() {
      return context!;
    },
    get page() {
      return page!;
    },
    errors,
    async renew() {
      await close();
      await open();
    },
  };
}
