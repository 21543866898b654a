// `npm run package`: a production build, then `vsce package` into wxpush-<version>.vsix.
// Any vsce warning fails the run, so the package stays clean (icon, repository, license, README,
// CHANGELOG, a small file list).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  return { status: r.status, out: `${r.stdout || ''}${r.stderr || ''}` };
}

/** Size and time of every file in dist/: changes when anything rebuilds it. */
function distStamp() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = fs.statSync(p);
        out.push(`${p}:${st.size}:${st.mtimeMs}`);
      }
    }
  };
  walk(path.join(ROOT, 'dist'));
  return out.sort().join('\n');
}

/** Builds and packages; returns `{ vsix, bytes, files }` (files only with `listFiles`). Throws with vsce's own words on any problem. */
function packageExtension({ log = (m) => console.log(`[package] ${m}`), listFiles = false, outDir = ROOT } = {}) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.mkdirSync(outDir, { recursive: true });
  const vsix = path.join(outDir, `${pkg.name}-${pkg.version}.vsix`);
  const missing = [pkg.icon, 'README.md', 'CHANGELOG.md', 'LICENSE'].filter((f) => f && !fs.existsSync(path.join(ROOT, f)));
  if (missing.length) throw new Error(`cannot package: missing ${missing.join(', ')}`);

  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  // A development build (`npm run build`, a watcher) writing dist/ while vsce reads it would put
  // that build in the package; if dist/ changed in between, build and package again.
  for (let attempt = 1; ; attempt++) {
    const build = run(process.execPath, ['esbuild.js', '--production']);
    if (build.status !== 0) throw new Error(`build failed:\n${build.out}`);
    const built = distStamp();

    fs.rmSync(vsix, { force: true });
    // Dependencies are bundled by esbuild, so vsce must not add node_modules.
    const r = run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix]);
    const warnings = r.out.split('\n').filter((l) => /\bWARNING\b/i.test(l));
    if (r.status !== 0 || !fs.existsSync(vsix)) throw new Error(`vsce package failed (exit code ${r.status}):\n${r.out}`);
    if (warnings.length) throw new Error(`vsce package warned:\n${r.out}`);
    if (distStamp() === built) break;
    if (attempt === 3) throw new Error('dist/ kept changing while packaging (is a watcher running?)');
    log('dist/ changed while packaging; packaging again');
  }

  const bytes = fs.statSync(vsix).size;
  let files = [];
  if (listFiles) {
    files = run(process.execPath, [vsce, 'ls', '--no-dependencies']).out.split('\n').map((l) => l.trim()).filter(Boolean);
  }
  log(`${path.basename(vsix)}: ${(bytes / 1024).toFixed(1)} KiB${listFiles ? `, ${files.length} files` : ''}`);
  return { vsix, bytes, files };
}

module.exports = { packageExtension };

if (require.main === module) {
  try {
    const { files } = packageExtension({ listFiles: true });
    for (const f of files) console.log(`  ${f}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
