// The launcher's side of test/suite/browserBridge.ts: answers the suite's questions about what the
// browser shows, by reading the workbench page with Playwright.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { BrowserAnswer, BrowserQuery, WebviewElement, WebviewQuery } from '../suite/browserBridge';
import { runCommand, webviewFrame } from './workbench';
import { EVIDENCE_DIR } from './paths';

async function answerWebview(page: Page, q: WebviewQuery): Promise<BrowserAnswer> {
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

async function acceptQuickInput(page: Page): Promise<BrowserAnswer> {
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  // The web save dialog fills its input in steps (folder, then file name): wait until it settles.
  let value = await input.inputValue();
  let stableSince = Date.now();
  const until = Date.now() + 10_000;
  while (Date.now() - stableSince < 750 && Date.now() < until) {
    await page.waitForTimeout(100);
    const now = await input.inputValue();
    if (now !== value) {
      value = now;
      stableSince = Date.now();
    }
  }
  await input.press('Enter');
  return { ok: true, value };
}

async function readClipboard(page: Page): Promise<BrowserAnswer> {
  const clipboard = await page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    }
    return out;
  });
  return { ok: true, clipboard };
}

async function answer(page: Page, q: BrowserQuery): Promise<BrowserAnswer> {
  switch (q.kind) {
    case 'webview':
      return answerWebview(page, q);
    case 'acceptQuickInput':
      return acceptQuickInput(page);
    case 'clipboard':
      return readClipboard(page);
    case 'notifications': {
      // Asked when something went wrong or to check a message: keep a picture of the moment.
      await page.screenshot({ path: path.join(EVIDENCE_DIR, 'notifications.png') });
      // Toasts, and the notification center's list when it is open (toasts are not drawn then).
      const notifications = await page.locator('.notifications-toasts .notification-list-item, .notifications-center .notification-list-item').evaluateAll((els) =>
        els.map((el) => ({
          message: (el.querySelector('.notification-list-item-message') as HTMLElement | null)?.innerText ?? '',
          actions: Array.from(el.querySelectorAll('.notification-list-item-buttons-container .monaco-button')).map((b) => (b as HTMLElement).innerText.trim()),
        })),
      );
      return { ok: true, value: notifications.map((n) => n.message).join('\n'), notifications };
    }
    case 'runCommand':
      await runCommand(page, q.title);
      return { ok: true };
    case 'typeQuickInput': {
      const widget = page.locator('.quick-input-widget', { hasText: q.waitText });
      await widget.waitFor({ state: 'visible', timeout: 15_000 });
      const input = widget.locator('input.input');
      await input.fill(q.text);
      await input.press('Enter');
      return { ok: true };
    }
    case 'screenshot': {
      if (q.waitSelector) {
        await page.locator(q.waitSelector, q.waitText ? { hasText: q.waitText } : undefined).first().waitFor({ state: 'visible', timeout: 20_000 });
        await page.waitForTimeout(400); // the toast slides in
      }
      const file = path.join(EVIDENCE_DIR, `${q.name}.png`);
      await page.screenshot({ path: file });
      return { ok: true, value: file };
    }
    case 'clickNotificationAction': {
      const toast = page.locator('.notifications-toasts .notification-list-item, .notifications-center .notification-list-item', { hasText: q.messageText }).first();
      await toast.waitFor({ state: 'visible', timeout: 15_000 });
      await toast.locator('.notification-list-item-buttons-container .monaco-button', { hasText: q.label }).first().click();
      return { ok: true };
    }
    case 'dialog': {
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.waitFor({ state: 'visible', timeout: 15_000 });
      const value = await dialog.innerText();
      await page.screenshot({ path: path.join(EVIDENCE_DIR, 'dialog.png') });
      if (q.press) await dialog.locator('.monaco-button', { hasText: q.press }).first().click();
      else await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
      return { ok: true, value };
    }
  }
}

/** Polls `dir` for questions while the suite runs; returns a function that stops it. */
export function serveBridge(page: Page, dir: string, log: (m: string) => void): () => void {
  // A fresh folder for each pass: questions of an earlier pass (answered or not) are not asked again.
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let stopped = false;
  const seen = new Set<string>();
  const tick = async () => {
    while (!stopped) {
      for (const file of fs.readdirSync(dir)) {
        if (!file.endsWith('.question.json') || seen.has(file)) continue;
        seen.add(file);
        const id = file.replace(/\.question\.json$/, '');
        let reply: BrowserAnswer;
        try {
          const q = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as BrowserQuery;
          reply = await answer(page, q);
        } catch (e) {
          reply = { ok: false, error: String((e as Error).message || e) };
          log(`bridge: ${reply.error}`);
        }
        fs.writeFileSync(path.join(dir, `${id}.tmp-answer`), JSON.stringify(reply));
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
