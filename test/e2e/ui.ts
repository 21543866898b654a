// UI-level checks: what a person does with the installed extension in the workbench, driven through
// the explorer, the command palette and the webview's own DOM. Each check is counted like a test.
import * as path from 'path';
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import type { TestResult } from './results';
import { openFromExplorer, runCommand, squiggles, waitForStatusBarLanguage, waitForWorkbench, webviewFrame } from './workbench';

export interface UiContext {
  page: Page;
  evidenceDir: string;
  log: (msg: string) => void;
}

interface Check {
  title: string;
  run: (ctx: UiContext) => Promise<void>;
}

const checks: Check[] = [
  {
    title: 'the workbench opens the examples folder',
    run: async ({ page }) => {
      await waitForWorkbench(page);
    },
  },
  {
    title: 'an example opened from the explorer is in the WeChat Push language',
    run: async ({ page }) => {
      await openFromExplorer(page, 'with-mistakes.wxpush');
      assert.strictEqual(await waitForStatusBarLanguage(page, 'WeChat Push'), 'WeChat Push');
    },
  },
  {
    title: 'mistakes are underlined in the editor and counted in the status bar',
    run: async ({ page }) => {
      const editor = page.locator('.editor-group-container.active .monaco-editor').first();
      await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 20_000 });
      const marks = await squiggles(page);
      assert.ok(marks.errors > 0 && marks.warnings > 0, `squiggles: ${JSON.stringify(marks)}`);
      const problems = (await page.locator('[id="status.problems"]').innerText()).replace(/\s+/g, ' ').trim();
      const [errors, warnings] = (problems.match(/\d+/g) ?? []).map(Number);
      assert.ok(errors > 0 && warnings > 0, `status bar problems: "${problems}"`);
    },
  },
  {
    title: 'hovering a mistake shows its message and rule',
    run: async ({ page, evidenceDir }) => {
      const word = page.locator('.editor-group-container.active .view-line span', { hasText: /^subscripton$/ }).first();
      await word.hover();
      const hover = page.locator('.monaco-hover:not(.hidden)').first();
      await hover.waitFor({ state: 'visible', timeout: 10_000 });
      await page.waitForFunction(() => /account-type/.test(document.querySelector('.monaco-hover:not(.hidden)')?.textContent ?? ''), undefined, { timeout: 10_000 });
      const text = await hover.innerText();
      assert.match(text, /subscripton/);
      assert.match(text, /account-type/);
      await page.screenshot({ path: path.join(evidenceDir, 'hover.png') });
      await page.keyboard.press('Escape');
    },
  },
  {
    title: 'Open Preview to the Side from the command palette shows the push beside the editor',
    run: async ({ page, evidenceDir, log }) => {
      await runCommand(page, 'WeChat Push: Open Preview to the Side');
      const frame = webviewFrame(page);
      const shown = frame.locator('.wxp-surface:not([hidden])');
      await shown.waitFor({ state: 'visible', timeout: 30_000 });
      // with-mistakes.wxpush misspells its account type, so the preview cannot know where the push lands.
      assert.strictEqual(await shown.getAttribute('data-surface'), 'subscriptions');
      assert.match(await shown.innerText(), /Ashley Talks/);
      // Beside: the webview is to the right of the editor, which still shows its squiggles.
      const editorBox = await page.locator('.editor-group-container .monaco-editor').first().boundingBox();
      const webviewBox = await page.locator('iframe.webview.ready').last().boundingBox();
      assert.ok(editorBox && webviewBox && webviewBox.x >= editorBox.x + editorBox.width - 1, `editor ${JSON.stringify(editorBox)}, preview ${JSON.stringify(webviewBox)}`);
      const marks = await squiggles(page);
      assert.ok(marks.errors > 0, `squiggles beside the preview: ${JSON.stringify(marks)}`);
      await page.waitForTimeout(1000); // let images and fonts settle for the picture
      const file = path.join(evidenceDir, 'workbench.png');
      await page.screenshot({ path: file });
      log(`screenshot of the workbench: ${file}`);
    },
  },
];

export async function runUiChecks(ctx: UiContext): Promise<TestResult[]> {
  const results: TestResult[] = [];
  let broken = false;
  for (const check of checks) {
    const title = `ui: ${check.title}`;
    if (broken) {
      // Later checks build on earlier ones; after a failure they would only fail for the same reason.
      results.push({ title, state: 'failed', error: 'not run: an earlier UI check failed' });
      continue;
    }
    const started = Date.now();
    try {
      await check.run(ctx);
      results.push({ title, state: 'passed', durationMs: Date.now() - started });
      ctx.log(`  ✔ ${title}`);
    } catch (e) {
      broken = true;
      const shot = path.join(ctx.evidenceDir, `ui-failure-${results.length + 1}.png`);
      await ctx.page.screenshot({ path: shot }).catch(() => undefined);
      const error = `${(e as Error).stack || e}\nscreenshot: ${shot}`;
      results.push({ title, state: 'failed', durationMs: Date.now() - started, error });
      ctx.log(`  ✖ ${title}\n${error}`);
    }
  }
  return results;
}
