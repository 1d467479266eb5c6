import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession, positionOf } from '../support/lspClient';
import { markdownHazards, markdownLinks } from '../support/markdownSafety';

// Article text is untrusted: a Markdown link to a command and an HTML image with a script, written in the
// articles and in their file names, must reach the hover as inert text.

interface Hover { contents: { kind: string; value: string } }

const LINK = '[x](command:workbench.action.openSettings)';
const HTML = '<img src=x onerror=alert(1)>';

// Two sources on one event, dated apart, with the hostile text around the names and in the dates' sentences.
const FIRST = `date 2025-11-20
Moscow: Russian Foreign Minister Sergey Lavrov ${LINK} said on Thursday that President Vladimir Putin will visit India in early December 2025 ${HTML}, the Kremlin ${LINK} confirmed.
Lavrov ${HTML} met Narendra Modi.
`;
const SECOND = `date 2025-11-21
New Delhi: ${HTML} Foreign Minister Sergei Lavrov said ${LINK} that Putin is expected to visit India in early 2025, officials ${HTML} said.
`;

describe('hostile text in hovers', () => {
  let folder: string;
  let session: LspSession;
  // The file names carry the hostile text too: the hover lists the articles by name.
  const files: Record<string, string> = {};

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'article-lens-hostile-hover-'));
    files.first = path.join(folder, `${LINK}.txt`);
    files.second = path.join(folder, `${HTML}.txt`);
    writeFileSync(files.first, FIRST);
    writeFileSync(files.second, SECOND);
    session = await LspSession.start(folder);
    const uri = pathToFileURL(files.first).href;
    const published = session.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === uri);
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: FIRST } });
    await published;
  });
  after(async () => {
    await session?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  async function hover(file: string, text: string, needle: string, occurrence = 0): Promise<string> {
    const h = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri: pathToFileURL(file).href }, position: positionOf(text, needle, occurrence) });
    assert.ok(h, `a hover on "${needle}"`);
    assert.equal(h.contents.kind, 'markdown');
    return h.contents.value;
  }

  function assertInert(markdown: string): void {
    assert.deepEqual(markdownHazards(markdown), [], markdown);
    // Every link the server draws goes to an article of the workspace.
    for (const link of markdownLinks(markdown)) assert.ok(link.target.startsWith(pathToFileURL(folder).href + '/'), link.target);
  }

  test('a name hover: the file names are shown escaped, and its links go to the articles only', async () => {
    const value = await hover(files.first, FIRST, 'Lavrov', 1);
    assert.match(value, /Sergey Lavrov/);
    assertInert(value);
    // The names are there, escaped: nothing dropped, nothing live.
    assert.ok(value.includes('\\[x\\]\\(command\\:workbench\\.action\\.openSettings\\)\\.txt'), value);
    assert.ok(value.includes('\\<img src=x onerror=alert\\(1\\)\\>\\.txt'), value);
    assert.ok(markdownLinks(value).length >= 2, 'a link to each article');
  });

  test('a date hover with the sources side by side is inert', async () => {
    const value = await hover(files.first, FIRST, 'early December 2025');
    assertInert(value);
    assert.match(value, /early December 2025/);
    // The conflict with the other source is shown, its article named in the table, escaped.
    assert.match(value, /Sources on the/);
    assert.ok(value.includes('| \\<img src=x onerror=alert\\(1\\)\\>\\.txt | early 2025 |'), value);
  });

  test('hovers over the other source and its names are inert', async () => {
    for (const needle of ['Sergei Lavrov', 'early 2025', 'Putin', 'India']) {
      const h = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri: pathToFileURL(files.second).href }, position: positionOf(SECOND, needle) });
      if (h) assertInert(h.contents.value);
    }
    for (const needle of ['Kremlin', 'Narendra Modi', 'Vladimir Putin', 'Thursday']) assertInert(await hover(files.first, FIRST, needle));
  });

  test('the markdown checks themselves catch a live link, a command and HTML', () => {
    assert.notDeepEqual(markdownHazards(`see ${LINK}`), []);
    assert.notDeepEqual(markdownHazards(`see ${HTML}`), []);
    assert.notDeepEqual(markdownHazards('[a](file:///x/a(b).txt)'), []);
    assert.deepEqual(markdownHazards('\\[x\\]\\(command\\:y\\) [a](file:///x/a.txt#L1,2)'), []);
  });
});
