// Driving the VS Code workbench in the browser the way a person does: explorer, command palette,
// editor, webviews. Selectors are the workbench's own (VS Code 1.100).
import type { FrameLocator, Page } from 'playwright-core';

export async function waitForWorkbench(page: Page) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
}

/** Clicks a file in the explorer and waits until its editor is the active one. */
export async function openFromExplorer(page: Page, fileName: string) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  await row.dblclick();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: 30_000 });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

/** F1, type the command's title, Enter on the matching entry. */
export async function runCommand(page: Page, title: string) {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  if (await editor.count()) await editor.click({ position: { x: 200, y: 100 } });
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const entry = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await entry.waitFor({ state: 'visible', timeout: 10_000 });
  await entry.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * Waits until the status bar names `expected` as the active editor's language. Right after the
 * workbench loads it may still say "Plain Text" until the remote extensions are scanned.
 */
export async function waitForStatusBarLanguage(page: Page, expected: string, timeoutMs = 20_000): Promise<string> {
  const item = page.locator('[id="status.editor.mode"]');
  await item.waitFor({ state: 'visible', timeout: timeoutMs });
  const until = Date.now() + timeoutMs;
  let shown = '';
  while (Date.now() < until) {
    shown = (await item.innerText()).trim();
    if (shown === expected) return shown;
    await page.waitForTimeout(200);
  }
  return shown;
}

/** Squiggles drawn in the active editor, by severity. */
export async function squiggles(page: Page) {
  const editor = page.locator('.editor-group-container .monaco-editor').first();
  return {
    errors: await editor.locator('.squiggly-error').count(),
    warnings: await editor.locator('.squiggly-warning').count(),
    infos: await editor.locator('.squiggly-info').count(),
  };
}

/** The document inside the (one visible) webview: outer iframe → inner #active-frame. */
export function webviewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}
