import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession, positionOf, REPO } from '../support/lspClient';

// The language server as an editor sees it: a real child process spoken to over stdio.

interface Location { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
interface Hover { contents: { kind: string; value: string } }

const SAMPLES = path.join(REPO, 'samples');
const SEEDS = path.resolve(REPO, '../shared/seeds');


describe('language server on the samples', () => {
  let session: LspSession;
  const file = path.join(SAMPLES, '01_harbour_herald.article');
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');

  before(async () => {
    session = await LspSession.start(SAMPLES);
    await session.open(file);
  });
  after(() => session.stop());

  test('hover names the entity, its type, titles and the other spellings in the corpus', async () => {
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Halvorsen', 1) });
    assert.ok(hover, 'a hover on a surname');
    const value = hover.contents.value;
    assert.match(value, /\*\*Ingrid Halvorsen\*\* — person/);
    assert.match(value, /Halvorson/, 'the variant spelling of another source');
    assert.match(value, /Fisheries Minister/);
    assert.match(value, /04_reykjavik_daily\.txt/);
  });

  test('hover outside any name is empty', async () => {
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  });

  test('definition goes to the first full-name mention in this article', async () => {
    const def = await session.request<Location | null>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'Halvorsen', 1) });
    assert.ok(def);
    assert.equal(def.uri, uri);
    assert.deepEqual(def.range.start, positionOf(text, 'Ingrid Halvorsen'));
  });

  test('references cover every article that names the entity, including variant spellings', async () => {
    const refs = await session.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(text, 'NAFC', 1), context: { includeDeclaration: true } });
    const files = new Set(refs.map((r) => path.basename(new URL(r.uri).pathname)));
    assert.equal(files.size, 5, [...files].join(', '));
  });

  test('document highlights are the mentions of that entity in this article', async () => {
    const highlights = await session.request<unknown[]>('textDocument/documentHighlight', { textDocument: { uri }, position: positionOf(text, 'Halvorsen') });
    const expected = text.split('Halvorsen').length - 1;
    assert.equal(highlights.length, expected);
  });

  test('document symbols group the entities by type', async () => {
    const symbols = await session.request<Array<{ name: string; children: Array<{ name: string }> }>>('textDocument/documentSymbol', { textDocument: { uri } });
    const people = symbols.find((s) => s.name === 'People');
    assert.ok(people);
    assert.ok(people.children.some((c) => c.name === 'Ingrid Halvorsen'));
    assert.ok(symbols.some((s) => s.name === 'Places' && s.children.some((c) => c.name === 'Reykjavik')));
    assert.ok(symbols.some((s) => s.name === 'Organizations'));
  });

  test('workspace symbols find entities by name', async () => {
    const symbols = await session.request<Array<{ name: string }>>('workspace/symbol', { query: 'einars' });
    assert.ok(symbols.some((s) => /Einarsson/.test(s.name)), JSON.stringify(symbols));
  });

  test('an edit is analysed at once and answered from the unsaved text', async () => {
    const edited = 'date 2026-03-09\nOslo: Prime Minister Astrid Vangberg met Halvorsen on Monday.\n';
    const published = session.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string; version?: number }).uri === uri && (p as { version?: number }).version === 2);
    await session.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    await published;
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(edited, 'Vangberg') });
    assert.ok(hover);
    assert.match(hover.contents.value, /Astrid Vangberg/);
    assert.match(hover.contents.value, /Prime Minister/);
  });
});

describe('language server on the seed articles', { skip: !existsSync(SEEDS) && 'no ../shared/seeds' }, () => {
  let session: LspSession;
  const file = path.join(SEEDS, '001_e9881d4b8377d38e.txt');
  const uri = pathToFileURL(file).href;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  let published: unknown;

  before(async () => {
    session = await LspSession.start(SEEDS);
    published = await session.open(file);
  });
  after(() => session.stop());

  test('diagnostics are published for the opened article', () => {
    assert.ok(published);
  });

  test('hover on the first "Lavrov" names him and shows the spelling of another source', async () => {
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Lavrov', 1) });
    assert.ok(hover);
    assert.match(hover.contents.value, /Sergey Lavrov/);
    assert.match(hover.contents.value, /Sergei Lavrov/);
  });

  test('definition is not empty and references reach every seed article', async () => {
    const position = positionOf(text, 'Lavrov', 1);
    const def = await session.request<Location | null>('textDocument/definition', { textDocument: { uri }, position });
    assert.ok(def);
    const refs = await session.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    assert.ok(refs.length >= 15, `${refs.length} references`);
    assert.equal(new Set(refs.map((r) => r.uri)).size, 5);
  });
});

