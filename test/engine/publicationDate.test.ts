import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { findPublicationDate } from '../../server/src/analysis/article/publicationDate';
import { PUBLICATION_CASES, type PublicationCase } from './cases';
import { checkInvariants, renderPublication } from './check';

function check(c: PublicationCase): void {
  const analysis = analyzeArticle(c.input);
  checkInvariants(c.input, analysis);
  assert.equal(renderPublication(c.input, analysis.publication), c.expect);
}

describe('publication date: table', () => {
  for (const c of PUBLICATION_CASES) test(c.name, () => check(c));
});

describe('publication date: details', () => {
  test('the years for a dateline are asked for only when the dateline has none', () => {
    let asked = 0;
    const referencedYears = () => {
      asked++;
      return [2019];
    };
    assert.equal(findPublicationDate('New Delhi, Nov. 27, 2025 (Agency) - Talks went on.', { referencedYears, referencedDays: () => [] }).date, '2025-11-27');
    assert.equal(asked, 0);
    const inferred = findPublicationDate('Moscow, November 27: Talks went on.', { referencedYears, referencedDays: () => [] });
    assert.equal(asked, 1);
    assert.deepEqual({ date: inferred.date, source: inferred.source, yearInferred: inferred.yearInferred }, { date: '2019-11-27', source: 'dateline', yearInferred: true });
  });

  test('a dateline without a year and nothing to infer it from gives no date', () => {
    const p = findPublicationDate('Moscow, November 27: Talks went on.', { referencedYears: () => [], referencedDays: () => [] });
    assert.equal(p.date, null);
    assert.equal(p.yearInferred, false);
  });

  test('a target year ("by 2030") does not date a dateline', () => {
    const text = 'Oslo, March 5: Catches fell in 2023, and quotas must recover by 2030, the ministry said.';
    assert.equal(renderPublication(text, analyzeArticle(text).publication), 'dateline 2023-03-05 year-inferred "March 5"');
  });

  test('relative expressions resolve against the header date', () => {
    const text = 'date 2025-11-27\nTrade grew last year; the envoy arrives tomorrow.';
    const analysis = analyzeArticle(text);
    checkInvariants(text, analysis);
    assert.deepEqual(
      analysis.times.map((t) => `${t.text}=${t.value}`),
      ['last year=2024', 'tomorrow=2025-11-28'],
    );
  });

  test('the header date itself is not a time expression of the article', () => {
    const text = 'date 2025-10-01\nThe talks went on.';
    const analysis = analyzeArticle(text);
    checkInvariants(text, analysis);
    assert.deepEqual(analysis.times, []);
  });

  test("never the machine's clock: the same text gives the same date whatever the time is", (t) => {
    const texts = ['Ministers meet in Moscow\nThe talks began on Monday.', 'Moscow, November 27: No year is written here.', ''];
    const results = (now: number) => {
      t.mock.timers.enable({ apis: ['Date'], now });
      try {
        return texts.map((text) => analyzeArticle(text).publication);
      } finally {
        t.mock.timers.reset();
      }
    };
    const early = results(Date.UTC(2001, 0, 15));
    const late = results(Date.UTC(2044, 6, 4));
    assert.deepEqual(early, late);
    for (const p of early) assert.equal(p.date, null);
  });
});
