import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession, positionOf, REPO } from '../support/lspClient';
import type { ArticleMentions, ContractAnalysis, EntitiesResult, TimelineModel } from '../../server/src/protocol';
import { mentionContext } from '../../server/src/features/entitiesView';
import { outlyingClaims } from '../../server/src/features/timeline';

// The requests behind the editor's views and exports, on the real server over stdio.

const SEEDS = path.resolve(REPO, '../shared/seeds');
const SAMPLES = path.join(REPO, 'samples');

describe('views: what the features compute', () => {
  test('a mention in its line: words around it, cut at a word, whitespace collapsed', () => {
    const text = 'Intro line\nThe long and winding sentence before the name where   Sergey\tLavrov said something long enough to be cut somewhere after.\nNext';
    const start = text.indexOf('Sergey');
    const { context, highlight } = mentionContext(text, { start, end: start + 'Sergey\tLavrov'.length });
    assert.equal(context.slice(...highlight), 'Sergey Lavrov');
    assert.equal(context, '…winding sentence before the name where Sergey Lavrov said something long enough to be cut…');
    assert.deepEqual(mentionContext('Lavrov', { start: 0, end: 6 }), { context: 'Lavrov', highlight: [0, 6] });
  });

  test('the claims marked in a dispute: the odd one out, or both of two', () => {
    assert.deepEqual([...outlyingClaims(6, [[0, 5], [1, 5], [2, 5], [3, 5], [4, 5]])], [5]);
    assert.deepEqual([...outlyingClaims(2, [[0, 1]])].sort(), [0, 1]);
    assert.deepEqual([...outlyingClaims(4, [[0, 2], [0, 3], [1, 2], [1, 3]])].sort(), [0, 1, 2, 3], 'two against two');
    assert.deepEqual([...outlyingClaims(3, [])], []);
  });
});

