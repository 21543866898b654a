// `npm start`: build, package, install the .vsix into a contained code-server, open examples/ and
// print the address to open in a browser. Runs until Ctrl+C, then stops code-server's process group.
'use strict';
const path = require('path');
const { packageExtension } = require('./package');
const { ROOT, TEST_DIR, ensureCodeServer, instanceDirs, installVsix, startCodeServer } = require('./code-server');

async function main() {
  const log = (m) => console.log(`[start] ${m}`);
  ensureCodeServer({ log });
  const { vsix } = packageExtension({ log });
  // Kept between runs so the editor remembers its layout; the extension is replaced every time.
  const dirs = instanceDirs(path.join(TEST_DIR, 'start'));
  installVsix(vsix, dirs, { log });
  const workspace = path.join(ROOT, 'examples');
  const port = Number(process.env.WXPUSH_PORT || 0);
  const server = await startCodeServer({ dirs, workspace, port, log });

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\n[start] stopping code-server…');
    await server.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  server.child.once('exit', (code) => {
    if (!stopping) {
      console.error(`[start] code-server exited (code ${code})\n${server.output.join('').split('\n').slice(-20).join('\n')}`);
      stop(1);
    }
  });

  console.log(`\n  wxpush is running in VS Code at  ${server.url}/?folder=${encodeURI(workspace)}\n`);
  console.log('  Open that address in a browser. Press Ctrl+C to stop.\n');
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
