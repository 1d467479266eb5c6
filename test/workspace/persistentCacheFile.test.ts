import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import type { ArticleAnalysis } from '../../server/src/analysis/types';
import { PersistentCache } from '../../server/src/workspace/persistentCache';

// The cache file: entries written one after another, read back only when a field is first used.

const texts = [
  'Lisbon, 3 March 2026 — Minister Ana Duarte met Ivo Kranjc in Lisbon on Tuesday.',
  'Ivo Kranjc arrived in Zagreb last week, the ministry said on Friday.',
  'The Baltic Council meets in Riga in early December.',
];
const analyses = texts.map((t) => analyzeArticle(t));
const plain = (a: ArticleAnalysis) => JSON.parse(JSON.stringify(a)) as unknown;

function withFolder(run: (folder: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'article-lens-cache-file-'));
    try {
      await run(folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
}

/** A cache file of engine version v1 holding `analyses` under k0, k1, k2. */
async function writeAnalyses(folder: string): Promise<void> {
  const writer = new PersistentCache(folder, 'v1');
  await writer.load();
  await writer.save(analyses.map((a, i) => [`k${i}`, a]));
}

test(
  'entries come back as they were, each read only when first used',
  withFolder(async (folder) => {
    await writeAnalyses(folder);
    const second = new PersistentCache(folder, 'v1');
    await second.load();
    let reads = 0;
    const restored = analyses.map((_, i) => second.get(`k${i}`, (a) => (reads++, a))!);
    assert.equal(reads, 0, 'nothing is read before a field is used');
    assert.deepEqual(plain(restored[1]), plain(analyses[1]));
    assert.equal(reads, 1, 'using one analysis reads that one only');
    assert.equal(restored[1].mentions, restored[1].mentions, 'read once');
    assert.equal(second.get('missing'), undefined);
  }),
);

test(
  'writing again keeps entries never read, byte for byte, and drops those no longer live',
  withFolder(async (folder) => {
    await writeAnalyses(folder);
    const second = new PersistentCache(folder, 'v1');
    await second.load();
    const unread = second.get('k0')!;
    const read = second.get('k2')!;
    assert.ok(read.times.length > 0);
    const added = analyzeArticle('Pia Lund spoke in Oslo on Monday.');
    second.set('k3', added);
    await second.save([['k0', unread], ['k2', read], ['k3', added]]);
    const third = new PersistentCache(folder, 'v1');
    await third.load();
    assert.deepEqual(plain(third.get('k0')!), plain(analyses[0]));
    assert.deepEqual(plain(third.get('k2')!), plain(analyses[2]));
    assert.deepEqual(plain(third.get('k3')!), plain(added));
    assert.equal(third.get('k1'), undefined, 'an entry no longer live is gone');
  }),
);

test(
  'a damaged file or one of another engine version is an empty cache',
  withFolder(async (folder) => {
    await writeAnalyses(folder);
    const other = new PersistentCache(folder, 'v2');
    await other.load();
    assert.equal(other.get('k0'), undefined);
    const file = path.join(folder, readdirSync(folder).find((f) => f.startsWith('analyses-v1'))!);
    const bytes = readFileSync(file);
    for (const damaged of [bytes.subarray(0, bytes.length - 10), bytes.subarray(0, 3), Buffer.from('not a cache')]) {
      writeFileSync(file, damaged);
      const reader = new PersistentCache(folder, 'v1');
      await reader.load();
      assert.equal(reader.get('k0'), undefined);
    }
  }),
);
