// The end-to-end launcher (`npm run test:e2e`). On a fresh machine it installs what it needs, packages
// the extension, installs the .vsix into a contained code-server, runs the mocha suite (test/suite)
// inside the real extension host, then drives the workbench UI with Playwright. Everything it starts
// is stopped on success, failure, timeout or Ctrl+C. On failure it prints the extension host's log,
// the browser console and the screenshots' paths.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BRIDGE_DIR, EVIDENCE_DIR, REPO_ROOT, RUN_DIR, RUNS_DIR, RUNNER_EXTENSION, SUITE_ENTRY, SUITE_RESULTS } from './paths';
import { codeServer, packaging, type CodeServer, type InstanceDirs } from './scripts';
import { countsOf, writeCounts, type TestResult } from './results';
import { runUiChecks } from './ui';
import { serveBridge } from './bridge';
import { prepareDisplayLanguage } from './locale';

const TOTAL_TIMEOUT_MS = Number(process.env.WXPUSH_E2E_TIMEOUT_MS || 10 * 60_000);
const SUITE_TIMEOUT_MS = Number(process.env.WXPUSH_E2E_SUITE_TIMEOUT_MS || 4 * 60_000);
const UI_TIMEOUT_MS = 3 * 60_000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  // The workspace copy lives inside the checkout; its repository is none of the run's business.
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

const WORKBENCH_NOISE =
  /ENOTFOUND open-vsx\.org|^\s+at |^Resolv(ing|ed) connection token|^Creating a socket|^Updating additional builtin|^\[Service Worker\]|^ChatSessionStore|Long running operations during shutdown/;

const started = Date.now();
const log = (msg: string) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${msg}`);

const state: { server?: CodeServer; browser?: Browser; dirs: InstanceDirs[]; console: string[]; screenshots: string[] } = {
  dirs: [],
  console: [],
  screenshots: [],
};

async function cleanup() {
  // Only when the run got far enough to have a server: the run's folder then has nothing that
  // the evidence folder does not (the workspace copy, code-server's state).
  const removeRunDir = state.dirs.length > 0 && !process.env.WXPUSH_E2E_KEEP;
  const browser = state.browser;
  state.browser = undefined;
  if (browser) await browser.close().catch(() => undefined);
  const server = state.server;
  state.server = undefined;
  if (server) await server.stop();
  if (removeRunDir) fs.rmSync(RUN_DIR, { recursive: true, force: true });
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}

/** Everything needed to understand a failure, printed and kept in test-results/e2e/. */
function printDiagnostics(reason: string) {
  const bar = '-'.repeat(100);
  console.log(`\n${bar}\nEnd-to-end run failed: ${reason}\n${bar}`);
  // The extension host's own log, and the output channels of this extension (not git's and the like).
  const hostLogs = state.dirs.flatMap((d) =>
    listFiles(path.join(d.userData, 'logs')).filter((f) => /exthost/i.test(f) && (path.basename(f) === 'remoteexthost.log' || /wxpush|wechat/i.test(path.basename(f)))),
  );
  for (const [i, f] of hostLogs.entries()) {
    const text = fs.readFileSync(f, 'utf8');
    const instance = path.basename(path.dirname(path.dirname(path.dirname(path.dirname(f)))));
    const kept = path.join(EVIDENCE_DIR, `exthost-${instance}-${i + 1}-${path.basename(f)}`);
    fs.copyFileSync(f, kept);
    console.log(`\n== extension host log: ${kept}\n${text.split('\n').slice(-150).join('\n')}`);
  }
  if (hostLogs.length === 0) console.log(`\n== no extension host log found under ${RUN_DIR}`);
  if (state.server) console.log(`\n== code-server output (last 40 lines)\n${state.server.output.join('').split('\n').slice(-40).join('\n')}`);
  const consoleFile = path.join(EVIDENCE_DIR, 'browser-console.log');
  fs.writeFileSync(consoleFile, state.console.join('\n'));
  console.log(`\n== browser console (last 80 of ${state.console.length} lines; all in ${consoleFile})\n${state.console.slice(-80).join('\n')}`);
  const shots = fs.existsSync(EVIDENCE_DIR) ? fs.readdirSync(EVIDENCE_DIR).filter((f) => f.endsWith('.png')) : [];
  console.log(`\n== screenshots\n${shots.map((f) => `  ${path.join(EVIDENCE_DIR, f)}`).join('\n') || '  (none)'}\n${bar}`);
}

async function newPage(browser: Browser, label: string, { console = true } = {}): Promise<Page> {
  // Clipboard permissions: the copy command writes rich HTML from the preview webview, and the
  // suite reads it back through the bridge.
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  if (console) page.on('console', (m) => state.console.push(`[${label}] [${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => state.console.push(`[${label}] [pageerror] ${e.stack || e.message}`));
  return page;
}

