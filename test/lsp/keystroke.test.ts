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

describe('diagnostics while typing', () => {
  let session: LspSession;
  const file = path.join(REPO, 'samples', '01_harbour_herald.article');
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');

  before(async () => {
    session = await LspSession.start(path.join(REPO, 'samples'));
    const opened = session.waitFor('textDocument/publishDiagnostics', (p) => (p as Published).uri === uri && (p as Published).version === 1);
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    await opened;
  });
  after(() => session.stop());

  const conflictStart = (p: Published) => p.diagnostics.find((d) => d.code === 'date-conflict')?.range.start;

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
    assert.deepEqual(conflictStart(published[0]), expected, 'the conflict, moved along, in the first diagnostics after the keystroke');
    // The workspace-wide run that follows the pause in typing puts it in the same place.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const latest = session.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as Published).uri === uri).pop()!.params as Published;
    assert.deepEqual(conflictStart(latest), expected);
  });
});
