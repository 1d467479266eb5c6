import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { decodeAnalysis, encodeAnalysis, fromSerialised, serialise } from '../../server/src/workspace/serialisedAnalysis';
import { REPO } from '../support/lspClient';

// Analyses travel between threads and rest in the cache as bytes: whatever an article holds, its analysis
// must come back from them exactly, every field and every string (JSON would turn a NaN or an undefined
// field into null or nothing; the strict comparison would see it).

const samples = readdirSync(path.join(REPO, 'samples'))
  .filter((f) => !f.endsWith('.md'))
  .map((f) => readFileSync(path.join(REPO, 'samples', f), 'utf8'));

// Text a user's folder may hold: lone surrogates, a NUL, control characters, right-to-left marks, emoji,
// quotes and backslashes, in names and dates.
const awkward = [
  'Sergey Lavrov met \uD800 Narendra Modi in New Delhi on December 5, 2025.\u0000 "Quoted \\ text" said Lavrov.',
  '\u202EPutin\u202C visited India last year; \uDC00 the summit 🙂 ended on Friday.\r\nAdvertisement\r\n',
  'date 2025-12-06\n\nNEW DELHI, Dec 6 (Agency) – Vladimir Putin left \u0007 India on Saturday.',
];

test('every analysis comes back from its bytes exactly', () => {
  for (const text of [...samples, ...awkward]) {
    const analysis = analyzeArticle(text);
    assert.deepStrictEqual(decodeAnalysis(encodeAnalysis(analysis)), analysis, text.slice(0, 60));
  }
});

test("an analysis's bytes are a buffer of their own, which a worker hands over without a copy", () => {
  const bytes = encodeAnalysis(analyzeArticle('Oslo.'));
  assert.equal(bytes.byteOffset, 0);
  assert.equal(bytes.byteLength, bytes.buffer.byteLength);
});

test('an analysis read from bytes when first used is the analysis, and gives back the bytes it came from', () => {
  const analysis = analyzeArticle(awkward[0]);
  const bytes = encodeAnalysis(analysis);
  const lazy = fromSerialised(bytes);
  assert.equal(serialise(lazy), bytes, 'unread, its bytes are its source');
  assert.deepStrictEqual({ ...lazy }, analysis);
});
