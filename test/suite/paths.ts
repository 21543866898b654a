// Where things are, seen from the compiled suite in out/test/suite/ of the checkout. The suite runs
// inside the editor's extension host but is not part of the extension: it is loaded from the checkout,
// while the extension under test is the one installed from the .vsix.
import * as path from 'path';

/** The checkout (out/test/suite → ../../..). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Where the launcher reads the suite's per-test results. */
export const RESULTS_FILE = process.env.WXPUSH_E2E_RESULTS || path.join(REPO_ROOT, 'test-results', 'e2e', 'suite-results.json');

export const EXTENSION_ID = 'wxpush.wxpush';
