#!/usr/bin/env node
// `npm test`: builds once, then runs every suite (unit, grammar, browser, real editor) even when an
// earlier one fails, and ends with one line `N passed, N failed` that adds them all up. Each mocha
// suite reports its counts through test/support/counting-reporter.js; a suite that writes no counts
// (a crash before mocha started) counts as one failure.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const pkg = require(path.join(root, 'package.json'));
const resultsDir = path.join(root, 'test-results', 'counts');
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

// e2e installs code-server; it runs before the browser suite, whose last test also drives a real VS Code.
const suites = ['unit', 'grammar', 'e2e', 'browser'].filter((s) => pkg.scripts[`test:${s}`]);
const only = process.argv.slice(2);
const selected = only.length ? suites.filter((s) => only.includes(s)) : suites;

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === null ? 1 : r.status;
}

let passed = 0;
let failed = 0;
const lines = [];

const typecheck = run('npx', ['tsc', '--noEmit', '-p', '.']);
lines.push(`typecheck: ${typecheck === 0 ? 'ok' : 'FAILED'}`);
if (typecheck === 0) passed++;
else failed++;

const build = run('node', ['esbuild.js', '--tests']);
if (build !== 0) {
  console.error('build failed');
  failed++;
} else {
  for (const suite of selected) {
    console.log(`\n=== ${suite} ===`);
    const code = run('npm', ['run', '--silent', `test:${suite}`], { WXPUSH_RESULTS_DIR: resultsDir, WXPUSH_SUITE: suite });
    const files = fs.readdirSync(resultsDir).filter((f) => f === `${suite}.json` || f.startsWith(`${suite}-`));
    let p = 0;
    let f = 0;
    for (const file of files) {
      const c = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'));
      p += c.passed;
      f += c.failed;
    }
    if (!files.length || (code !== 0 && f === 0)) f += 1; // the suite failed without a test to blame
    lines.push(`${suite}: ${p} passed, ${f} failed${code !== 0 ? ` (exit ${code})` : ''}`);
    passed += p;
    failed += f;
  }
}

console.log('\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
