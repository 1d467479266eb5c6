import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import type { Finding } from '../../server/src/analysis/types';
import { checkInvariants } from './check';

// Checks within one article. Each case is a one- or two-sentence article and the complete list of what the
// engine must find in it, rendered as `severity code "text at the span"`, plus ` fix=…` when the finding
// carries a quick-fix hint. Near misses expect an empty list. Cases the engine gets wrong today stay in the
// table, marked `todo` with the reason.

interface CheckCase {
  name: string;
  input: string;
  expect: string[];
  todo?: string;
}


const CASES: CheckCase[] = [
  // impossible-date
  { name: 'February 30 is impossible', input: 'date 2026-03-01\nThe talks will resume on February 30, officials in Tallinn said.', expect: ['error impossible-date "February 30"'] },
  { name: 'April 31 is impossible', input: 'date 2026-03-01\nThe summit in Oslo is set for April 31, the organisers said.', expect: ['error impossible-date "April 31"'] },
  { name: 'day-first 31 June is impossible', input: 'date 2026-03-01\nThe festival in Bergen opens on 31 June with a concert.', expect: ['error impossible-date "31 June"'] },
  { name: 'a month and a number past 31 is a year or an amount, not an impossible day', input: 'date 1996-08-20\nFigures (in tonnes):\nJuly 96 June 96 July 95\nOne firm bought 35,000 September 97 put options, another 4,000 September 93.30 spreads.\nElect Res July 40.0 33.0', expect: [] },
  { name: 'a number and a month on two lines are no date', input: 'date 2026-03-01\nThe index rose 31\nSeptember sales were flat in Oslo.', expect: [] },
  { name: 'February 29, 2025 is impossible (2025 is no leap year)', input: 'date 2025-03-10\nThe treaty was signed in Oslo on February 29, 2025, officials said.', expect: ['error impossible-date "February 29, 2025"'] },
  { name: 'near miss: February 29, 2024 is a leap day', input: 'date 2024-03-04\nThe treaty was signed in Oslo on February 29, 2024, officials said.', expect: [] },
  { name: 'near miss: April 30 exists', input: 'date 2026-03-01\nThe summit in Oslo is set for April 30, the organisers said.', expect: [] },

  // weekday-mismatch
  { name: 'Monday, March 3, 2026 is a Tuesday', input: 'date 2026-02-20\nThe vote in Tallinn is on Monday, March 3, 2026.', expect: ['warning weekday-mismatch "Monday, March 3, 2026"'] },
  { name: 'near miss: Tuesday, March 3, 2026 is right', input: 'date 2026-02-20\nThe vote in Tallinn is on Tuesday, March 3, 2026.', expect: [] },
  { name: 'a year-less date takes the article\'s year: Monday, March 3 (2026)', input: 'date 2026-02-20\nThe vote in Tallinn is on Monday, March 3.', expect: ['warning weekday-mismatch "Monday, March 3"'] },
  { name: 'near miss: Tuesday, March 3 (2026) is right', input: 'date 2026-02-20\nThe vote in Tallinn is on Tuesday, March 3.', expect: [] },
  {
    name: 'only the wrong one of two weekdays',
    input: 'date 2026-02-20\nPolls in Estonia open on Sunday, March 8, and close on Tuesday, March 9.',
    expect: ['warning weekday-mismatch "Tuesday, March 9"'],
  },
  { name: 'a past date: Friday, February 14, 2026 is a Saturday', input: 'date 2026-02-20\nThe vote in Tallinn was held on Friday, February 14, 2026.', expect: ['warning weekday-mismatch "Friday, February 14, 2026"'] },
  { name: 'day-first: Monday, 3 March 2026 is a Tuesday', input: 'date 2026-02-20\nThe vote in Tallinn is on Monday, 3 March 2026.', expect: ['warning weekday-mismatch "Monday, 3 March 2026"'] },
  { name: 'near miss: a bare weekday is never a mismatch', input: 'date 2026-02-20\nThe vote in Tallinn is on Monday.', expect: [] },

  // dateline-mismatch
  { name: 'the dateline a day before the header', input: 'date 2026-03-05\nTallinn, March 4 -\nThe vote in Estonia took place on Monday.', expect: ['warning dateline-mismatch "March 4"'] },
  { name: 'the dateline a year off the header', input: 'date 2026-03-05\nTallinn, March 5, 2025 -\nThe vote in Estonia took place on Monday.', expect: ['warning dateline-mismatch "March 5, 2025"'] },
  { name: 'near miss: the dateline agrees with the header (no year)', input: 'date 2026-03-05\nTallinn, March 5 -\nThe vote in Estonia took place on Monday.', expect: [] },
  { name: 'near miss: the dateline agrees with the header (with the year)', input: 'date 2026-03-05\nTallinn, March 5, 2026 -\nThe vote in Estonia took place on Monday.', expect: [] },
  { name: 'near miss: a dateline and no header', input: 'Tallinn, March 4, 2026 -\nThe vote in Estonia took place on Monday.', expect: [] },

  // planned-event-in-past
  {
    name: 'an expected visit dated before the article',
    input: 'date 2026-05-10\nKenyan President Daniel Mwangi is expected to visit India on April 14, 2026.',
    expect: ['information planned-event-in-past "April 14, 2026"'],
  },
  {
    name: 'an upcoming, scheduled summit dated before the article',
    input: 'date 2026-05-10\nThe upcoming summit of Nordic leaders in Vilnius is scheduled for April 14, 2026.',
    expect: ['information planned-event-in-past "April 14, 2026"'],
  },
  { name: 'the month "May" is no "may" of a plan', input: 'date 1996-08-31\nIn May the government in Yangon launched a crackdown on the opposition.', expect: [] },
  { name: 'a date the article places in the past is no plan gone by', input: 'date 1996-08-22\nThere will be no repeat of last year\'s final between Pete Sampras and Andre Agassi.', expect: [] },
  { name: 'a date told in the past beside what will be is no plan gone by', input: 'date 1996-08-29\nQueen Beatrix will sign a cultural agreement with South Africa, where the Dutch were the first European settlers in 1652.', expect: [] },
  { name: 'a visit a country "is preparing for", dated before the article', input: 'date 2026-05-10\nGhana is preparing for a state visit by President Mara Lindqvist in early March 2026, officials said.', expect: ['information planned-event-in-past "early March 2026"'] },
  { name: 'a planned visit a month before the article', input: 'date 2026-05-10\nKenyan President Daniel Mwangi is expected to visit India in March 2026.', expect: ['information planned-event-in-past "March 2026"'] },
  { name: 'near miss: a visit that happened before the article', input: 'date 2026-05-10\nKenyan President Daniel Mwangi visited India on April 14, 2026.', expect: [] },
  { name: 'near miss: an expected visit after the article', input: 'date 2026-05-10\nKenyan President Daniel Mwangi is expected to visit India on June 14, 2026.', expect: [] },
  { name: 'near miss: an expected visit on the day of the article', input: 'date 2026-05-10\nKenyan President Daniel Mwangi is expected to visit India on May 10, 2026.', expect: [] },

  // undated-relative-date
  { name: 'a weekday in an undated article', input: 'Kenyan President Daniel Mwangi will visit India on Thursday.', expect: ['hint undated-relative-date "Thursday" fix=add-date-header'] },
  { name: 'a year-less date in an undated article', input: 'Kenyan President Daniel Mwangi will visit India on June 14.', expect: ['hint undated-relative-date "June 14" fix=add-date-header'] },
  { name: '"yesterday" in an undated article', input: 'Kenyan President Daniel Mwangi arrived in India yesterday.', expect: ['hint undated-relative-date "yesterday" fix=add-date-header'] },
  { name: '"next week" in an undated article', input: 'Kenyan President Daniel Mwangi will visit India next week.', expect: ['hint undated-relative-date "next week" fix=add-date-header'] },
  { name: 'near miss: a weekday in a dated article', input: 'date 2026-05-11\nKenyan President Daniel Mwangi will visit India on Thursday.', expect: [] },
  { name: 'near miss: a weekday under a dateline', input: 'Nairobi, May 11, 2026 -\nKenyan President Daniel Mwangi will visit India on Thursday.', expect: [] },
  { name: 'near miss: a full date in an undated article', input: 'Kenyan President Daniel Mwangi visited India on June 14, 2024.', expect: [] },
];