async function shoot(page: Page, name: string) {
  const file = path.join(EVIDENCE_DIR, `${name}.png`);
  await page.screenshot({ path: file }).catch(() => undefined);
  if (fs.existsSync(file)) state.screenshots.push(file);
  return file;
}

/** Runs test/suite in the extension host through the workbench's extension-test payload. */
async function runSuite(server: CodeServer, workspace: string, label = 'suite'): Promise<TestResult[]> {
  const browser = state.browser!;
  // The workbench hands its whole log (and the extension host's console) to codeAutomationLog.
  const page = await newPage(browser, label, { console: false });
  let finish: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    state.console.push(`[${label}] [workbench ${type}] ${text}`);
    // The workbench's own start-up chatter and the unreachable gallery (no network here) stay in
    // the console file; the terminal gets the suite's report.
    if (!WORKBENCH_NOISE.test(text)) process.stdout.write(`${text.split('\n    at ')[0]}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number, logs?: Array<{ relativePath: string; contents: string }>) => {
    for (const l of logs || []) {
      const file = path.join(EVIDENCE_DIR, 'workbench-logs', l.relativePath);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, l.contents);
    }
    finish(code);
  });
  const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(RUNNER_EXTENSION)],
    ['extensionTestsPath', remote(SUITE_ENTRY)],
    ['skipWelcome', 'true'],
  ];
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log(`running test/suite in the extension host (${label})…`);
  fs.rmSync(SUITE_RESULTS, { force: true });
  const stopBridge = serveBridge(page, BRIDGE_DIR, log);
  await page.goto(url);
  const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), SUITE_TIMEOUT_MS))]);
  stopBridge();
  await shoot(page, `${label}-end`);
  await page.context().close().catch(() => undefined);

  const results: TestResult[] = [];
  let done = false;
  if (fs.existsSync(SUITE_RESULTS)) {
    const written = JSON.parse(fs.readFileSync(SUITE_RESULTS, 'utf8'));
    results.push(...written.results);
    done = written.done;
  }
  if (code === 'timeout') {
    results.push({ title: 'suite: finished in time', state: 'failed', error: `no exit after ${SUITE_TIMEOUT_MS / 1000} s` });
  } else if (!done) {
    results.push({ title: 'suite: ran to the end', state: 'failed', error: `exit code ${code} without results (the suite did not load or crashed)` });
  } else if (code !== 0 && countsOf(results).failed === 0) {
    results.push({ title: 'suite: exit code', state: 'failed', error: `exit code ${code} although no test failed` });
  }
  log(`${label}: exit ${code}, ${countsOf(results).passed} passed, ${countsOf(results).failed} failed`);
  return results;
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Folders of earlier runs whose process is gone (a run removes its own at the end). */
function removeStaleRuns() {
  if (!fs.existsSync(RUNS_DIR)) return;
  for (const name of fs.readdirSync(RUNS_DIR)) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid || !isAlive(pid)) fs.rmSync(path.join(RUNS_DIR, name), { recursive: true, force: true });
  }
}

/**
 * A fresh code-server instance of this run with the .vsix installed: its own user data, extensions,
 * settings and copy of the examples (the suite edits documents), optionally in another display language.
 */
async function startInstance(name: string, vsix: string, locale?: string, env: Record<string, string> = {}) {
  const dirs = codeServer.instanceDirs(path.join(RUN_DIR, `instance-${name}`));
  state.dirs.push(dirs);
  const workspace = path.join(RUN_DIR, `workspace-${name}`);
  fs.cpSync(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  if (locale) prepareDisplayLanguage(dirs.userData, locale, log);
  codeServer.installVsix(vsix, dirs, { log });
  const server = await codeServer.startCodeServer({
    dirs,
    workspace,
    log,
    env: {
      WXPUSH_E2E_EXTENSIONS_DIR: dirs.extensions,
      WXPUSH_E2E_RESULTS: SUITE_RESULTS,
      WXPUSH_E2E_BRIDGE: BRIDGE_DIR,
      ...(locale ? { WXPUSH_E2E_LOCALE: locale } : {}),
      ...env,
    },
  });
  state.server = server;
  log(`code-server (${name}) at ${server.url}`);
  return { server, workspace };
}

async function stopServer() {
  const server = state.server;
  state.server = undefined;
  if (server) await server.stop();
}

async function runUi(server: CodeServer, workspace: string): Promise<TestResult[]> {
  log('UI checks…');
  const page = await newPage(state.browser!, 'ui');
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
  const ui = await Promise.race([
    runUiChecks({ page, evidenceDir: EVIDENCE_DIR, log }),
    new Promise<TestResult[]>((r) =>
      setTimeout(() => r([{ title: 'ui: finished in time', state: 'failed', error: `not done after ${UI_TIMEOUT_MS / 1000} s` }]), UI_TIMEOUT_MS),
    ),
  ]);
  await shoot(page, 'ui-end');
  await page.context().close().catch(() => undefined);
  return ui;
}

async function main(): Promise<number> {
  // Evidence files are overwritten, not wiped, so a run next to another one keeps its pictures.
  fs.mkdirSync(EVIDENCE_DIR, { recursive: true });
  for (const f of fs.readdirSync(EVIDENCE_DIR)) if (/\.(png|log)$|^results\.json$/.test(f)) fs.rmSync(path.join(EVIDENCE_DIR, f), { force: true });
  if (!fs.existsSync(SUITE_ENTRY)) throw new Error(`${SUITE_ENTRY} is missing: run \`node esbuild.js --tests\` first`);

  codeServer.ensureSystemPackages({ log });
  codeServer.ensureCodeServer({ log });
  // A fresh instance every run: nothing from an earlier run (settings, state, extensions) leaks in.
  removeStaleRuns();
  fs.rmSync(RUN_DIR, { recursive: true, force: true });
  const vsix = process.env.WXPUSH_E2E_VSIX || packaging.packageExtension({ log, outDir: path.join(RUN_DIR, 'package') }).vsix;

  const executablePath = codeServer.chromiumPath();
  if (!executablePath) throw new Error('chromium is not installed');
  state.browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });

  const results: TestResult[] = [];
  const grep = process.env.WXPUSH_E2E_GREP;
  const only = process.env.WXPUSH_E2E_ONLY;
  // The main pass: the whole suite and the UI checks, in the display language asked for (English by default).
  const main = await startInstance('main', vsix, process.env.WXPUSH_E2E_LOCALE);
  if (only !== 'ui') results.push(...(await runSuite(main.server, main.workspace)));
  if (only !== 'suite' && !grep) results.push(...(await runUi(main.server, main.workspace)));
  await stopServer();

  // A second pass in Chinese for the tests about the display language (test/suite/i18n.test.ts).
  if (!process.env.WXPUSH_E2E_LOCALE && only !== 'ui' && !grep) {
    const locale = 'zh-cn';
    const pass = await startInstance(locale, vsix, locale, { WXPUSH_E2E_GREP: 'i18n:' });
    const localized = await runSuite(pass.server, pass.workspace, locale);
    results.push(...localized.map((r) => ({ ...r, title: `[${locale}] ${r.title}` })));
    await stopServer();
  }

  const c = countsOf(results);
  const resultsDir = process.env.WXPUSH_RESULTS_DIR;
  if (resultsDir) writeCounts(resultsDir, process.env.WXPUSH_SUITE || 'e2e', results);
  fs.writeFileSync(path.join(EVIDENCE_DIR, 'results.json'), JSON.stringify({ ...c, results }, null, 2));
  for (const r of results.filter((x) => x.state === 'failed')) console.log(`\n✖ ${r.title}\n${r.error || ''}`);
  if (c.failed > 0) printDiagnostics(`${c.failed} failed`);
  log(`e2e: ${c.passed} passed, ${c.failed} failed`);
  return c.failed > 0 || c.passed === 0 ? 1 : 0;
}

