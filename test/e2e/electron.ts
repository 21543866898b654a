// `npm run test:electron`: the same suite (test/suite) in desktop VS Code, through the ecosystem's
// standard runner @vscode/test-electron. It downloads VS Code 1.100.3, so it needs a network that
// reaches update.code.visualstudio.com (CI here has none and uses code-server: `npm run test:e2e`).
// On a Linux machine without a display, run it under `xvfb-run -a`.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { downloadAndUnzipVSCode, resolveCliPathFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { REPO_ROOT, RUNNER_EXTENSION, SUITE_ENTRY, SUITE_RESULTS } from './paths';
import { packaging } from './scripts';
import { countsOf, writeCounts, type TestResult } from './results';

const VSCODE_VERSION = '1.100.3';

async function main(): Promise<number> {
  const runDir = path.join(REPO_ROOT, '.vscode-test', 'electron');
  fs.rmSync(runDir, { recursive: true, force: true });
  const extensionsDir = path.join(runDir, 'extensions');
  const userDataDir = path.join(runDir, 'user-data');
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.cpSync(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true });

  const vsix = process.env.WXPUSH_E2E_VSIX || packaging.packageExtension({ outDir: path.join(REPO_ROOT, '.vscode-test', 'packages', 'electron') }).vsix;
  const vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(REPO_ROOT, '.vscode-test') });
  const profile = [`--extensions-dir=${extensionsDir}`, `--user-data-dir=${userDataDir}`];

  // What users install: the .vsix, into this run's own extensions folder.
  const cli = resolveCliPathFromVSCodeExecutablePath(vscodeExecutablePath);
  const install = spawnSync(cli, [...profile, '--install-extension', vsix, '--force'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (install.status !== 0) throw new Error(`installing ${vsix} failed (exit code ${install.status})`);

  fs.rmSync(SUITE_RESULTS, { force: true });
  const code = await runTests({
    vscodeExecutablePath,
    // The editor runs extension tests only for a development extension: an empty one, so the
    // extension under test stays the installed copy.
    extensionDevelopmentPath: RUNNER_EXTENSION,
    extensionTestsPath: SUITE_ENTRY,
    extensionTestsEnv: { WXPUSH_E2E_EXTENSIONS_DIR: extensionsDir, WXPUSH_E2E_RESULTS: SUITE_RESULTS },
    launchArgs: [workspace, ...profile, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  }).catch(() => 1);

  const results: TestResult[] = fs.existsSync(SUITE_RESULTS) ? JSON.parse(fs.readFileSync(SUITE_RESULTS, 'utf8')).results : [];
  if (code !== 0 && countsOf(results).failed === 0) results.push({ title: 'electron: suite exit code', state: 'failed', error: `exit code ${code}` });
  const dir = process.env.WXPUSH_RESULTS_DIR;
  if (dir) writeCounts(dir, process.env.WXPUSH_SUITE || 'electron', results);
  const c = countsOf(results);
  console.log(`electron: ${c.passed} passed, ${c.failed} failed`);
  return c.failed > 0 || c.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`test:electron could not run: ${(e as Error).message || e}`);
    process.exit(1);
  },
);
