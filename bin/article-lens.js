#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI lives in the compiled server (npm run build).
require('../out/server/src/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 2; }
);