describe('language server: dates', () => {
  let session: LspSession;
  const file = path.join(SAMPLES, '05_coastal_times.article');
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  const undated = path.join(SAMPLES, '04_reykjavik_daily.txt');
  const undatedText = readFileSync(undated, 'utf8');

  before(async () => {
    session = await LspSession.start(SAMPLES);
    await session.open(file);
    await session.open(undated);
  });
  after(() => session.stop());

  test('hover on a date shows its value, its range in words and its anchor', async () => {
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'later this year') });
    assert.ok(hover);
    assert.match(hover.contents.value, /\*\*later this year\*\* — date/);
    assert.match(hover.contents.value, /`2026`/);
    assert.match(hover.contents.value, /6 March – 31 December 2026/);
    assert.match(hover.contents.value, /publication date 2026-03-06, from the header/);
  });

  test('hover on a relative date of an undated article says what is missing', async () => {
    const undatedUri = pathToFileURL(undated).href;
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri: undatedUri }, position: positionOf(undatedText, 'next month') });
    assert.ok(hover);
    assert.match(hover.contents.value, /no publication date/);
  });

  test('inlay hints follow relative dates with what they resolve to', async () => {
    const lines = text.split('\n').length;
    const hints = await session.request<Array<{ label: string; position: { line: number; character: number } }>>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } } });
    const afterLater = positionOf(text, 'later this year');
    afterLater.character += 'later this year'.length;
    assert.ok(hints.some((h) => h.position.line === afterLater.line && h.position.character === afterLater.character && /2026/.test(h.label)), JSON.stringify(hints));
    // Explicit dates need no hint.
    const explicit = positionOf(text, 'late June 2026');
    assert.ok(!hints.some((h) => h.position.line === explicit.line && h.position.character === explicit.character + 'late June 2026'.length));
  });

  test('semantic tokens colour names and dates', async () => {
    const tokens = await session.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.equal(tokens.data.length % 5, 0);
    const types = new Set<number>();
    for (let i = 3; i < tokens.data.length; i += 5) types.add(tokens.data[i]);
    assert.deepEqual([...types].sort(), [0, 1, 2, 3]);
  });

  test('semantic tokens mark the date in conflict, and only it', async () => {
    const { data } = await session.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens: Array<{ line: number; character: number; length: number; type: number; modifiers: number }> = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      tokens.push({ line, character, length: data[i + 2], type: data[i + 3], modifiers: data[i + 4] });
    }
    const disputed = positionOf(text, 'late June 2026');
    const inConflict = tokens.filter((t) => t.modifiers & 1);
    assert.ok(inConflict.some((t) => t.line === disputed.line && t.character === disputed.character && t.length === 'late June 2026'.length && t.type === 3));
    assert.ok(inConflict.every((t) => t.type !== 3 || (t.line === disputed.line && t.character === disputed.character)), 'no other date is marked');
  });
});

