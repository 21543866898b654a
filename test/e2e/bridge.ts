// The launcher's side of test/suite/browserBridge.ts: answers the suite's questions about what the
// browser shows, by reading the workbench page with Playwright.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { WebviewAnswer, WebviewElement, WebviewQuery } from '../suite/browserBridge';
import { webviewFrame } from './workbench';

async function answerWebview(page: Page, q: WebviewQuery): Promise<WebviewAnswer> {
  const frame = webviewFrame(page);
  if (q.selectors.length && q.waitMs) {
    await frame.locator(q.selectors[0]).first().waitFor({ state: 'attached', timeout: q.waitMs });
  }
  const matches: Record<string, WebviewElement[]> = {};
  for (const selector of q.selectors) {
    matches[selector] = await frame.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        const attrs: Record<string, string> = {};
        for (const a of Array.from(el.attributes)) attrs[a.name] = a.value;
        const h = el as HTMLElement;
        return { text: (h.innerText ?? h.textContent ?? '').trim().slice(0, 2000), hidden: h.hidden || h.offsetParent === null, attrs };
      }),
    );
  }
  return { ok: true, matches };
}

/** Polls `dir` for questions while the suite runs; returns a function that stops it. */
export function serveBridge(page: Page, dir: string, log: (m: string) => void): () => void {
  fs.mkdirSync(dir, { recursive: true });
  let stopped = false;
  const seen = new Set<string>();
  const tick = async () => {
    while (!stopped) {
      for (const file of fs.readdirSync(dir)) {
        if (!file.endsWith('.question.json') || seen.has(file)) continue;
        seen.add(file);
        const id = file.replace(/\.question\.json$/, '');
        let answer: WebviewAnswer;
        try {
          const q = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as WebviewQuery;
          answer = await answerWebview(page, q);
        } catch (e) {
          answer = { ok: false, error: String((e as Error).message || e) };
          log(`bridge: ${answer.error}`);
        }
        fs.writeFileSync(path.join(dir, `${id}.tmp-answer`), JSON.stringify(answer));
        fs.renameSync(path.join(dir, `${id}.tmp-answer`), path.join(dir, `${id}.answer.json`));
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  void tick();
  return () => {
    stopped = true;
  };
}
