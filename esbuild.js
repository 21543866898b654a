// Builds the extension and the CLI as two small bundles, and (with --tests) transpiles the
// sources, tests and benchmarks file by file into out/ for mocha and the real-editor suite.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

function listTs(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTs(p));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const bundles = [
  {
    entryPoints: { extension: 'src/vscode/extension.ts' },
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    entryPoints: { cli: 'src/cli/main.ts' },
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  // Browser-side scripts of the preview webview (optional until the preview exists).
  ...(fs.existsSync('src/webview/main.ts')
    ? [{ entryPoints: { 'webview/preview': 'src/webview/main.ts' }, platform: 'browser', format: 'iife' }]
    : []),
].map((b) => ({
  ...b,
  bundle: true,
  outdir: 'dist',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  metafile: true,
}));

async function main() {
  if (tests) {
    await esbuild.build({
      entryPoints: [...listTs('src'), ...listTs('test'), ...listTs('bench')],
      outdir: 'out',
      outbase: '.',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      logLevel: 'warning',
    });
  }
  if (watch) {
    const contexts = await Promise.all(bundles.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[esbuild] watching…');
    return;
  }
  for (const b of bundles) {
    const result = await esbuild.build(b);
    for (const [file, info] of Object.entries(result.metafile.outputs)) {
      if (file.endsWith('.js') && process.argv.includes('--sizes')) console.log(`${file} ${(info.bytes / 1024).toFixed(1)} KiB`);
    }
  }
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
