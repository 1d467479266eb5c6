#!/usr/bin/env node
'use strict';
// Runs every compiled test file with node's test runner. Node 20 takes no globs and Node 22+ no folders,
// so the files are listed here.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', 'out', 'test', ...process.argv.slice(2));
const files = [];
const walk = (p) => {
  const stat = fs.statSync(p);
  if (stat.isDirectory()) for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
  else if (p.endsWith('.test.js')) files.push(p);
};
walk(root);
if (files.length === 0) {
  console.error(`no test files under ${root}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
