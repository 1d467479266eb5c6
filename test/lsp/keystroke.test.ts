import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession, positionOf, REPO } from '../support/lspClient';

// A keystroke is answered with its article's diagnostics at once, before the workspace-wide refresh: the
// conflict found before the edit moves with the text, and the complete run that follows agrees.

interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ code: string; range: { start: { line: number; character: number } } }>;
}

const file = path.join(REPO, 'samples', '01_harbour_herald.article');
const uri = pathToFileURL(file).href;
const text = readFileSync(file, 'utf8');

/** A server on the samples with the article that has a conflict open in the editor. */
async function startWithArticleOpen(): Promise<LspSession> {
  const session = await LspSession.start(path.join(REPO, 'samples'));
  await session.open(file);
  return session;
}

describe('diagnostics while typing', () => {
  let session: LspSession;
  before(async () => (session = await startWithArticleOpen()));
  after(() => session.stop());


  test('an edit before the conflicting date moves the conflict with it at once, and the full refresh agrees', async () => {
    const date = positionOf(text, 'April 14-15');
    const line = text.split('\n')[date.line];
    const insertion = 'Yesterday, ';
    const at = { line: date.line, character: line.indexOf(line.trimStart()) };
    const published: Published[] = [];
    const first = session.waitFor('textDocument/publishDiagnostics', (p) => (p as Published).uri === uri && (p as Published).version === 2);
    await session.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: insertion }] });
    published.push((await first) as Published);
    const expected = { line: date.line, character: date.character + insertion.length };
    assert.deepEqual(conflictStartOf(published[0]), expected, 'the conflict, moved along, in the first diagnostics after the keystroke');
    // The workspace-wide run that follows the pause in typing puts it in the same place.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const latest = session.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as Published).uri === uri).pop()!.params as Published;
    assert.deepEqual(conflictStartOf(latest), expected);
  });
});

describe('an edit that changes the disputed date', () => {
  let session: LspSession;
  before(async () => (session = await startWithArticleOpen()));
  after(() => session.stop());

  test('rewriting the disputed date to agree with one source puts the conflict with the other once typing pauses', async () => {
    const opened = session.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as Published).uri === uri).pop()!.params as Published;
    assert.ok(conflictStartOf(opened), 'a conflict before the edit');
    const start = positionOf(text, 'April 14-15');
    const end = { line: start.line, character: start.character + 'April 14-15'.length };
    await session.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start, end }, text: 'June 25-26' }] });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const latest = session.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as Published).uri === uri).pop()!.params as Published;
    assert.equal(latest.version, 2);
    const messages = latest.diagnostics.filter((d) => d.code === 'date-conflict').map((d) => (d as unknown as { message: string }).message);
    assert.equal(messages.length, 1);
    assert.match(messages[0], /"June 25-26" \(25–26 June 2026\) here, but "[^"]*April[^"]*"/, "now against the April sources");
    assert.doesNotMatch(messages[0], /late June/);
  });
});

function conflictStartOf(p: Published) {
  return p.diagnostics.find((d) => d.code === 'date-conflict')?.range.start;
}

describe('references while typing', () => {
  let session: LspSession;
  before(async () => (session = await startWithArticleOpen()));
  after(() => session.stop());

  test('references asked again after an edit give the moved locations', async () => {
    const name = positionOf(text, 'NAFC', 1);
    const ask = (position = name) =>
      session.request<Array<{ uri: string; range: { start: { line: number; character: number } } }>>('textDocument/references', {
        textDocument: { uri },
        position,
        context: { includeDeclaration: true },
      });
    const before = await ask();
    assert.deepEqual(await ask(), before, 'asked twice, the same answer');
    const here = before.filter((l) => l.uri === uri && l.range.start.line === name.line);
    assert.ok(here.length > 0, 'a reference on the line edited');
    const at = { line: name.line, character: 0 };
    const published = session.waitFor('textDocument/publishDiagnostics', (p) => (p as Published).uri === uri && (p as Published).version === 5);
    await session.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ range: { start: at, end: at }, text: 'So. ' }] });
    await published;
    const after = await ask({ line: name.line, character: name.character + 4 });
    assert.equal(after.length, before.length);
    const moved = after.filter((l) => l.uri === uri && l.range.start.line === name.line);
    assert.deepEqual(
      moved.map((l) => l.range.start.character),
      here.map((l) => l.range.start.character + 4),
    );
  });
});
