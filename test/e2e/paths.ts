// Folders of an end-to-end run, from the compiled launcher in out/test/e2e/ of the checkout.
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
/** Where every run keeps its own folder (several runs may share a checkout). */
export const RUNS_DIR = path.join(REPO_ROOT, '.vscode-test', 'e2e');
/** Everything this run writes that is not evidence: code-server's folders, the workspace copy, the package. */
export const RUN_DIR = path.join(RUNS_DIR, String(process.pid));
/** Evidence: screenshots, logs, results. Ignored by git. */
export const EVIDENCE_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');
/** The compiled mocha suite loaded by the extension host. */
export const SUITE_ENTRY = path.join(REPO_ROOT, 'out', 'test', 'suite', 'index.js');
export const SUITE_RESULTS = path.join(RUN_DIR, 'suite-results.json');
/** An empty development extension; see runner/package.json. */
export const RUNNER_EXTENSION = path.join(REPO_ROOT, 'test', 'e2e', 'runner');
/** Questions from the suite to the browser and their answers (see test/suite/browserBridge.ts). */
export const BRIDGE_DIR = path.join(RUN_DIR, 'bridge');
