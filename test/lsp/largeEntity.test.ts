import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession, positionOf } from '../support/lspClient';

// A name many articles share: the hover lists the first articles and counts the rest; references list all.

const ARTICLES = 25;
let folder: string;
let session: LspSession;

before(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'article-lens-large-'));
  for (let i = 0; i < ARTICLES; i++) {
    writeFileSync(path.join(folder, `story-${String(i).padStart(2, '0')}.txt`), `Harbour report ${i}\n\nFisheries Minister Ingrid Halvorsen met fishing crews in Bergen on Monday. Halvorsen said quotas would be reviewed.\n`);
  }
  session = await LspSession.start(folder);
});
after(async () => {
  await session.stop();
  rmSync(folder, { recursive: true, force: true });
});

test('the hover of a name in 25 articles lists 20 of them and counts the others', async () => {
  const file = path.join(folder, 'story-00.txt');
  const text = `Harbour report 0\n\nFisheries Minister Ingrid Halvorsen met fishing crews in Bergen on Monday. Halvorsen said quotas would be reviewed.\n`;
  const hover = await session.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: pathToFileURL(file).href }, position: positionOf(text, 'Halvorsen', 1) });
  const value = hover.contents.value;
  assert.match(value, /2 in this article · 50 in 25 articles/);
  assert.equal((value.match(/story\\-\d\d\\\.txt\]/g) ?? []).length, 20);
  assert.match(value, /and 5 more/);
  const refs = await session.request<unknown[]>('textDocument/references', { textDocument: { uri: pathToFileURL(file).href }, position: positionOf(text, 'Halvorsen', 1), context: { includeDeclaration: true } });
  assert.equal(refs.length, 50);
});
