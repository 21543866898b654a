#!/usr/bin/env node
// Writes ThirdPartyNotices.txt: the licences of the packages bundled into the extension (the
// production dependency tree) and of WeUI, whose colour variables the preview's stylesheet copies.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const dirs = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((d) => d && d !== root);
dirs.push(path.join(root, 'node_modules', 'weui'));

const seen = new Set();
const parts = ['Third-party software notices for wxpush', '='.repeat(40), ''];
for (const dir of dirs.sort()) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const id = `${pkg.name}@${pkg.version}`;
  if (seen.has(id)) continue;
  seen.add(id);
  const licenseFile = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = licenseFile ? fs.readFileSync(path.join(dir, licenseFile), 'utf8').trim() : `License: ${pkg.license || 'see package'}`;
  parts.push(`${id} (${pkg.license || 'unknown'})`, '-'.repeat(40), text, '');
}
fs.writeFileSync(path.join(root, 'ThirdPartyNotices.txt'), parts.join('\n'));
console.log(`ThirdPartyNotices.txt: ${seen.size} packages`);
