import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/analysis/types';
import { shiftFindings, textEdit } from '../../server/src/workspace/textEdits';

const finding = (start: number, end: number): Finding => ({ start, end, severity: 'warning', code: 'date-conflict', message: '', related: [] });

const cases: Array<{ before: string; after: string; edit: { at: number; removed: number; inserted: number } }> = [
  { before: 'abc', after: 'abXc', edit: { at: 2, removed: 0, inserted: 1 } },
  { before: 'abc', after: 'ac', edit: { at: 1, removed: 1, inserted: 0 } },
  { before: 'abc', after: 'abc', edit: { at: 3, removed: 0, inserted: 0 } },
  { before: 'aaa', after: 'aaaa', edit: { at: 3, removed: 0, inserted: 1 } },
  { before: 'on May 5 here', after: 'on June 5 here', edit: { at: 3, removed: 3, inserted: 4 } },
  { before: '', after: 'new', edit: { at: 0, removed: 0, inserted: 3 } },
];

for (const c of cases) {
  test(`the edit from ${JSON.stringify(c.before)} to ${JSON.stringify(c.after)}`, () => {
    const edit = textEdit(c.before, c.after);
    assert.deepEqual(edit, c.edit);
    assert.equal(c.before.slice(0, edit.at) + c.after.slice(edit.at, edit.at + edit.inserted) + c.before.slice(edit.at + edit.removed), c.after);
  });
}

test('findings before an edit stay, after it move, across it are dropped', () => {
  const text = 'The summit on May 5 and the visit in June.';
  const edited = 'Yesterday, the summit on May 5 and the visit in June.';
  const may = finding(text.indexOf('May 5'), text.indexOf('May 5') + 5);
  const june = finding(text.indexOf('June'), text.indexOf('June') + 4);
  const shifted = shiftFindings([may, june], [textEdit(text, edited)]);
  assert.deepEqual(shifted.map((f) => edited.slice(f.start, f.end)), ['May 5', 'June']);
  const rewritten = 'The summit on 6 May and the visit in June.';
  const kept = shiftFindings([may, june], [textEdit(text, rewritten)]);
  assert.deepEqual(kept.map((f) => rewritten.slice(f.start, f.end)), ['June'], 'the edited date loses its finding until the next run');
});

test('several edits apply in order', () => {
  const v1 = 'a May 5 b';
  const v2 = 'xx a May 5 b';
  const v3 = 'xx a May 5 b yy';
  const f = finding(2, 7);
  const [moved] = shiftFindings([f], [textEdit(v1, v2), textEdit(v2, v3)]);
  assert.equal(v3.slice(moved.start, moved.end), 'May 5');
});

test('an edit that moves text keeps the structure; one that changes a name or a date does not', async () => {
  const { analyzeArticle } = await import('../../server/src/analysis/article/analyzeArticle');
  const { sameStructure } = await import('../../server/src/workspace/editImpact');
  const text = 'date 2026-03-02\nOslo, March 2: Norwegian Foreign Minister Anna Halvorsen will visit Reykjavik on April 14, officials said. The talks will cover fishing quotas.\n';
  const original = analyzeArticle(text);
  assert.ok(sameStructure(original, analyzeArticle(text.replace('cover fishing', 'cover shipping and fishing'))), 'words of a sentence with no name or date');
  assert.ok(!sameStructure(original, analyzeArticle(text.replace('April 14', 'April 24'))), 'a date changed');
  assert.ok(!sameStructure(original, analyzeArticle(text.replace('Anna Halvorsen', 'Anna Halvorson'))), 'a name changed');
});
