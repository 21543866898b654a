// UI-level checks: what a person does with the installed extension in the workbench, driven through
// the explorer, the command palette and the webview's own DOM. Each check is counted like a test.
import * as path from 'path';
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import type { TestResult } from './results';
import { openFromExplorer, squiggles, waitForStatusBarLanguage, waitForWorkbench } from './workbench';

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
