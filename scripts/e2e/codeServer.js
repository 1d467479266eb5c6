'use strict';
// One code-server for one end-to-end run, with its own user data, extensions and XDG folders, and a stop that
// leaves nothing behind: its process group, and any process that carries this run's mark in its environment
// (an extension host or language server that left the group).
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { baseEnv, log, writeUserSettings } = require('./project');

const RUN_MARK = 'ARTICLE_LENS_E2E_RUN';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

/** Processes whose environment carries this run's mark. */
function markedProcesses(mark) {
  const needle = Buffer.from(`\0${RUN_MARK}=${mark}\0`);
  const pids = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const environ = Buffer.concat([Buffer.from('\0'), fs.readFileSync(`/proc/${name}/environ`)]);
      if (environ.includes(needle)) pids.push(Number(name));
    } catch {}
  }
  return pids;
}

function killAll(child, mark, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {}
  for (const pid of markedProcesses(mark)) {
    try {
      process.kill(pid, signal);
    } catch {}
  }
}

/**
 * Starts code-server (Node 24) on a free port. `dir` is this run's temporary folder; everything the server
 * writes goes below it. Returns the server's address and a stop() that is safe to call more than once and
 * synchronously usable from an exit handler (stopSync).
 */
async function startCodeServer({ node, codeServer, dir, logFile }) {
  const folders = {};
  for (const name of ['user', 'extensions', 'config', 'data', 'cache', 'state', 'runtime', 'tmp']) {
    folders[name] = path.join(dir, name);
    fs.mkdirSync(folders[name], { recursive: true, mode: 0o700 });
  }
  writeUserSettings(folders.user);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const mark = path.basename(dir);
  const env = {
    ...baseEnv(),
    PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: folders.config,
    XDG_DATA_HOME: folders.data,
    XDG_CACHE_HOME: folders.cache,
    XDG_STATE_HOME: folders.state,
    XDG_RUNTIME_DIR: folders.runtime,
    TMPDIR: folders.tmp,
    [RUN_MARK]: mark,
  };
  // Development-time variables of the calling shell would confuse the extension host.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key.startsWith('ELECTRON_')) delete env[key];
  const args = [
    codeServer,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', folders.user,
    '--extensions-dir', folders.extensions,
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const out = fs.openSync(logFile, 'a');
  const child = spawn(node, args, { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  log(`code-server pid ${child.pid} on ${url} (log: ${logFile})`);

  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    killAll(child, mark, 'SIGKILL');
  };
  const stop = async () => {
    if (stopped) return;
    killAll(child, mark, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && markedProcesses(mark).length > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    stopSync();
    const left = markedProcesses(mark);
    if (left.length > 0) log(`processes still alive after stop: ${left.join(' ')}`);
  };

  try {
    await waitForHealth(url, child, 60_000);
  } catch (error) {
    stopSync();
    throw error;
  }
  return { url, port, stop, stopSync };
}

module.exports = { startCodeServer };