function render(input: string, f: Finding): string {
  return `${f.severity} ${f.code} ${JSON.stringify(input.slice(f.start, f.end))}${f.data?.fix ? ` fix=${f.data.fix}` : ''}`;
}

describe('article checks: table', () => {
  for (const c of CASES) {
    test(c.name, c.todo ? { todo: c.todo } : {}, () => {
      const analysis = analyzeArticle(c.input);
      checkInvariants(c.input, analysis);
      for (const f of analysis.findings) {
        assert.ok(0 <= f.start && f.start < f.end && f.end <= c.input.length, `${f.code}: span inside the text`);
        assert.deepEqual(f.related, [], `${f.code}: an article check has no related information`);
        assert.ok(f.message.length > 0, `${f.code}: has a message`);
      }
      assert.deepEqual(analysis.findings.map((f) => render(c.input, f)), c.expect);
    });
  }
});

describe('article checks: messages', () => {
  test('a weekday mismatch names the real weekday', () => {
    const [f] = analyzeArticle('date 2026-02-20\nThe vote in Tallinn is on Monday, March 3, 2026.').findings;
    assert.match(f.message, /Tuesday/);
  });
  test('a dateline mismatch names the header date', () => {
    const [f] = analyzeArticle('date 2026-03-05\nTallinn, March 4 -\nThe vote in Estonia took place on Monday.').findings;
    assert.match(f.message, /2026-03-05/);
  });
  test('a planned event in the past names the publication date', () => {
    const [f] = analyzeArticle('date 2026-05-10\nKenyan President Daniel Mwangi is expected to visit India on April 14, 2026.').findings;
    assert.match(f.message, /2026-05-10/);
  });
});
