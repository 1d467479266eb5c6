import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { NO_CORRECTIONS } from '../../server/src/analysis/entities/corrections';
import { AnalysisPool } from '../../server/src/workspace/analysisPool';
import { decodeAnalysis } from '../../server/src/workspace/serialisedAnalysis';
import { REPO } from '../support/lspClient';

// Worker threads give the same analyses as the server's own thread; an article over the time budget is
// stopped and reported, and the pool goes on with a new worker.

const sample = readFileSync(path.join(REPO, 'samples', '01_harbour_herald.article'), 'utf8');

test('a worker analyses an article exactly as the main thread does', async () => {
  const pool = AnalysisPool.create(2);
  assert.ok(pool, 'workers can run here');
  try {
    const [a, b] = await Promise.all([pool.analyze(sample, NO_CORRECTIONS), pool.analyze(sample.toUpperCase(), NO_CORRECTIONS)]);
    assert.deepEqual(decodeAnalysis(a), analyzeArticle(sample));
    assert.deepEqual(decodeAnalysis(b), analyzeArticle(sample.toUpperCase()));
  } finally {
    await pool.dispose();
  }
});

test('an article over the time budget is reported and its worker replaced', async () => {
  const pool = AnalysisPool.create(1, 1);
  assert.ok(pool);
  try {
    await assert.rejects(pool.analyze(sample, NO_CORRECTIONS), /took longer than 1 ms and was stopped/);
    assert.equal(pool.restarts, 1);
  } finally {
    await pool.dispose();
  }
});

test('articles sent to a worker behind the one that stopped it go to its replacement', async () => {
  // Each article is sent ahead, while the worker is busy with the one before; when the worker is stopped,
  // only the article it was working on fails, and the next starts afresh on the new worker (and, with a
  // budget of 1 ms, is stopped there in its turn).
  const pool = AnalysisPool.create(1, 1);
  assert.ok(pool);
  try {
    const results = await Promise.allSettled([pool.analyze(sample, NO_CORRECTIONS), pool.analyze(sample, NO_CORRECTIONS)]);
    for (const r of results) assert.match(r.status === 'rejected' ? String(r.reason) : 'fulfilled', /took longer than 1 ms and was stopped/);
    assert.equal(pool.restarts, 2, 'a worker for each article');
  } finally {
    await pool.dispose();
  }
});

test('closing the pool ends every article sent or waiting, none left pending', async () => {
  const pool = AnalysisPool.create(1);
  assert.ok(pool);
  // Two sent to the worker, one waiting in the pool.
  const sent = Promise.allSettled([pool.analyze(sample, NO_CORRECTIONS), pool.analyze(sample, NO_CORRECTIONS), pool.analyze(sample, NO_CORRECTIONS)]);
  await pool.dispose();
  const settled = await Promise.race([sent, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 2000))]);
  assert.notEqual(settled, 'pending', 'every article is answered or refused');
});
