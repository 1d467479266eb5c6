import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnalysisCache, readArticle } from '../../server/src/workspace/articleStore';

// Reading article files: no more is read than can be analysed, and what is not a file is refused.

let folder: string;
before(() => (folder = mkdtempSync(path.join(tmpdir(), 'article-lens-read-'))));
after(() => rmSync(folder, { recursive: true, force: true }));

test('a file larger than the limit is read and analysed in part, and the note gives its real size', async () => {
  const line = 'Norwegian Fisheries Minister Ingrid Halvorsen met crews in Bergen on Monday.\n';
  const file = path.join(folder, 'dump.txt');
  writeFileSync(file, line.repeat(Math.ceil(3_000_000 / line.length)));
  const result = await readArticle(file, new AnalysisCache(), 100_000);
  assert.ok(result.analysis, result.error);
  assert.ok(result.text.length <= 100_000 * 4 + 4096, 'only the first part was read');
  const note = result.analysis.findings.find((f) => f.code === 'partly-analysed');
  assert.ok(note);
  assert.match(note.message, /of this 3\.0 MB file/);
  assert.ok(result.analysis.mentions.some((m) => m.text === 'Ingrid Halvorsen'));
});

test('a named pipe is refused without blocking', { skip: process.platform === 'win32' }, async () => {
  const fifo = path.join(folder, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  const result = await readArticle(fifo, new AnalysisCache());
  assert.equal(result.error, 'not a regular file');
});
