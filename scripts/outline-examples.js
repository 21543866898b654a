#!/usr/bin/env node
// Prints what the parser reads in each example (used by `npm run outline`).
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const dir = path.join(__dirname, '..', 'examples');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.wxpush')).map((f) => path.join('examples', f));
const r = spawnSync(process.execPath, [path.join(__dirname, '..', 'dist', 'cli.js'), 'outline', ...files], { stdio: 'inherit', cwd: path.join(__dirname, '..') });
process.exit(r.status ?? 1);
