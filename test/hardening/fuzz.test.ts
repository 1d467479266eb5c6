import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { REPO } from '../support/lspClient';
import { spanProblem } from '../support/spans';

// The bounded version of `npm run fuzz`: fixed seeds, a few hundred engine cases (random Unicode, hostile
// pieces, mutated real articles, corrupted bytes through the decoder, long runs) and one LSP session of random
// edits and requests against the real server. The long run is `npm run fuzz -- --cases 10000`.

interface Figures {
  cases: number;
  crashes: number;
  invalidOffsets: number;
  hangs: number;
  slowestCaseMs: number;
  lsp: { sessions: number; edits: number; requests: number; malformed: number; errors: number; hangs: number; serverDeaths: number };
  ok: boolean;
}

function fuzz(...args: string[]): Figures {
  const run = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'fuzz.js'), '--json', ...args], { encoding: 'utf8', timeout: 120_000 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  assert.ok(last.startsWith('{'), `fuzz printed no figures (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const figures = JSON.parse(last) as Figures;
  assert.equal(run.status, 0, `${last}\n${run.stderr}`);
  return figures;
}

test('fuzz, fixed seed: 300 engine cases and an LSP session of 150 operations, no crash, invalid offset or hang', () => {
  const f = fuzz('--cases', '300', '--seed', '20261122', '--sessions', '1', '--ops', '150');
  assert.equal(f.cases, 300);
  assert.deepEqual([f.crashes, f.invalidOffsets, f.hangs], [0, 0, 0]);
  assert.equal(f.lsp.sessions, 1);
  assert.ok(f.lsp.edits > 10 && f.lsp.requests > 50, JSON.stringify(f.lsp));
  assert.deepEqual([f.lsp.malformed, f.lsp.errors, f.lsp.hangs, f.lsp.serverDeaths], [0, 0, 0, 0]);
  assert.ok(f.ok);
});

test('the span checker the fuzzer relies on catches a broken span', () => {
  const text = 'Sergey Lavrov met Narendra Modi in New Delhi on Thursday, December 4, 2025.';
  const analysis = analyzeArticle(text);
  assert.equal(spanProblem(text, analysis), undefined);
  assert.ok(analysis.mentions.length > 0 && analysis.times.length > 0);
  const shifted = { ...analysis, mentions: analysis.mentions.map((m, i) => (i === 0 ? { ...m, start: m.start + 1 } : m)) };
  assert.match(spanProblem(text, shifted) ?? '', /mention 0/);
  const outside = { ...analysis, times: analysis.times.map((t) => ({ ...t, end: text.length + 5 })) };
  assert.match(spanProblem(text, outside) ?? '', /time 0/);
  assert.match(spanProblem(text.slice(1), analysis) ?? '', /mention/);
});
