// Per-test results of an end-to-end run, and the counts file every suite of `npm test` writes.
import * as fs from 'fs';
import * as path from 'path';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export function countsOf(results: TestResult[]) {
  return {
    passed: results.filter((r) => r.state === 'passed').length,
    failed: results.filter((r) => r.state === 'failed').length,
    pending: results.filter((r) => r.state === 'pending').length,
  };
}

/**
 * Writes `<dir>/<suite>.json` in the shape test/support/counting-reporter.js writes for the mocha
 * suites that run in plain Node, so one summary adds them all up.
 */
export function writeCounts(dir: string, suite: string, results: TestResult[]) {
  fs.mkdirSync(dir, { recursive: true });
  const c = countsOf(results);
  const failedTests = results.filter((r) => r.state === 'failed').map((r) => r.title);
  fs.writeFileSync(path.join(dir, `${suite}.json`), JSON.stringify({ suite, ...c, failedTests }, null, 2));
}