describe('views: entities, timeline and exports on the seed articles', { skip: !existsSync(SEEDS) && 'no ../shared/seeds' }, () => {
  let session: LspSession;
  const file = path.join(SEEDS, '004_2910f5c244260b5f.txt');
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');

  before(async () => {
    session = await LspSession.start(SEEDS);
  });
  after(() => session.stop());

  test('workspace entities: types in order, counts over all articles', async () => {
    const result = await session.request<EntitiesResult>('articleLens/entities', {});
    assert.equal(result.found, true);
    const lavrov = result.entities.find((e) => e.name === 'Sergey Lavrov');
    assert.ok(lavrov, 'Lavrov is listed');
    assert.equal(lavrov.type, 'person');
    assert.equal(lavrov.articleCount, 5);
    assert.ok(lavrov.aliases.includes('Lavrov'));
    assert.equal(lavrov.mentionsInArticle, undefined);
    const types = result.entities.map((e) => e.type);
    assert.deepEqual(types, [...types].sort((a, b) => ['person', 'place', 'organization'].indexOf(a) - ['person', 'place', 'organization'].indexOf(b)));
  });

  test('article entities: only the names of that article, with their count there', async () => {
    const result = await session.request<EntitiesResult>('articleLens/entities', { uri });
    assert.equal(result.found, true);
    const lavrov = result.entities.find((e) => e.name === 'Sergey Lavrov');
    assert.ok(lavrov);
    assert.equal(lavrov.mentionsInArticle, text.split('Lavrov').length - 1);
    const all = await session.request<EntitiesResult>('articleLens/entities', {});
    assert.ok(result.entities.length < all.entities.length);
  });

  test('an unknown article is not found', async () => {
    const result = await session.request<EntitiesResult>('articleLens/entities', { uri: pathToFileURL(path.join(SEEDS, 'missing.txt')).href });
    assert.deepEqual(result, { found: false, entities: [] });
  });

  test("an entity's mentions, grouped by article, the asked article first, with ranges and context", async () => {
    const { entities } = await session.request<EntitiesResult>('articleLens/entities', {});
    const lavrov = entities.find((e) => e.name === 'Sergey Lavrov')!;
    const groups = await session.request<ArticleMentions[]>('articleLens/entityMentions', { id: lavrov.id, name: lavrov.name, uri });
    assert.equal(groups.length, 5);
    assert.equal(groups[0].uri, uri);
    assert.equal(groups[0].label, '004_2910f5c244260b5f.txt');
    const first = groups[0].mentions[0];
    assert.deepEqual(first.range.start, positionOf(text, first.context.slice(...first.highlight)));
    assert.match(first.context.slice(...first.highlight), /Lavrov/);
    assert.ok(first.context.length <= 100, first.context);
    assert.equal(groups.reduce((n, g) => n + g.mentions.length, 0), lavrov.mentionCount);
  });

  test('a stale entity id answers nothing', async () => {
    const { entities } = await session.request<EntitiesResult>('articleLens/entities', {});
    const groups = await session.request<ArticleMentions[]>('articleLens/entityMentions', { id: entities[0].id, name: 'Somebody Else' });
    assert.deepEqual(groups, []);
  });

  test('timeline: the Putin visit with every source, the early-2025 claim in conflict', async () => {
    const model = await session.request<TimelineModel>('articleLens/timeline', null);
    const visit = model.events.find((e) => e.label === 'Vladimir Putin visit to India');
    assert.ok(visit, model.events.map((e) => e.label).join(', '));
    assert.equal(visit.disputed, true);
    assert.equal(new Set(visit.claims.map((c) => c.article)).size, 4);
    const early2025 = visit.claims.find((c) => c.written === 'early 2025');
    assert.ok(early2025);
    assert.equal(early2025.conflicting, true);
    assert.equal(early2025.uri, uri);
    assert.equal(early2025.start, '2025-01-01');
    assert.deepEqual(early2025.range.start, positionOf(text, 'early 2025'));
    assert.match(early2025.sentence, /early 2025/);
    assert.deepEqual(visit.claims.filter((c) => c.conflicting).map((c) => c.written), ['early 2025'], 'only the odd one out is marked');
    assert.equal(early2025.against.length, visit.claims.length - 1);
    const modi = model.events.find((e) => e.label === 'Narendra Modi visit to Moscow');
    assert.ok(modi?.claims.every((c) => c.conflicting), 'two sources that disagree are both marked');
    const other = model.events[model.events.length - 1];
    assert.equal(other.disputed, false);
    assert.ok(other.claims.every((c) => !c.conflicting));
    assert.ok(other.claims.every((c, n) => n === 0 || other.claims[n - 1].start <= c.start), 'undisputed claims in date order');
  });

  test('analysis JSON of one article in the contract shape', async () => {
    const json = await session.request<ContractAnalysis>('articleLens/analysisJson', { uri });
    assert.equal(json.version, 1);
    assert.equal(json.documents.length, 1);
    const doc = json.documents[0];
    assert.equal(doc.path, '004_2910f5c244260b5f.txt');
    assert.equal(doc.error, null);
    for (const m of doc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    const ids = new Set(doc.mentions.map((m) => m.entity));
    assert.deepEqual(new Set(json.entities.map((e) => e.id)), ids);
    assert.equal(json.entities.find((e) => e.name === 'Sergey Lavrov')?.documentCount, 5, 'counts are the workspace’s');
    assert.ok(doc.diagnostics.some((d) => d.code === 'date-conflict'));
    assert.ok(json.conflicts.length >= 1);
    assert.ok(json.conflicts.every((c) => c.claims.some((claim) => claim.path === doc.path)));
  });

  test('analysis JSON of no article is null', async () => {
    assert.equal(await session.request('articleLens/analysisJson', { uri: 'file:///nowhere/x.txt' }), null);
  });

  test('the text report covers the workspace like the CLI', async () => {
    const report = await session.request<string>('articleLens/report', null);
    assert.match(report, /^000_92205a2e180e81ea\.txt\n  published: /);
    assert.match(report, /corpus: 5 articles, \d+ entities/);
    assert.match(report, /conflicts: 2\n  C1 Vladimir Putin visit to India/);
  });
});

describe('views: the code lens opens them', () => {
  let session: LspSession;
  const file = path.join(SAMPLES, '05_coastal_times.article');
  const uri = pathToFileURL(file).href;

  before(async () => {
    session = await LspSession.start(SAMPLES);
  });
  after(() => session.stop());

  test('the lens carries the client command with the article and its conflicts', async () => {
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: readFileSync(file, 'utf8') } });
    const lenses = await session.request<Array<{ command?: { command: string; arguments?: unknown[] } }>>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses[0].command?.command, 'articleLens.showViews');
    assert.deepEqual(lenses[0].command?.arguments, [uri, 1]);
  });

  test('the status gives the entity count once the names are linked, never before the scan ends', async () => {
    const counted = (await session.waitFor('articleLens/status', (p) => (p as { entities?: number }).entities !== undefined)) as { indexing: boolean; entities: number };
    assert.equal(counted.indexing, false);
    assert.ok(counted.entities > 10, `${counted.entities} entities`);
    const during = session.notifications.filter((n) => n.method === 'articleLens/status' && (n.params as { indexing: boolean }).indexing);
    assert.ok(during.length > 0 && during.every((n) => (n.params as { entities?: number }).entities === undefined));
  });

  test('indexing reports its progress in the status', () => {
    const progress = session.notifications
      .filter((n) => n.method === 'articleLens/status')
      .map((n) => (n.params as { progress?: { done: number; total: number } }).progress)
      .filter((p) => p !== undefined);
    assert.ok(progress.length >= 1);
    assert.equal(progress[progress.length - 1]!.done, progress[progress.length - 1]!.total);
  });
});