let exiting = false;
async function exit(code: number) {
  if (exiting) return;
  exiting = true;
  await cleanup();
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(code);
}

// The run stops by itself: a global timeout ends the browser and code-server's process group.
setTimeout(() => {
  if (exiting) return;
  printDiagnostics(`global timeout of ${TOTAL_TIMEOUT_MS / 1000} s`);
  const dir = process.env.WXPUSH_RESULTS_DIR;
  if (dir) writeCounts(dir, process.env.WXPUSH_SUITE || 'e2e', [{ title: 'e2e: finished in time', state: 'failed' }]);
  void exit(1);
}, TOTAL_TIMEOUT_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    const dir = process.env.WXPUSH_RESULTS_DIR;
    if (dir && !exiting) writeCounts(dir, process.env.WXPUSH_SUITE || 'e2e', [{ title: `e2e: interrupted by ${signal}`, state: 'failed' }]);
    void exit(130);
  });
}

main().then(
  (code) => exit(code),
  (e) => {
    // After a timeout or Ctrl+C, closing the browser makes the run fail here too: already reported.
    if (exiting) return;
    console.error(e);
    const dir = process.env.WXPUSH_RESULTS_DIR;
    if (dir) writeCounts(dir, process.env.WXPUSH_SUITE || 'e2e', [{ title: 'e2e: setup', state: 'failed', error: String(e) }]);
    printDiagnostics(String((e as Error).message || e));
    void exit(1);
  },
);
