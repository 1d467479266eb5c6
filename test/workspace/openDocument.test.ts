import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { DEFAULT_SETTINGS } from '../../server/src/workspace/settings';
import { REPO } from '../support/lspClient';
import { provideDocumentHighlights } from '../../server/src/features/documentHighlight';
import { provideDocumentSymbols } from '../../server/src/features/documentSymbols';

// Opening an article as it is on disk changes nothing across the workspace; typing does.

const SAMPLES = path.join(REPO, 'samples');
const OPENED = path.join(SAMPLES, '01_harbour_herald.article');

async function scannedSamples(folder = SAMPLES): Promise<WorkspaceIndex> {
  const index = new WorkspaceIndex();
  index.configure([folder], DEFAULT_SETTINGS);
  await index.scan(() => undefined);
  return index;
}

test('opening an unchanged article keeps the workspace results; an edit makes them due again', async () => {
  const index = await scannedSamples();
  const conflicts = index.conflicts();
  assert.ok(index.isCrossArticleCurrent());
  const text = readFileSync(OPENED, 'utf8');
  const document = TextDocument.create(pathToFileURL(OPENED).href, 'article', 1, text);
  index.setOpenDocument(document);
  assert.ok(index.isCrossArticleCurrent(), 'nothing is due after opening');
  assert.equal(index.conflicts(), conflicts, 'the same results, not computed again');
  assert.equal(index.get(document.uri)?.document, document, "the editor's document stands for the file");
  TextDocument.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'On 3 May 2026, ' }], 2);
  index.setOpenDocument(document);
  assert.ok(!index.isCrossArticleCurrent(), 'a new date makes the workspace results due');
  await index.dispose();
});

test('highlights and the outline after an edit that changes a name answer without linking the workspace', async () => {
  const index = await scannedSamples();
  index.corpus.entities();
  const text = readFileSync(OPENED, 'utf8');
  const document = TextDocument.create(pathToFileURL(OPENED).href, 'article', 1, text);
  index.setOpenDocument(document);
  const name = document.positionAt(text.indexOf('NAFC'));
  const before = provideDocumentHighlights(index, { textDocument: { uri: document.uri }, position: name });
  assert.ok(before.length > 1, 'the name is highlighted where the article repeats it');
  // A new name at the top: the article's entities change, and the workspace's links are due again.
  TextDocument.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Ingrid Solberg wrote this. ' }], 2);
  index.setOpenDocument(document);
  assert.ok(!index.corpus.isLinked(), 'linking is due');
  const moved = document.positionAt(document.getText().indexOf('NAFC'));
  const after = provideDocumentHighlights(index, { textDocument: { uri: document.uri }, position: moved });
  assert.equal(after.length, before.length, 'the same mentions, from the article itself');
  const outline = provideDocumentSymbols(index, { textDocument: { uri: document.uri } });
  assert.ok(outline.some((group) => group.children?.some((s) => s.name === 'Ingrid Solberg')), 'the new name is in the outline');
  assert.ok(!index.corpus.isLinked(), 'neither request linked the workspace');
  // A hover waits for the links, made in steps (here, five articles, in one).
  await index.linkNames();
  assert.ok(index.corpus.entities().some((e) => e.name === 'Ingrid Solberg'), 'the new name is linked');
  await index.dispose();
});

test('requests waiting for the links share one linking run, and a later change is linked again', async () => {
  const index = await scannedSamples();
  // Already linked: nothing to wait for, and waiting twice is no second run.
  await index.linkNames();
  await index.linkNames();
  assert.ok(index.corpus.isLinked());
  const document = TextDocument.create(pathToFileURL(OPENED).href, 'article', 1, readFileSync(OPENED, 'utf8'));
  for (const [version, name] of [[2, 'Ingrid Solberg'], [3, 'Marta Kowalczyk']] as const) {
    TextDocument.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `${name} wrote this. ` }], version);
    index.setOpenDocument(document);
    assert.ok(!index.corpus.isLinked());
    let runs = 0;
    const linkSteps = index.corpus.linkSteps.bind(index.corpus);
    // A first step longer than a slice: the run is still under way when the next requests come.
    index.corpus.linkSteps = function* () {
      runs++;
      for (const started = Date.now(); Date.now() - started < 20; );
      yield;
      return yield* linkSteps();
    };
    const waiting = [index.linkNames(), index.linkNames(), index.linkNames()];
    assert.ok(!index.corpus.isLinked(), 'the run is under way');
    assert.equal(new Set(waiting).size, 1, 'one run for every request');
    await Promise.all(waiting);
    assert.equal(runs, 1, 'one run for every request');
    assert.ok(index.corpus.isLinked(), 'the wait ends once the workspace is linked');
    assert.ok(index.corpus.entities().some((e) => e.name === name), `${name} is linked`);
  }
  await index.dispose();
});

test('an edit that moves only positions moves the findings across articles as a fresh reading of the edited text places them', async () => {
  const index = await scannedSamples();
  const text = readFileSync(OPENED, 'utf8');
  const document = TextDocument.create(pathToFileURL(OPENED).href, 'article', 1, text);
  index.setOpenDocument(document);
  const uris = index.all().map((a) => a.uri);
  const pointingIn = (uri: string) => index.findings(uri).filter((f) => f.related.some((r) => r.article === document.uri)).length;
  assert.ok(uris.some((uri) => uri !== document.uri && pointingIn(uri) > 0), 'another article has a finding that points into the edited one');
  // Spaces before the disputed date, typed one at a time: every related location after them moves.
  const at = document.positionAt(text.indexOf('April 14-15'));
  for (let version = 2; version <= 4; version++) {
    TextDocument.update(document, [{ range: { start: at, end: at }, text: ' ' }], version);
    index.setOpenDocument(document);
    assert.ok(index.isCrossArticleCurrent(), 'positions only: the workspace results are kept');
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'article-lens-moved-'));
  try {
    cpSync(SAMPLES, folder, { recursive: true });
    writeFileSync(path.join(folder, path.basename(OPENED)), document.getText());
    const fresh = await scannedSamples(folder);
    const inSamples = (json: string) => json.replaceAll(pathToFileURL(folder).href, pathToFileURL(SAMPLES).href);
    for (const uri of uris) {
      const expected = JSON.stringify(fresh.findings(uri.replace(pathToFileURL(SAMPLES).href, pathToFileURL(folder).href)));
      assert.equal(JSON.stringify(index.findings(uri)), inSamples(expected), path.basename(uri));
    }
    await fresh.dispose();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await index.dispose();
});
