// Entry point the editor loads as `extensionTestsPath`: runs every *.test.js beside this file with
// mocha inside the real extension host, prints a spec-style report to the extension host's console
// and writes per-test results to RESULTS_FILE for the launcher, which counts them.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { RESULTS_FILE } from './paths';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  const grep = process.env.WXPUSH_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }

  const results: TestResult[] = [];
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.rmSync(RESULTS_FILE, { force: true });
  const write = (done: boolean) =>
    fs.writeFileSync(RESULTS_FILE, JSON.stringify({ done, results }, null, 2));

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      write(true);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending' }));
    runner.on('fail', (t, err) => {
      results.push({ title: t.fullTitle(), state: 'failed', error: String((err && (err.stack || err.message)) || err) });
      // Written as we go, so a run that hangs after a failure still leaves its evidence.
      write(false);
    });
  });
}
