// A mocha reporter that prints like `spec` and also writes the run's counts to
// $WXPUSH_RESULTS_DIR/<suite>.json, so scripts/test-all.js can add every suite into one line.
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failed = [];
    runner.on('fail', (test) => failed.push(test.fullTitle()));
    runner.once('end', () => {
      const dir = process.env.WXPUSH_RESULTS_DIR;
      if (!dir) return;
      const suite = process.env.WXPUSH_SUITE || 'mocha';
      fs.mkdirSync(dir, { recursive: true });
      const s = this.stats;
      fs.writeFileSync(
        path.join(dir, `${suite}.json`),
        JSON.stringify({ suite, passed: s.passes, failed: s.failures, pending: s.pending, failedTests: failed }, null, 2),
      );
    });
  }
}

module.exports = CountingReporter;
