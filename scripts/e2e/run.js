#!/usr/bin/env node
'use strict';
// `npm run test:e2e`: the extension in a real VS Code. Installs what is missing into a cache outside the
// repository (install.js), builds, copies the seed articles to a temporary folder, starts one code-server
// (VS Code in the browser) and drives it with headless Chromium: first the extension test suite
// (out/test/e2e/suite/index.js, mocha in the extension host), then one screenshot per scenario under
// test/e2e/screenshots/. The server and its extension hosts are killed at the end, whatever happened.
//
// Environment: ARTICLE_LENS_E2E_CACHE (cache folder), ARTICLE_LENS_E2E_SEEDS (articles to open),
// ARTICLE_LENS_E2E_TIMEOUT (seconds for the run after the installs, default 600),
// ARTICLE_LENS_E2E_GREP (only the tests whose title matches), ARTICLE_LENS_E2E_ONLY=tests|screenshots (one
// half only), ARTICLE_LENS_E2E_KEEP=1 (keep the temporary folder).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureInstalled } = require('./install');
const { startCodeServer } = require('./codeServer');
const { build, copySeeds, log, root, suiteIndex } = require('./project');
const { openWorkbench } = require('./workbench');
const { takeScreenshots } = require('./screenshots');

const screenshotDir = path.join(root, 'test', 'e2e', 'screenshots');
const timeoutMs = Number(process.env.ARTICLE_LENS_E2E_TIMEOUT || 600) * 1000;
const TESTS_TIMEOUT_MS = 5 * 60 * 1000;

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** The extension tests through code-server's test payload; resolves with the run's exit code. */
async function runExtensionTests(browser, server, workspace) {
  const workbench = await openWorkbench(browser, server, workspace, [['extensionTestsPath', suiteIndex]], { forwardConsole: true });
  try {
    return await Promise.race([
      workbench.exitCode,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`the extension tests did not finish within ${TESTS_TIMEOUT_MS / 1000} s`)), TESTS_TIMEOUT_MS).unref()),
    ]);
  } finally {
    await workbench.close();
  }
}

async function main() {
  const started = Date.now();
  const paths = await ensureInstalled();
  log(`installs ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  build();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-e2e-'));
  const logFile = path.join(dir, 'code-server.log');
  let server;
  let browser;
  let failed = false;
  let aborting = false;
  // Whatever happens, the server and its extension hosts go: at exit (synchronously) and on a timeout or a
  // signal (the browser closed first, then the server; never more than 10 s).
  process.on('exit', () => {
    server?.stopSync();
    if (!process.env.ARTICLE_LENS_E2E_KEEP) fs.rmSync(dir, { recursive: true, force: true });
  });
  const abort = async (reason) => {
    if (aborting) return;
    aborting = true;
    console.error(`[e2e] ${reason}; the last lines of the code-server log:\n${tail(logFile, 30)}`);
    setTimeout(() => process.exit(1), 10_000).unref();
    await browser?.close().catch(() => {});
    await server?.stop();
    process.exit(1);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => abort(`stopped by ${signal}`));
  const watchdog = setTimeout(() => abort(`timed out after ${timeoutMs / 1000} s`), timeoutMs);

  try {
    const workspace = copySeeds(dir);
    server = await startCodeServer({ node: paths.node, codeServer: paths.codeServer, dir, logFile });
    const { chromium } = require(paths.playwright);
    browser = await chromium.launch({
      executablePath: paths.chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });

    const only = process.env.ARTICLE_LENS_E2E_ONLY;
    if (only !== 'screenshots') {
      const testsStarted = Date.now();
      const code = await runExtensionTests(browser, server, workspace);
      log(`extension tests: exit code ${code} in ${((Date.now() - testsStarted) / 1000).toFixed(0)} s`);
      if (code !== 0) failed = true;
    }
    if (only !== 'tests') {
      const shotsStarted = Date.now();
      const failures = await takeScreenshots(browser, server, workspace, screenshotDir);
      log(`screenshots: ${failures.length ? `${failures.length} failed (${failures.join(', ')})` : 'all taken'} in ${((Date.now() - shotsStarted) / 1000).toFixed(0)} s, under ${path.relative(root, screenshotDir)}/`);
      if (failures.length) failed = true;
    }
  } catch (error) {
    failed = true;
    if (!aborting) console.error(`[e2e] ${error.stack || error}`);
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => {});
    await server?.stop();
  }
  if (failed) console.error(`[e2e] FAILED; the last lines of the code-server log:\n${tail(logFile, 30)}`);
  log(`${failed ? 'failed' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`[e2e] ${error.stack || error}`);
  process.exit(1);
});
