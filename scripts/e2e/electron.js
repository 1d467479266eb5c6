#!/usr/bin/env node
'use strict';
// The same end-to-end suite in desktop VS Code, through @vscode/test-electron, for machines that can download
// VS Code (this one cannot: `npm run test:e2e` runs it in code-server instead). VS Code's version is
// VSCODE_VERSION (default: the latest stable). No screenshots: those are run.js's.
//
//   node scripts/e2e/electron.js        (xvfb-run -a node scripts/e2e/electron.js without a display)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');
const { build, copySeeds, root, suiteIndex, writeUserSettings } = require('./project');

async function main() {
  build();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-e2e-'));
  try {
    const workspace = copySeeds(dir);
    const userData = path.join(dir, 'user');
    writeUserSettings(userData);
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: suiteIndex,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', userData, '--extensions-dir', path.join(dir, 'extensions')],
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[e2e] ${error.message || error}`);
  process.exit(1);
});
