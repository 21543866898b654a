// The preview's webview page in Chromium for a mocha suite: the static server and the browser
// started once, a page per test (or per suite), and what the tests read back from the page.
import type { PreviewModel } from '../../../src/core/surfaces';
import { useBrowserPage, type BrowserPage, type BrowserPageOptions } from './browser';
import { buildModel, pageHtml, serve, writePage, type PageOptions, type Served } from './harness';

/** A message the page posted to the extension (recorded by the harness's fake VS Code API). */
export type Posted = { type: string; [k: string]: unknown };

export interface OpenOptions extends PageOptions {
  /** The view state the page starts from, as a restored webview does. */
  state?: unknown;
  /** The name of the written page (test-results/preview/pages/<name>.html). */
  name?: string;
}

export interface PreviewPage extends BrowserPage {
  /** The static server's origin, where the pages and the repository's files are served. */
  readonly origin: string;
  /** Builds the model, writes the page and goes to it; waiting for what the test needs is the test's. */
  load(o: OpenOptions): Promise<PreviewModel>;
  /** `load`, then waits until a surface is shown. */
  open(o: OpenOptions): Promise<PreviewModel>;
  /** Sends a new model as the extension does when the document changes. */
  update(model: PreviewModel): Promise<void>;
  posted(): Promise<Posted[]>;
  /** Waits until the page has posted a message of this type. */
  waitForPosted(type: string): Promise<void>;
  state(): Promise<Record<string, unknown>>;
}

/** Registers the mocha hooks of a preview suite; call it inside `describe`. */
export function usePreviewPage(o: BrowserPageOptions): PreviewPage {
  let server: Served | undefined;
  before(async () => {
    server = await serve();
  });
  const b = useBrowserPage(o);
  // Registered after the browser's, so it runs after the browser is closed.
  after(async () => {
    await server?.close();
  });

  const page = () => b.page;
  async function load(x: OpenOptions): Promise<PreviewModel> {
    const model = buildModel(server!.origin, x);
    await page().goto(writePage(server!.origin, pageHtml(server!.origin, model, { state: x.state, theme: x.theme }), x.name));
    return model;
  }

  return {
    get browser() {
      return b.browser;
    },
    get context() {
      return b.context;
    },
    get page() {
      return b.page;
    },
    errors: b.errors,
    renew: b.renew,
    get origin() {
      return server!.origin;
    },
    load,
    async open(x) {
      const model = await load(x);
      await page().waitForSelector('.wxp-surface:not([hidden])');
      return model;
    },
    async update(model) {
      await page().evaluate((m) => window.postMessage({ type: 'update', model: m, resource: 'file:///test.wxpush', locked: false }, '*'), model);
    },
    posted: () => page().evaluate(() => (window as unknown as { __posted: Posted[] }).__posted),
    async waitForPosted(type) {
      await page().waitForFunction((t) => (window as unknown as { __posted: Posted[] }).__posted.some((m) => m.type === t), type);
    },
    state: () => page().evaluate(() => (window as unknown as { __state: Record<string, unknown> }).__state),
  };
}
