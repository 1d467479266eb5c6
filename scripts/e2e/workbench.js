'use strict';
// One VS Code window: a browser page on code-server with the repository loaded as the extension under
// development, the seed copy as the folder, and whatever else the payload asks (a file to open, a test suite).
const { format } = require('node:util');
const { root } = require('./project');

/**
 * `payload` is a list of [name, absolute path] pairs (extensionTestsPath, openFile), turned into
 * vscode-remote URIs. `exitCode` resolves when VS Code reports the end of a test run (codeAutomationExit,
 * which code-server calls under --enable-smoke-test-driver).
 */
async function openWorkbench(browser, server, workspace, payload, { forwardConsole = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let exit;
  const exitCode = new Promise((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => exit(Number(code)));
  if (forwardConsole) {
    page.on('console', async (message) => {
      const text = await consoleText(message);
      if (!NOISE.some((pattern) => pattern.test(text))) console.log(text);
    });
  }
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));

  const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
  const entries = [['extensionDevelopmentPath', remote(root)], ...payload.map(([name, file]) => [name, remote(file)])];
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
  await page.goto(url);
  return { page, exitCode, close: () => context.close().catch(() => {}) };
}

// The workbench's own chatter: connections, service workers, the marketplace it cannot reach.
const NOISE = [
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^\[(reconnection-grace-time|Service Worker|AgentHost|AccountPolicyGate|lifecycle)/,
  /^Updating additional builtin extensions cache/,
  /open-vsx\.org/,
  /^Failed to load resource/,
  /web worker extension host is started in a same-origin iframe/,
  /allow-scripts and allow-same-origin/,
  /Timed out waiting for authentication provider/,
];

/**
 * A console message as the extension host wrote it. The workbench relays it as
 * ("%c INFO", "color: …", format, ...args), mocha's spec reporter included.
 */
async function consoleText(message) {
  const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
  if (args.length >= 2 && typeof args[0] === 'string' && args[0].startsWith('%c') && /^color:/.test(String(args[1]))) {
    return args.length > 2 ? format(...args.slice(2)) : '';
  }
  return message.text();
}

module.exports = { openWorkbench };
