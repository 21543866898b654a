// `npm run bench:editor`: what an author feels in the real editor (code-server + Chromium, the
// installed .vsix), on a 2,000-line push:
//   - keystroke → diagnostic on screen: a character typed into (then deleted from) an Official
//     Account link turns it into an external link and back, and the warning squiggle appears or
//     goes; measured from the key's event in the page to the frame where the squiggles changed;
//   - keystroke → preview repainted: a character typed at the end of the first article's title,
//     from the key's event to the frame after the preview webview's DOM changed;
//   - extension activation, as VS Code itself reports it (Developer: Show Running Extensions).
// Medians over 50 edits each. Run it alone on the machine (it shares the heavy-suite lock).
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Frame, type Page } from 'playwright-core';
import { codeServer, packaging } from '../test/e2e/scripts';
import { REPO_ROOT, RUN_DIR } from '../test/e2e/paths';
import { openFromExplorer, runCommand, waitForWorkbench } from '../test/e2e/workbench';
import { pushOfLines } from './lint';
import { median } from './measure';

const EDITS = 50;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
};

const log = (msg: string) => console.log(`[bench:editor] ${msg}`);

/** Resolves with the wall-clock time of the first animation frame where `selector` counts differently than `before`. */
function squiggleChange(page: Page, before: number): Promise<number> {
  return page.evaluate(
    (b) =>
      new Promise<number>((resolve, reject) => {
        const until = performance.now() + 10_000;
        const check = () => {
          const n = document.querySelectorAll('.editor-group-container .monaco-editor .squiggly-warning').length;
          if (n !== b) resolve(performance.timeOrigin + performance.now());
          else if (performance.now() > until) reject(new Error('no squiggle change within 10 s'));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    before,
  );
}

function warnings(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.editor-group-container .monaco-editor .squiggly-warning').length);
}

/** The wall-clock time of the last keydown the workbench saw. */
function lastKey(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __keys: number[] }).__keys.slice(-1)[0]);
}

async function goTo(page: Page, line: number, column: number) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

async function previewFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    for (const f of page.frames()) {
      if (/fake\.html|index\.html/.test(f.url()) && (await f.evaluate(() => !!document.querySelector('.wxp-surface')).catch(() => false))) return f;
    }
    await page.waitForTimeout(200);
  }
  throw new Error('no preview frame');
}

async function main() {
  codeServer.ensureSystemPackages({ log });
  codeServer.ensureCodeServer({ log });
  const runDir = path.join(RUN_DIR, 'bench-editor');
  fs.rmSync(runDir, { recursive: true, force: true });
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const text = pushOfLines(2000);
  fs.writeFileSync(path.join(workspace, 'bench.wxpush'), text);
  const lines = text.split('\n');
  // An Official Account link in the middle of the push: typing after its "m" makes it external.
  const linkLine = lines.findIndex((l, n) => n > lines.length / 2 && l.includes('mp.weixin'));
  const linkColumn = lines[linkLine].indexOf('mp.weixin') + 1;
  const titleLine = lines.findIndex((l) => l.startsWith('@article '));

  const dirs = codeServer.instanceDirs(path.join(runDir, 'instance'));
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  const vsix = process.env.WXPUSH_E2E_VSIX || packaging.packageExtension({ log, outDir: path.join(runDir, 'package') }).vsix;
  codeServer.installVsix(vsix, dirs, { log });
  const server = await codeServer.startCodeServer({ dirs, workspace, log });
  const executablePath = codeServer.chromiumPath();
  if (!executablePath) throw new Error('chromium is not installed');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const out: string[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __keys: number[] };
      w.__keys = [];
      window.addEventListener('keydown', (e) => w.__keys.push(performance.timeOrigin + e.timeStamp), true);
    });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await waitForWorkbench(page);
    await openFromExplorer(page, 'bench.wxpush');
    await page.locator('.editor-group-container .monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });
    await runCommand(page, 'WeChat Push: Open Preview to the Side');
    const frame = await previewFrame(page);
    await page.waitForTimeout(2000);

    // ---- keystroke → diagnostic ----------------------------------------------------------------
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await goTo(page, linkLine + 1, linkColumn + 1);
    await page.waitForTimeout(1000);
    const diag: number[] = [];
    for (let i = 0; i < EDITS + 4; i++) {
      const before = await warnings(page);
      const changed = squiggleChange(page, before);
      await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
      const shown = await changed;
      const key = await lastKey(page);
      if (i >= 4) diag.push(shown - key);
      // An author pauses between edits; the next one starts from a settled editor.
      await page.waitForTimeout(400);
    }

    // ---- keystroke → preview repainted ---------------------------------------------------------
    await goTo(page, titleLine + 1, lines[titleLine].length + 1);
    await page.waitForTimeout(1000);
    const paint: number[] = [];
    /** Keystroke → the update message's arrival in the webview (the rest is the webview's own work). */
    const arrive: number[] = [];
    for (let i = 0; i < EDITS + 4; i++) {
      await frame.evaluate(() => {
        const w = window as unknown as { __painted?: Promise<number>; __arrived?: number; __listening?: boolean };
        w.__arrived = undefined;
        if (!w.__listening) {
          w.__listening = true;
          window.addEventListener('message', (e) => {
            if ((e.data as { type?: string } | null)?.type === 'update' && w.__arrived === undefined) w.__arrived = performance.timeOrigin + performance.now();
          });
        }
        w.__painted = new Promise<number>((resolve) => {
          const mo = new MutationObserver(() => {
            mo.disconnect();
            requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
          });
          mo.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
      });
      await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
      const painted = await frame.evaluate(() => Promise.race([(window as unknown as { __painted: Promise<number> }).__painted, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no repaint within 10 s')), 10_000))]));
      const key = await lastKey(page);
      const arrived = await frame.evaluate(() => (window as unknown as { __arrived?: number }).__arrived);
      if (i >= 4) {
        paint.push(painted - key);
        if (arrived !== undefined) arrive.push(arrived - key);
      }
      await page.waitForTimeout(400);
    }

    // ---- activation, as VS Code reports it -----------------------------------------------------
    await runCommand(page, 'Developer: Show Running Extensions');
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: /wxpush|WeChat Push/i }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    const rowText = (await row.innerText()).replace(/\s+/g, ' ');
    const activation = /(\d+)\s*ms/.exec(rowText);
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'bench-editor.png') }).catch(() => undefined);

    const f = (xs: number[]) => `${median(xs).toFixed(0)} ms (median of ${xs.length}; min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
    out.push(
      `real editor (code-server, Chromium), ${lines.length - 1}-line push`,
      `  keystroke → diagnostic on screen: ${f(diag)}`,
      `  keystroke → preview repainted: ${f(paint)}`,
      `    of which keystroke → the update's arrival in the preview: ${arrive.length ? f(arrive) : 'not seen'}`,
      `  extension activation (Show Running Extensions): ${activation ? `${activation[1]} ms` : `not read ("${rowText.slice(0, 120)}")`}`,
    );
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    if (!process.env.WXPUSH_E2E_KEEP) fs.rmSync(runDir, { recursive: true, force: true });
  }
  console.log(out.join('\n'));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
