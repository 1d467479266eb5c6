import { describe, test } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { blankUncued, findTimeExpressions } from '../../server/src/analysis/time/timeExpressions';
import { parseIsoDate } from '../../server/src/analysis/time/calendar';
import type { TimeExpression } from '../../server/src/analysis/types';
import { TIME_CASES, type TimeCase } from './cases';
import { renderTime } from './check';

function checkTimes(input: string, times: readonly TimeExpression[]): void {
  times.forEach((t, i) => {
    assert.ok(0 <= t.start && t.start < t.end && t.end <= input.length, `time ${i} inside the text`);
    assert.equal(t.text, input.slice(t.start, t.end), `time ${i}: text is input.slice(start, end)`);
    if (i > 0) assert.ok(times[i - 1].end <= t.start, `times ${i - 1} and ${i} in order, not overlapping`);
    if (t.range) assert.ok(t.range.start <= t.range.end, `time ${i}: range in order`);
  });
}

function check(c: TimeCase): void {
  const anchor = c.anchor === null ? null : parseIsoDate(c.anchor);
  assert.ok(c.anchor === null || anchor, `the case's anchor ${c.anchor} is a date`);
  const times = findTimeExpressions(c.input, anchor, []);
  checkTimes(c.input, times);
  assert.deepEqual(times.map(renderTime), c.expect);
  if (c.anchor === null) {
    // Without an anchor, what needs one stays unresolved: no range, and an X or a *_REF in its value.
    for (const t of times.filter((x) => x.anchored)) {
      assert.equal(t.range, undefined, `"${t.text}" has no range without an anchor`);
      assert.match(t.value, /X|_REF$/, `"${t.text}" keeps its unknowns`);
    }
  }
}

describe('times: table', () => {
  for (const c of TIME_CASES) test(c.name, () => check(c));
});

describe('times: details', () => {
  test('anchored is set on expressions that need the publication date', () => {
    const anchor = parseIsoDate('2025-10-01');
    const times = findTimeExpressions('On December 5, 2025 and on December 6 they met; last year they did not.', anchor, []);
    assert.deepEqual(times.map((t) => `${t.text}:${t.anchored}`), ['December 5, 2025:false', 'December 6:true', 'last year:true']);
  });

  test('excluded spans are skipped', () => {
    const text = 'Read on Monday. Ignore December 5 here. Then Friday.';
    const from = text.indexOf('Ignore');
    const times = findTimeExpressions(text, null, [{ start: from, end: text.indexOf(' Then') }]);
    assert.deepEqual(times.map((t) => t.text), ['Monday', 'Friday']);
  });

  test('an article with a header date resolves its relative dates against it', () => {
    const text = 'date 2025-10-01\nThe summit will be held on December 5-6. Trade grew last year.';
    const analysis = analyzeArticle(text);
    assert.deepEqual(analysis.times.map(renderTime), ['DATE:December 5-6=2025-12-05 2025-12-05..2025-12-06', 'DATE:last year=2024 2024-01-01..2024-12-31']);
  });

  test("without a publication date nothing is resolved against the machine's clock", (t) => {
    const text = 'Ministers meet in Moscow\nThe summit will be held on December 5-6. Trade grew last year and rose this month; talks resume on Monday, tomorrow or in early December.';
    const analyse = (now: number) => {
      t.mock.timers.enable({ apis: ['Date'], now });
      try {
        return analyzeArticle(text);
      } finally {
        t.mock.timers.reset();
      }
    };
    const a = analyse(Date.UTC(2003, 1, 10));
    const b = analyse(Date.UTC(2041, 9, 20));
    assert.deepEqual(a, b);
    assert.equal(a.publication.date, null);
    assert.deepEqual(a.times.map(renderTime), [
      'DATE:December 5-6=XXXX-12-05',
      'DATE:last year=PAST_REF',
      'DATE:this month=PRESENT_REF',
      'DATE:Monday=XXXX-WXX-1',
      'DATE:tomorrow=FUTURE_REF',
      'DATE:early December=XXXX-12 START',
    ]);
  });
});

describe('times: sentences without a time cue are skipped', () => {
  // The rules skip sentences holding none of TIME_CUE's words: that must never change what they find.
  const root = path.join(__dirname, '..', '..', '..');
  const articles = ['samples', ...fs.readdirSync(path.join(root, 'test', 'fixtures', 'conflicts')).map((d) => path.join('test', 'fixtures', 'conflicts', d))]
    .flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => !f.endsWith('.md') && !f.endsWith('.json')).map((f) => fs.readFileSync(path.join(root, dir, f), 'utf8')));
  const texts = [...TIME_CASES.map((c) => c.input), ...articles];
  test(`the same expressions in ${texts.length} texts, with and without skipping`, () => {
    const anchor = parseIsoDate('2025-06-15');
    assert.ok(articles.length >= 10, 'the fixture articles are read');
    for (const text of texts) assert.deepEqual(findTimeExpressions(text, anchor), findTimeExpressions(text, anchor, [], { everywhere: true }), text.slice(0, 80));
  });
  test('reading paragraph by paragraph finds what reading the whole text finds', () => {
    // The fixtures, the seeds and, where they are beside the repository, the shared dev sets.
    const shared = path.join(root, '..', 'shared');
    const folders = [path.join(shared, 'seeds'), ...['conll2003-dev', 'timebank-dev', 'meantime-dev'].map((d) => path.join(shared, 'data', d))].filter((d) => fs.existsSync(d));
    const more = folders.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(d, f), 'utf8')));
    const anchor = parseIsoDate('2025-06-15');
    let found = 0;
    for (const text of [...texts, ...more]) {
      const byParagraph = findTimeExpressions(text, anchor);
      assert.deepEqual(byParagraph, findTimeExpressions(text, anchor, [], { whole: true }), text.slice(0, 80));
      found += byParagraph.length;
    }
    assert.ok(found > 100, `${found} expressions compared`);
  });
  test('a paragraph read again is found again where it now stands', () => {
    const paragraph = 'Officials met on Tuesday, March 3, 2026, and will meet again next week.';
    const anchor = parseIsoDate('2026-03-05');
    const once = findTimeExpressions(paragraph, anchor);
    const text = `A headline\n\n${paragraph}\n\nNothing else.\n\n${paragraph}`;
    const twice = findTimeExpressions(text, anchor);
    assert.equal(twice.length, 2 * once.length);
    for (const t of twice) assert.equal(text.slice(t.start, t.end), t.text);
    assert.deepEqual(twice.map((t) => t.value), [...once, ...once].map((t) => t.value));
  });
  test('a sentence with a cue is read, one without is blanked out, offsets kept', () => {
    const text = 'The talks ended. Officials met on Tuesday. The envoy left.\nNobody spoke. At 6 p.m. EST the doors shut.';
    const scanned = blankUncued(text);
    assert.equal(scanned.length, text.length);
    const kept = scanned.split('\0').filter(Boolean);
    assert.deepEqual(kept, ['Officials met on Tuesday. ', 'At 6 p.m. EST the doors shut.']);
  });
});
