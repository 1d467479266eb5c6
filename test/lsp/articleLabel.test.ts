import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleLabel } from '../../server/src/workspace/workspaceIndex';

// One name per article in diagnostics, hovers and symbols, whatever the URI escapes.
const CASES: Array<[string, string]> = [
  ['file:///home/ana/news/01_oslo.txt', '01_oslo.txt'],
  ['file:///home/ana/news/caf%C3%A9%20report.txt', 'café report.txt'],
  ['file:///C:/Users/ana/news/two%20words.article', 'two words.article'],
  ['untitled:Untitled-1', 'Untitled-1'],
  ['file:///home/ana/news/bad%E0.txt', 'bad%E0.txt'],
  ['not a uri', 'not a uri'],
];

for (const [uri, label] of CASES) {
  test(`articleLabel(${uri}) is ${label}`, () => assert.equal(articleLabel(uri), label));
}
