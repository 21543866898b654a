// VS Code served by code-server, kept inside `.vscode-test/` so a run never touches the user's own
// editor settings, extensions or caches. Shared by the end-to-end launcher and `npm start`.
//
// code-server 4.100.3 ships VS Code 1.100.3 and is the last release that runs on Node 20, which is
// why `engines.vscode` is ^1.100.0. It is installed from the npm registry on first use (~1 minute)
// and reused afterwards.
'use strict';
const { spawn, spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const path = require('path');

const CODE_SERVER_VERSION = '4.100.3';
const ROOT = path.resolve(__dirname, '..');
const TEST_DIR = path.join(ROOT, '.vscode-test');
const INSTALL_DIR = path.join(TEST_DIR, `code-server-${CODE_SERVER_VERSION}`);
const CODE_SERVER_BIN = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
// @vscode/ripgrep (a code-server dependency) downloads its binary from GitHub in postinstall; the
// cache file name it looks for is fixed by the version code-server pins.
const RIPGREP_CACHE = { dir: 'vscode-ripgrep-cache-1.15.11', file: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' };

function defaultLog(msg) {
  console.log(`[code-server] ${msg}`);
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hasDebPackage(name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** The Debian chromium binary, or undefined. */
function chromiumPath() {
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (fs.existsSync(p)) return p;
  return undefined;
}

/**
 * Installs the Debian packages the run needs, and only those that are missing, so a prepared
 * machine never pays for `apt-get update`.
 */
function ensureSystemPackages({ needCodeServerBuild = false, log = defaultLog } = {}) {
  const missing = [];
  if (!chromiumPath()) missing.push('chromium');
  if (needCodeServerBuild) {
    if (!has('rg')) missing.push('ripgrep');
    if (!hasDebPackage('libkrb5-dev')) missing.push('libkrb5-dev');
    if (!has('make') || !has('g++')) missing.push('build-essential');
    if (!has('python3')) missing.push('python3');
  }
  if (missing.length === 0) return;
  if (!has('apt-get')) throw new Error(`missing system packages (${missing.join(', ')}) and no apt-get to install them`);
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['apt-get', 'update'], ['apt-get', 'install', '-y', '--no-install-recommends', ...missing]]) {
    const cmd = [...sudo, ...args];
    const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env });
    if (r.status !== 0) throw new Error(`\`${cmd.join(' ')}\` failed with exit code ${r.status}`);
  }
}

