'use strict';
// What both end-to-end runners (code-server: run.js; desktop VS Code: electron.js) share: the repository's
// paths, the build, the seed copy and the user settings of the VS Code under test.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const suiteIndex = path.join(root, 'out', 'test', 'e2e', 'suite', 'index.js');
const seeds = path.resolve(process.env.ARTICLE_LENS_E2E_SEEDS || path.join(root, '..', 'shared', 'seeds'));

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'git.enabled': false,
};

/**
 * This process's environment without what an enclosing `npm run` says about itself: a nested npm would take
 * npm_config_user_agent (Node 20's) for its own, and code-server's install script checks the Node version
 * in it.
 */
function baseEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(lifecycle_|package_|command$|execpath$|node_execpath$|config_user_agent$|config_local_prefix$)/i.test(key) || key === 'NODE' || key === 'INIT_CWD') delete env[key];
  }
  return env;
}

function log(message) {
  console.log(`[e2e] ${message}`);
}

/** `npm run build`, then a check that the extension's entry point and the suite are there. */
function build() {
  log('npm run build');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
  const main = require(path.join(root, 'package.json')).main;
  for (const file of [path.resolve(root, main.endsWith('.js') ? main : `${main}.js`), suiteIndex]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing after the build`);
  }
}

/** A writable copy of the seed articles in `dir`: the extension may write .article-lens.json beside them. */
function copySeeds(dir) {
  if (!fs.existsSync(seeds)) throw new Error(`no seed articles at ${seeds} (../shared/seeds beside the clone)`);
  const workspace = path.join(dir, 'seeds');
  fs.cpSync(seeds, workspace, { recursive: true });
  fs.chmodSync(workspace, 0o755);
  for (const name of fs.readdirSync(workspace)) fs.chmodSync(path.join(workspace, name), 0o644);
  return workspace;
}

/** The user settings file of a VS Code user-data folder. */
function writeUserSettings(userDataDir) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
}

module.exports = { root, suiteIndex, baseEnv, build, copySeeds, writeUserSettings, log };
