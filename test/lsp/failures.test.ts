import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../support/lspClient';

// A file that cannot be analysed is reported on itself and said once in the output channel; the other
// articles are analysed as usual.

let folder: string;
let session: LspSession;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

before(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'article-lens-failures-'));
  writeFileSync(path.join(folder, 'image.txt'), PNG);
  writeFileSync(path.join(folder, 'article.txt'), 'Fisheries Minister Ingrid Halvorsen visited Bergen on Monday.\n');
  const months = ['January', 'March', 'May', 'July', 'September', 'November'];
  writeFileSync(path.join(folder, 'months.txt'), Array.from({ length: 5000 }, (_, i) => `In ${months[i % 6]} it rained.`).join('\n'));
  session = await LspSession.start(folder);
});
after(async () => {
  await session.stop();
  rmSync(folder, { recursive: true, force: true });
});

const logsAbout = (name: string) => session.notifications.filter((n) => n.method === 'window/logMessage' && (n.params as { message: string }).message.includes(name));

test('an unreadable file is said once in the log and on the file; the other article is analysed', async () => {
  const image = pathToFileURL(path.join(folder, 'image.txt')).href;
  const diagnostics = (await session.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === image)) as { diagnostics: Array<{ code: string; message: string }> };
  assert.equal(diagnostics.diagnostics[0].code, 'unreadable');
  assert.match(diagnostics.diagnostics[0].message, /not a text article/);
  assert.equal(logsAbout('image.txt').length, 1);
  assert.match((logsAbout('image.txt')[0].params as { message: string }).message, /not a text article/);
  // Another article changes: everything is published again, the failure is not logged again.
  writeFileSync(path.join(folder, 'article.txt'), 'Fisheries Minister Ingrid Halvorsen visited Bergen and Oslo on Monday.\n');
  await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(folder, 'article.txt')).href, type: 2 }] });
  await new Promise((resolve) => setTimeout(resolve, 800));
  assert.equal(logsAbout('image.txt').length, 1);
  const hover = await session.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: pathToFileURL(path.join(folder, 'article.txt')).href }, position: { line: 0, character: 30 } });
  assert.match(hover?.contents.value ?? '', /Ingrid Halvorsen/);
});

test('a file with thousands of findings gets the first thousand and a note of how many more', async () => {
  const uri = pathToFileURL(path.join(folder, 'months.txt')).href;
  const published = (await session.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === uri)) as { diagnostics: Array<{ code: string; message: string }> };
  assert.equal(published.diagnostics.length, 1001);
  const note = published.diagnostics[1000];
  assert.equal(note.code, 'too-many-findings');
  assert.match(note.message, /^4,000 more findings in this file are not shown/);
});