/** Installs code-server into `.vscode-test/` unless it is already there; returns its entry script. */
function ensureCodeServer({ log = defaultLog } = {}) {
  const marker = path.join(INSTALL_DIR, '.installed');
  if (fs.existsSync(marker) && fs.existsSync(CODE_SERVER_BIN)) return CODE_SERVER_BIN;
  ensureSystemPackages({ needCodeServerBuild: true, log });
  log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(ROOT, INSTALL_DIR)} (about a minute)…`);
  const started = Date.now();
  fs.rmSync(INSTALL_DIR, { recursive: true, force: true });
  const tmp = path.join(INSTALL_DIR, 'tmp');
  const cache = path.join(tmp, RIPGREP_CACHE.dir);
  fs.mkdirSync(cache, { recursive: true });
  execFileSync('tar', ['czf', path.join(cache, RIPGREP_CACHE.file), '-C', path.dirname(whichSync('rg')), 'rg']);
  fs.writeFileSync(path.join(INSTALL_DIR, 'package.json'), JSON.stringify({ private: true, description: 'code-server for the wxpush tests' }, null, 2));
  const env = {
    ...process.env,
    TMPDIR: tmp,
    // As root npm drops privileges for install scripts unless told not to; code-server refuses that.
    npm_config_unsafe_perm: 'true',
    // node-pty's build runs `npx node-gyp`, which must not stop to ask.
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const r = spawnSync('npm', ['install', '--no-save', '--omit=dev', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: INSTALL_DIR,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0 || !fs.existsSync(CODE_SERVER_BIN)) throw new Error(`installing code-server failed (exit code ${r.status})`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.writeFileSync(marker, `code-server@${CODE_SERVER_VERSION}\n`);
  log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return CODE_SERVER_BIN;
}

function whichSync(command) {
  return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
}

/** The folders one contained instance writes to, all under `root`. */
function instanceDirs(root) {
  return {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    xdg: path.join(root, 'xdg'),
    tmp: path.join(root, 'tmp'),
  };
}

function containedEnv(dirs) {
  for (const d of [dirs.userData, dirs.extensions, dirs.xdg, dirs.tmp]) fs.mkdirSync(d, { recursive: true });
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: dirs.xdg, XDG_CACHE_HOME: dirs.xdg, TMPDIR: dirs.tmp };
  // A password or a port from the caller's environment would change how the server starts.
  for (const k of ['PASSWORD', 'HASHED_PASSWORD', 'PORT', 'VSCODE_IPC_HOOK_CLI', 'VSCODE_PROXY_URI']) delete env[k];
  return env;
}

/** `code-server --install-extension file.vsix` into the instance's own extensions folder. */
function installVsix(vsix, dirs, { log = defaultLog } = {}) {
  const bin = ensureCodeServer({ log });
  const r = spawnSync(
    process.execPath,
    [bin, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix, '--force'],
    { env: containedEnv(dirs), encoding: 'utf8', timeout: 120_000 },
  );
  const out = `${r.stdout || ''}${r.stderr || ''}`.trim();
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (exit code ${r.status}):\n${out}`);
  log(out.split('\n').filter(Boolean).pop() || `installed ${path.basename(vsix)}`);
}

// Every server this process started; ended on any exit, including an uncaught error.
const running = new Set();
process.on('exit', () => {
  for (const pid of running) killGroup(pid, 'SIGKILL');
});

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts code-server on the loopback interface, in its own process group, without auth, and waits
 * until it answers. `stop()` ends the whole group (the server, its extension host and its helpers).
 */
async function startCodeServer({ dirs, workspace, port = 0, log = defaultLog, env = {}, onOutput } = {}) {
  const bin = ensureCodeServer({ log });
  const args = [
    bin,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (workspace) args.push(workspace);
  const child = spawn(process.execPath, args, { env: { ...containedEnv(dirs), ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child.pid);
  const output = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child.pid, 'SIGTERM');
      const exited = await Promise.race([
        new Promise((resolve) => child.once('exit', () => resolve(true))),
        new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
      ]);
      if (!exited) killGroup(child.pid, 'SIGKILL');
    }
    // Helpers of the server may outlive it in the group; make sure none is left.
    killGroup(child.pid, 'SIGKILL');
    running.delete(child.pid);
  };

  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('code-server did not start within 60 s')), 60_000);
    const fail = (e) => {
      clearTimeout(timer);
      reject(new Error(`${e.message}\n${output.join('')}`));
    };
    const onData = (chunk) => {
      const text = chunk.toString();
      output.push(text);
      if (onOutput) onOutput(text);
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => fail(new Error(`code-server exited early (code ${code}, signal ${signal})`)));
  }).catch(async (e) => {
    await stop();
    throw e;
  });
  try {
    await waitForHealth(url, 30_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port: Number(new URL(url).port), child, output, stop };
}

async function waitForHealth(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      http
        .get(`${url}/healthz`, (res) => {
          res.resume();
          resolve(res.statusCode === 200);
        })
        .on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server at ${url} did not become healthy within ${timeoutMs / 1000} s`);
}

module.exports = {
  CODE_SERVER_VERSION,
  ROOT,
  TEST_DIR,
  chromiumPath,
  ensureSystemPackages,
  ensureCodeServer,
  instanceDirs,
  installVsix,
  startCodeServer,
  killGroup,
};

if (require.main === module) {
  // `node scripts/code-server.js install`: prepare the machine ahead of a run.
  ensureSystemPackages();
  ensureCodeServer();
}