describe('language server: conflicts', () => {
  let session: LspSession;
  let folder: string;
  let uri: string;
  let text: string;

  before(async () => {
    // A copy of the samples: the test writes .article-lens.json into it.
    folder = mkdtempSync(path.join(tmpdir(), 'article-lens-lsp-'));
    for (const name of readdirSync(SAMPLES)) if (!name.endsWith('.md')) copyFileSync(path.join(SAMPLES, name), path.join(folder, name));
    const file = path.join(folder, '05_coastal_times.article');
    uri = pathToFileURL(file).href;
    text = readFileSync(file, 'utf8');
    session = await LspSession.start(folder);
  });
  after(async () => {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  interface Diag { code: string; message: string; range: Location['range']; data?: unknown; relatedInformation?: Array<{ location: Location; message: string }>; source?: string }
  const conflictsIn = (p: unknown) => ((p as { diagnostics: Diag[] }).diagnostics ?? []).filter((d) => d.code === 'date-conflict');

  test('a conflicting date is a diagnostic with related information on the other sources, before the file is opened', async () => {
    const published = await session.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === uri && conflictsIn(p).length > 0);
    const [conflict] = conflictsIn(published);
    assert.match(conflict.message, /late June 2026/);
    assert.deepEqual(conflict.range.start, positionOf(text, 'late June 2026'));
    const files = new Set(conflict.relatedInformation!.map((r) => path.basename(new URL(r.location.uri).pathname)));
    assert.ok(files.has('01_harbour_herald.article') && files.has('02_nordic_wire.news'), [...files].join(', '));
  });

  test('hover on a disputed date shows every source side by side', async () => {
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'late June 2026') });
    assert.ok(hover);
    assert.match(hover.contents.value, /Sources on the/);
    assert.match(hover.contents.value, /01\\_harbour\\_herald\\.article/);
    assert.match(hover.contents.value, /✖/);
  });

  test('"Ignore this conflict" records it in .article-lens.json and the diagnostic goes away', async () => {
    const published = session.diagnostics.get(uri)!;
    const [conflict] = conflictsIn(published);
    const actions = await session.request<Array<{ title: string; command?: { command: string; arguments: unknown[] } }>>('textDocument/codeAction', { textDocument: { uri }, range: conflict.range, context: { diagnostics: [conflict] } });
    const ignore = actions.find((a) => a.title === 'Ignore this conflict');
    assert.ok(ignore?.command);
    const cleared = session.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === uri && conflictsIn(p).length === 0);
    await session.request('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
    await cleared;
    const config = JSON.parse(readFileSync(path.join(folder, '.article-lens.json'), 'utf8')) as { ignoredConflicts: string[] };
    assert.deepEqual(config.ignoredConflicts, ignore.command.arguments);
  });

  test('"Not an entity" on a name records it in .article-lens.json and the name is no longer recognised', async () => {
    const position = positionOf(text, 'Oslo');
    const actions = await session.request<Array<{ title: string; command?: { command: string; arguments: unknown[] } }>>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const ignore = actions.find((a) => a.title === '"Oslo" is not an entity');
    assert.ok(ignore?.command, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(actions.some((a) => a.title === '"Oslo" is an organization'));
    await session.request('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
    const config = JSON.parse(readFileSync(path.join(folder, '.article-lens.json'), 'utf8')) as { ignoredNames: string[] };
    assert.deepEqual(config.ignoredNames, ['Oslo']);
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    assert.equal(hover, null);
  });

  test('a file created and then deleted on disk is indexed and dropped, diagnostics with it', async () => {
    const created = path.join(folder, '07_created_later.article');
    const createdUri = pathToFileURL(created).href;
    writeFileSync(created, 'date 2026-02-20\nTallinn: the vote called by Mayor Torvald Brekkestad is on Monday, March 3, 2026.\n');
    const published = session.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === createdUri && (p as { diagnostics: Diag[] }).diagnostics.some((d) => d.code === 'weekday-mismatch'));
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: createdUri, type: 1 }] });
    await published;
    const symbols = await session.request<Array<{ name: string }>>('workspace/symbol', { query: 'brekkestad' });
    assert.ok(symbols.some((s) => s.name === 'Torvald Brekkestad'), JSON.stringify(symbols));
    rmSync(created);
    const cleared = session.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === createdUri && (p as { diagnostics: Diag[] }).diagnostics.length === 0);
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: createdUri, type: 3 }] });
    await cleared;
    assert.deepEqual(await session.request('workspace/symbol', { query: 'brekkestad' }), []);
  });

  test('an undated article offers to add a publication date header', async () => {
    const undatedUri = pathToFileURL(path.join(folder, '04_reykjavik_daily.txt')).href;
    const published = await session.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === undatedUri && (p as { diagnostics: Diag[] }).diagnostics.some((d) => d.code === 'undated-relative-date'));
    const hint = (published as { diagnostics: Diag[] }).diagnostics.find((d) => d.code === 'undated-relative-date')!;
    const actions = await session.request<Array<{ title: string; edit?: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', { textDocument: { uri: undatedUri }, range: hint.range, context: { diagnostics: [hint] } });
    const add = actions.find((a) => a.title === 'Add publication date header');
    assert.ok(add?.edit);
    assert.match(add.edit.changes[undatedUri][0].newText, /^date /);
  });
});

describe('language server: code lens', () => {
  let session: LspSession;
  const file = path.join(SAMPLES, '05_coastal_times.article');
  const uri = pathToFileURL(file).href;

  before(async () => {
    session = await LspSession.start(SAMPLES);
    await session.open(file);
  });
  after(() => session.stop());

  test('the first line of an article carries its counts', async () => {
    const lenses = await session.request<Array<{ range: Location['range']; command?: { title: string } }>>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 0);
    assert.match(lenses[0].command!.title, /^2 people · 5 places · 1 organization · \d+ dates · 1 conflict$/);
  });
});
