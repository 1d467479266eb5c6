import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { DEFAULT_SETTINGS } from '../../server/src/workspace/settings';
import { REPO } from '../support/lspClient';

// Analyses and cross-article results kept between sessions: a second start on the same articles restores
// them as they were; a changed article makes the stored cross-article results unusable.

let folder: string;
let storage: string;

before(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'article-lens-cache-ws-'));
  storage = mkdtempSync(path.join(tmpdir(), 'article-lens-cache-store-'));
  cpSync(path.join(REPO, 'samples'), folder, { recursive: true });
});
after(() => {
  rmSync(folder, { recursive: true, force: true });
  rmSync(storage, { recursive: true, force: true });
});

async function session() {
  const index = new WorkspaceIndex();
  index.configure([folder], DEFAULT_SETTINGS);
  index.useStorage(storage, false);
  await index.scan(() => undefined);
  const restored = index.isCrossArticleCurrent();
  const conflicts = index.conflicts().map((c) => c.key);
  const findings = Object.fromEntries(index.all().map((a) => [a.uri, index.findings(a.uri).map((f) => `${f.code}@${f.start}-${f.end}:${f.message}`)]));
  const entities = index.corpus.entities().map((e) => `${e.id} ${e.name} ${e.mentionCount}`);
  await index.dispose();
  // Stored results are written in the background: give the write a moment.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { restored, conflicts, findings, entities };
}

test('a second start on unchanged articles restores links and conflicts as they were', async () => {
  const first = await session();
  assert.equal(first.restored, false, 'nothing to restore on the first start');
  assert.ok(first.conflicts.length > 0, 'the samples have a conflict');
  assert.ok(readdirSync(storage).some((f) => f.startsWith('analyses-')));
  assert.ok(readdirSync(storage).some((f) => f.startsWith('corpus-')));
  const second = await session();
  assert.equal(second.restored, true);
  assert.deepEqual(second.conflicts, first.conflicts);
  assert.deepEqual(second.findings, first.findings);
  assert.deepEqual(second.entities, first.entities);
});

test('a changed article makes the stored cross-article results stale', async () => {
  const file = path.join(folder, '05_coastal_times.article');
  writeFileSync(file, readFileSync(file, 'utf8').replace('late June 2026', 'mid-April 2026'));
  const changed = await session();
  assert.equal(changed.restored, false);
  const uri = pathToFileURL(file).href;
  assert.ok(!changed.findings[uri].some((f) => f.includes('late June')), 'the findings are those of the changed text');
});
