#!/usr/bin/env node
'use strict';
// Bundles the extension for VS Code: dist/extension.js (the client; `vscode` is the editor's),
// dist/server.js (the language server, with its npm dependencies and the tagger's weights inlined) and
// dist/analysisWorker.js (the server's analysis threads, the engine inlined again), so the .vsix needs no
// node_modules. `--production` minifies and drops source maps; `--watch` rebuilds on change,
// and runs `tsc --watch` beside it for the tests and the CLI in out/.
const esbuild = require('esbuild');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The server reads its version with require('../../../package.json'), a path that holds from
// out/server/src/; in the bundle the same require is the repository's package.json.
const packageJson = {
  name: 'package-json',
  setup(build) {
    build.onResolve({ filter: /^(\.\.\/)+package\.json$/ }, () => ({ path: path.join(root, 'package.json') }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18', // VS Code 1.82's Electron
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  absWorkingDir: root,
  plugins: [packageJson],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // The server's analysis pool looks for its worker script beside the bundle.
  { ...common, entryPoints: ['server/src/workspace/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
];

async function main() {
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    spawn(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root, '--watch', '--preserveWatchOutput'], { stdio: 'inherit' });
    return;
  }
  // No stale source maps next to a minified bundle.
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
