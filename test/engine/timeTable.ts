// A data-driven table of time expressions, one per line. Each row names a sentence, the publication date it
// is read against (null: none), the expression's text as it appears in the sentence, and its TIMEX3 type and
// value (TempEval-3 conventions), with the range and mod when they matter. `type: 'NONE'` rows say that
// nothing may overlap `text`. Rows the engine gets wrong stay in the table with `known: 'reason'` and are
// skipped until the engine is fixed; their expectations are not bent to the engine's answer.
//
// Anchors: 2025-10-01 is a Wednesday in ISO week 2025-W40; 2025-11-27 a Thursday (Thanksgiving) in 2025-W48;
// 2025-03-28 a Friday (seed 002, published the day after Lavrov's Thursday address); 2025-11-15 a Saturday
// (seed 003, before the talks of November 17).

export type TimeRowType = 'DATE' | 'TIME' | 'DURATION' | 'SET' | 'NONE';

export interface TimeRow {
  anchor: string | null;
  sentence: string;
  text: string;
  type: TimeRowType;
  value: string;
  range?: string;
  mod?: string;
  /** Why the engine fails this row today: the test skips it. */
  known?: string;
  /** Which seed article the phrase comes from. */
  seed?: string;
}

const A = '2025-10-01'; // Wednesday, 2025-W40, Q4
const B = '2025-11-27'; // Thursday, 2025-W48
const C = '2025-03-28'; // Friday, 2025-W13
const D = '2025-11-15'; // Saturday, 2025-W46

export const TIME_TABLE: TimeRow[] = [
  // ── Seed 000 (date 2025-10-01) ──────────────────────────────────────────────────────────────────────
  { seed: '000', anchor: A, sentence: 'India is confirming a visit by Putin, set for early December.', text: 'early December', type: 'DATE', value: '2025-12', mod: 'START', range: '2025-12-01..2025-12-10' },
  { seed: '000', anchor: A, sentence: 'Lavrov spoke at the General Assembly session on September 27.', text: 'September 27', type: 'DATE', value: '2025-09-27', range: '2025-09-27..2025-09-27' },
  { seed: '000', anchor: A, sentence: 'On September 27, Lavrov indicated the planned visit.', text: 'September 27', type: 'DATE', value: '2025-09-27', range: '2025-09-27..2025-09-27' },
  { seed: '000', anchor: A, sentence: 'Lavrov indicated the planned December visit to New Delhi.', text: 'December', type: 'DATE', value: '2025-12', range: '2025-12-01..2025-12-31' },
  { seed: '000', anchor: A, sentence: 'The leaders met at the recent SCO summit in China.', text: 'recent', type: 'DATE', value: 'PAST_REF' },

  // ── Seed 001 (date 2025-10-01) ──────────────────────────────────────────────────────────────────────
  { seed: '001', anchor: A, sentence: 'The visit is expected to happen in early December 2025.', text: 'early December 2025', type: 'DATE', value: '2025-12', mod: 'START', range: '2025-12-01..2025-12-10' },
  { seed: '001', anchor: A, sentence: 'The visit is likely around December 5-6.', text: 'December 5-6', type: 'DATE', value: '2025-12-05', range: '2025-12-05..2025-12-06' },
  { seed: '001', anchor: A, sentence: 'It is his first trip since the conflict broke out in February 2022.', text: 'February 2022', type: 'DATE', value: '2022-02', range: '2022-02-01..2022-02-28' },
  { seed: '001', anchor: A, sentence: 'Trade between the two nations surpassed $65 billion recently.', text: 'recently', type: 'DATE', value: 'PAST_REF' },

  // ── Seed 002 (no header; read against 2025-03-28) ───────────────────────────────────────────────────
  { seed: '002', anchor: C, sentence: 'The visit was confirmed by Foreign Minister Sergey Lavrov on Thursday.', text: 'Thursday', type: 'DATE', value: '2025-03-27', range: '2025-03-27..2025-03-27' },
  { seed: '002', anchor: C, sentence: 'Putin is expected to travel to India later this year.', text: 'later this year', type: 'DATE', value: '2025', mod: 'AFTER', range: '2025-03-28..2025-12-31' },
  { seed: '002', anchor: C, sentence: 'Putin is expected to travel to India, potentially in the latter half.', text: 'the latter half', type: 'DATE', value: '2025-H2', range: '2025-07-01..2025-12-31' },
  { seed: '002', anchor: C, sentence: 'This marks his first visit since the invasion began in February 2022.', text: 'February 2022', type: 'DATE', value: '2022-02' },
  { seed: '002', anchor: C, sentence: 'His last trip took place in December 2021.', text: 'December 2021', type: 'DATE', value: '2021-12', range: '2021-12-01..2021-12-31' },
  { seed: '002', anchor: C, sentence: 'Lavrov referred to Modi’s trip to Russia last year.', text: 'last year', type: 'DATE', value: '2024', range: '2024-01-01..2024-12-31' },
  { seed: '002', anchor: C, sentence: 'Modi made his first foreign visit after his re-election last year.', text: 'last year', type: 'DATE', value: '2024' },
  { seed: '002', anchor: C, sentence: '“Now it is our turn,” Lavrov said.', text: 'Now', type: 'DATE', value: 'PRESENT_REF' },
  { seed: '002', anchor: C, sentence: 'Modi and Putin have held discussions twice in 2023.', text: '2023', type: 'DATE', value: '2023', range: '2023-01-01..2023-12-31' },
  { seed: '002', anchor: C, sentence: 'Trade between India and Russia surpassed $60 billion in 2024.', text: '2024', type: 'DATE', value: '2024', range: '2024-01-01..2024-12-31' },

  // ── Seed 003 (no header; read against 2025-11-15) ───────────────────────────────────────────────────
  { seed: '003', anchor: D, sentence: 'The negotiations will be held in Moscow on November 17, 2025.', text: 'November 17, 2025', type: 'DATE', value: '2025-11-17', range: '2025-11-17..2025-11-17' },
  { seed: '003', anchor: D, sentence: 'The talks precede Putin’s planned visit to India in early December.', text: 'early December', type: 'DATE', value: '2025-12', mod: 'START', range: '2025-12-01..2025-12-10' },
  { seed: '003', anchor: D, sentence: 'Jaishankar leads the delegation for the meeting scheduled on November 18.', text: 'November 18', type: 'DATE', value: '2025-11-18', range: '2025-11-18..2025-11-18' },
  { seed: '003', anchor: D, sentence: 'The talks follow Jaishankar’s recent visit to Russia in August 2025.', text: 'August 2025', type: 'DATE', value: '2025-08', range: '2025-08-01..2025-08-31' },
  { seed: '003', anchor: D, sentence: 'The talks follow Jaishankar’s recent visit to Russia in August 2025.', text: 'recent', type: 'DATE', value: 'PAST_REF' },
  { seed: '003', anchor: D, sentence: 'Putin’s upcoming visit to India is likely around December 5-6.', text: 'December 5-6', type: 'DATE', value: '2025-12-05', range: '2025-12-05..2025-12-06' },
  { seed: '003', anchor: D, sentence: 'This visit will be the first by Putin to India since 2021.', text: '2021', type: 'DATE', value: '2021', range: '2021-01-01..2021-12-31' },
  { seed: '003', anchor: D, sentence: 'The relationship was formalised as a Strategic Partnership in 2000.', text: '2000', type: 'DATE', value: '2000' },
  { seed: '003', anchor: D, sentence: 'The partnership was elevated to a special one in 2010.', text: '2010', type: 'DATE', value: '2010' },
  { seed: '003', anchor: D, sentence: 'The talks set the stage for closer ties in the near future.', text: 'the near future', type: 'DATE', value: 'FUTURE_REF' },

  // ── Seed 004 (dateline November 27; read against 2025-11-27) ────────────────────────────────────────
  { seed: '004', anchor: B, sentence: 'Moscow, November 27: Lavrov said preparations are being made.', text: 'November 27', type: 'DATE', value: '2025-11-27', range: '2025-11-27..2025-11-27' },
  { seed: '004', anchor: B, sentence: 'Today, Russia and India are developing equal cooperation.', text: 'Today', type: 'DATE', value: '2025-11-27' },
  { seed: '004', anchor: B, sentence: 'Modi made his first bilateral foreign visit after his re-election last year to Russia.', text: 'last year', type: 'DATE', value: '2024', range: '2024-01-01..2024-12-31' },
  { seed: '004', anchor: B, sentence: 'Now it is our turn, Lavrov told the conference.', text: 'Now', type: 'DATE', value: 'PRESENT_REF' },
  { seed: '004', anchor: B, sentence: 'Ushakov had confirmed that Putin is expected to visit India in early 2025.', text: 'early 2025', type: 'DATE', value: '2025', mod: 'START', range: '2025-01-01..2025-04-30' },
  { seed: '004', anchor: B, sentence: 'Our leaders have an agreement to meet once a year.', text: 'once a year', type: 'SET', value: 'P1Y' },
  { seed: '004', anchor: B, sentence: 'The last visit by the Russian President took place on December 6, 2021.', text: 'December 6, 2021', type: 'DATE', value: '2021-12-06', range: '2021-12-06..2021-12-06' },
  { seed: '004', anchor: B, sentence: 'Modi made two visits to Russia last year, attending a summit in July and the BRICS Summit in October.', text: 'last year', type: 'DATE', value: '2024' },
  { seed: '004', anchor: B, sentence: 'Modi made two visits to Russia last year, attending a summit in July and the BRICS Summit in October.', text: 'July', type: 'DATE', value: '2024-07', range: '2024-07-01..2024-07-31' },
  { seed: '004', anchor: B, sentence: 'Modi made two visits to Russia last year, attending a summit in July and the BRICS Summit in October.', text: 'October', type: 'DATE', value: '2024-10', range: '2024-10-01..2024-10-31' },
  { seed: '004', anchor: B, sentence: 'In 2024, bilateral trade turnover exceeded $60 billion.', text: '2024', type: 'DATE', value: '2024' },
  { seed: '004', anchor: B, sentence: 'The leaders set the goal at last year’s July summit.', text: 'last year’s July', type: 'DATE', value: '2024-07', range: '2024-07-01..2024-07-31' },
  { seed: '004', anchor: B, sentence: "The leaders set the goal at last year's July summit.", text: "last year's July", type: 'DATE', value: '2024-07' },
  { seed: '004', anchor: B, sentence: 'They aim to bring trade turnover to $100 billion by 2030.', text: '2030', type: 'DATE', value: '2030', range: '2030-01-01..2030-12-31' },

  // ── Explicit dates in various formats ───────────────────────────────────────────────────────────────
  { anchor: null, sentence: 'The treaty was signed on Dec. 5, 2025, in Delhi.', text: 'Dec. 5, 2025', type: 'DATE', value: '2025-12-05', range: '2025-12-05..2025-12-05' },
  { anchor: null, sentence: 'Officials met on 5 December 2025 in Moscow.', text: '5 December 2025', type: 'DATE', value: '2025-12-05' },
  { anchor: null, sentence: 'The register lists the sale under 2025-12-05 in its records.', text: '2025-12-05', type: 'DATE', value: '2025-12-05' },
  { anchor: null, sentence: 'The ministers met on Monday, Oct. 26, 2020, in Geneva.', text: 'Monday, Oct. 26, 2020', type: 'DATE', value: '2020-10-26' },
  { anchor: '2020-10-28', sentence: 'The ministers met on Monday, Oct. 26.', text: 'Monday, Oct. 26', type: 'DATE', value: '2020-10-26' },
  { anchor: null, sentence: 'The ministers met on Monday, Oct. 26.', text: 'Monday, Oct. 26', type: 'DATE', value: 'XXXX-10-26' },
  { anchor: null, sentence: 'The accord took effect on January 1, 2024.', text: 'January 1, 2024', type: 'DATE', value: '2024-01-01' },
  { anchor: null, sentence: 'Polls closed on Nov. 5, 2024, across the state.', text: 'Nov. 5, 2024', type: 'DATE', value: '2024-11-05' },
  { anchor: null, sentence: 'The ceasefire began on 3 March 2022.', text: '3 March 2022', type: 'DATE', value: '2022-03-03' },
  { anchor: null, sentence: 'The ceasefire began on March 3rd, 2022, at dawn.', text: 'March 3rd, 2022', type: 'DATE', value: '2022-03-03' },
  { anchor: null, sentence: 'Parliament reconvenes on Sept. 15, 2026.', text: 'Sept. 15, 2026', type: 'DATE', value: '2026-09-15' },
  { anchor: null, sentence: 'The decree was issued on Aug 12, 2019.', text: 'Aug 12, 2019', type: 'DATE', value: '2019-08-12' },
  { anchor: null, sentence: 'The forum runs June 3-5, 2026, in Vienna.', text: 'June 3-5, 2026', type: 'DATE', value: '2026-06-03', range: '2026-06-03..2026-06-05' },
  { anchor: null, sentence: 'The summit is set for 14-15 April 2026.', text: '14-15 April 2026', type: 'DATE', value: '2026-04-14', range: '2026-04-14..2026-04-15' },
  { anchor: null, sentence: 'Lawmakers returned the week of March 6, 2023.', text: 'the week of March 6, 2023', type: 'DATE', value: '2023-W10' },
  { anchor: A, sentence: 'The summit is scheduled for the week of Nov. 10.', text: 'the week of Nov. 10', type: 'DATE', value: '2025-W46' },
  { anchor: A, sentence: 'The talks ended on September 27th.', text: 'September 27th', type: 'DATE', value: '2025-09-27' },
  { anchor: A, sentence: 'The ministry said on Sept. 30 that talks would resume.', text: 'Sept. 30', type: 'DATE', value: '2025-09-30' },
  { anchor: null, sentence: 'The vote was held on Tuesday, November 4, 2025.', text: 'Tuesday, November 4, 2025', type: 'DATE', value: '2025-11-04' },

  // ── Month-days without a year: the tense decides ────────────────────────────────────────────────────
  { anchor: A, sentence: 'The summit will be held on March 3.', text: 'March 3', type: 'DATE', value: '2026-03-03' },
  { anchor: A, sentence: 'The accord was signed on March 3.', text: 'March 3', type: 'DATE', value: '2025-03-03' },
  { anchor: A, sentence: 'Parliament reconvenes Oct. 20 after the recess.', text: 'Oct. 20', type: 'DATE', value: '2025-10-20' },
  { anchor: A, sentence: 'Exports peaked on July 4.', text: 'July 4', type: 'DATE', value: '2025-07-04' },
  { anchor: A, sentence: 'Bids are due by Jan. 14.', text: 'Jan. 14', type: 'DATE', value: '2026-01-14' },
  { anchor: A, sentence: 'The storm hit the coast on Sept. 29.', text: 'Sept. 29', type: 'DATE', value: '2025-09-29' },
  { anchor: A, sentence: 'The deadline is November 30.', text: 'November 30', type: 'DATE', value: '2025-11-30' },
  { anchor: A, sentence: 'Fighting broke out on August 14.', text: 'August 14', type: 'DATE', value: '2025-08-14' },
  { anchor: A, sentence: 'The envoy is scheduled to arrive on December 12.', text: 'December 12', type: 'DATE', value: '2025-12-12' },
  { anchor: A, sentence: 'Registration closed on January 15.', text: 'January 15', type: 'DATE', value: '2025-01-15' },
  { anchor: A, sentence: 'The new rules apply from 1 November.', text: '1 November', type: 'DATE', value: '2025-11-01' },
  { anchor: B, sentence: 'The vote is planned for Jan. 20.', text: 'Jan. 20', type: 'DATE', value: '2026-01-20' },
  { anchor: '2025-12-30', sentence: 'Parliament will reconvene on Jan. 5.', text: 'Jan. 5', type: 'DATE', value: '2026-01-05' },
  { anchor: '2026-01-03', sentence: 'The attack happened on Dec. 31.', text: 'Dec. 31', type: 'DATE', value: '2025-12-31' },
  { anchor: null, sentence: 'Voting ends on 14 March.', text: '14 March', type: 'DATE', value: 'XXXX-03-14' },
  { anchor: null, sentence: 'The summit will be held on December 5-6.', text: 'December 5-6', type: 'DATE', value: 'XXXX-12-05' },

  // ── Months ──────────────────────────────────────────────────────────────────────────────────────────
  { anchor: A, sentence: 'The vote was held in March.', text: 'March', type: 'DATE', value: '2025-03' },
  { anchor: A, sentence: 'The summit will take place in November.', text: 'November', type: 'DATE', value: '2025-11' },
  { anchor: A, sentence: 'The plant will reopen in January.', text: 'January', type: 'DATE', value: '2026-01' },
  { anchor: A, sentence: 'Exports fell sharply in August.', text: 'August', type: 'DATE', value: '2025-08' },
  { anchor: A, sentence: 'Inflation peaked last December.', text: 'last December', type: 'DATE', value: '2024-12' },
  { anchor: A, sentence: 'Elections are due next April.', text: 'next April', type: 'DATE', value: '2026-04' },
  { anchor: A, sentence: 'Prices rose in June this year.', text: 'June this year', type: 'DATE', value: '2025-06' },
  { anchor: A, sentence: 'Sales slumped in October last year.', text: 'October last year', type: 'DATE', value: '2024-10' },
  { anchor: A, sentence: 'The pipeline will open in April next year.', text: 'April next year', type: 'DATE', value: '2026-04' },
  { anchor: '2025-01-15', sentence: 'Exports slumped in December.', text: 'December', type: 'DATE', value: '2024-12' },
  { anchor: null, sentence: 'The committee met in May 1998.', text: 'May 1998', type: 'DATE', value: '1998-05' },
  { anchor: null, sentence: 'In December of 1998 the plan collapsed.', text: 'December of 1998', type: 'DATE', value: '1998-12' },
  { anchor: null, sentence: 'The offensive began in January nineteen ninety-seven.', text: 'January nineteen ninety-seven', type: 'DATE', value: '1997-01' },
  { anchor: null, sentence: 'It was agreed in October.', text: 'October', type: 'DATE', value: 'XXXX-10' },
  { anchor: null, sentence: 'The visit is set for early December.', text: 'early December', type: 'DATE', value: 'XXXX-12', mod: 'START' },

  // ── Parts of months and years ───────────────────────────────────────────────────────────────────────
  { anchor: A, sentence: 'Talks resumed in mid-September.', text: 'mid-September', type: 'DATE', value: '2025-09', mod: 'MID', range: '2025-09-11..2025-09-20' },
  { anchor: A, sentence: 'The law will take effect in late January.', text: 'late January', type: 'DATE', value: '2026-01', mod: 'END', range: '2026-01-21..2026-01-31' },
  { anchor: null, sentence: 'Fighting eased in mid-December 2025.', text: 'mid-December 2025', type: 'DATE', value: '2025-12', mod: 'MID', range: '2025-12-11..2025-12-20' },
  { anchor: null, sentence: 'Fighting resumed in late December 2025.', text: 'late December 2025', type: 'DATE', value: '2025-12', mod: 'END', range: '2025-12-21..2025-12-31' },
  { anchor: null, sentence: 'The contract expired at the end of June 2024.', text: 'the end of June 2024', type: 'DATE', value: '2024-06', mod: 'END', range: '2024-06-21..2024-06-30' },
  { anchor: null, sentence: 'Growth recovered in mid-2025.', text: 'mid-2025', type: 'DATE', value: '2025', mod: 'MID', range: '2025-05-01..2025-08-31' },
  { anchor: null, sentence: 'Prices fell in late 2024.', text: 'late 2024', type: 'DATE', value: '2024', mod: 'END', range: '2024-09-01..2024-12-31' },
  { anchor: null, sentence: 'The law took effect in early 2025.', text: 'early 2025', type: 'DATE', value: '2025', mod: 'START', range: '2025-01-01..2025-04-30' },
  { anchor: null, sentence: 'Output collapsed at the end of 2024.', text: 'the end of 2024', type: 'DATE', value: '2024', mod: 'END' },
  { anchor: null, sentence: 'The reform starts at the beginning of 2026.', text: 'the beginning of 2026', type: 'DATE', value: '2026', mod: 'START' },

  // ── Years, decades, centuries ───────────────────────────────────────────────────────────────────────
  { anchor: null, sentence: 'The company was founded in 1998.', text: '1998', type: 'DATE', value: '1998', range: '1998-01-01..1998-12-31' },
  { anchor: A, sentence: 'The 2024 election changed the country.', text: '2024', type: 'DATE', value: '2024' },
  { anchor: null, sentence: 'Between 2019 and 2021, output doubled.', text: '2019', type: 'DATE', value: '2019' },
  { anchor: null, sentence: 'Between 2019 and 2021, output doubled.', text: '2021', type: 'DATE', value: '2021' },
  { anchor: null, sentence: 'The treaty dates from the year 2000.', text: 'the year 2000', type: 'DATE', value: '2000' },
  { anchor: null, sentence: 'The law was passed in nineteen ninety-six.', text: 'nineteen ninety-six', type: 'DATE', value: '1996' },
  { anchor: null, sentence: 'Growth slowed in the 1990s.', text: 'the 1990s', type: 'DATE', value: '199X', range: '1990-01-01..1999-12-31' },
  { anchor: null, sentence: 'The 2010s were a decade of growth.', text: 'The 2010s', type: 'DATE', value: '201X' },
  { anchor: null, sentence: 'Unrest spread in the early 1980s.', text: 'the early 1980s', type: 'DATE', value: '198X', mod: 'START' },
  { anchor: null, sentence: "Music from the '90s is back.", text: "the '90s", type: 'DATE', value: '199X' },
  { anchor: null, sentence: 'The empire collapsed in the 20th century.', text: 'the 20th century', type: 'DATE', value: '19' },
  { anchor: null, sentence: 'The 21st century began with a crisis.', text: 'The 21st century', type: 'DATE', value: '20' },
  { anchor: null, sentence: 'The town was founded in the 1800s.', text: 'the 1800s', type: 'DATE', value: '18' },

  // ── Seasons ─────────────────────────────────────────────────────────────────────────────────────────
  { anchor: null, sentence: 'Talks collapsed in summer 1998.', text: 'summer 1998', type: 'DATE', value: '1998-SU' },
  { anchor: null, sentence: 'Sales rose in the fall of 1998.', text: 'fall of 1998', type: 'DATE', value: '1998-FA' },
  { anchor: null, sentence: 'Elections are planned for spring 2026.', text: 'spring 2026', type: 'DATE', value: '2026-SP' },
  { anchor: null, sentence: 'The army retreated in winter 1998.', text: 'winter 1998', type: 'DATE', value: '1998-WI' },
  { anchor: A, sentence: 'Fighting intensified last winter.', text: 'last winter', type: 'DATE', value: '2024-WI' },
  { anchor: A, sentence: 'The harvest improved this spring.', text: 'this spring', type: 'DATE', value: '2025-SP' },
  { anchor: A, sentence: 'The bridge will reopen next summer.', text: 'next summer', type: 'DATE', value: '2026-SU' },
  { anchor: A, sentence: 'The deal will close in autumn.', text: 'autumn', type: 'DATE', value: '2025-FA' },

  // ── Quarters, halves, fiscal years ──────────────────────────────────────────────────────────────────
  { anchor: A, sentence: 'Profits rose in the third quarter.', text: 'the third quarter', type: 'DATE', value: '2025-Q3', range: '2025-07-01..2025-09-30' },
  { anchor: null, sentence: 'Output fell in the third quarter of 1989.', text: 'the third quarter of 1989', type: 'DATE', value: '1989-Q3' },
  { anchor: A, sentence: 'The company reported third-quarter earnings on Tuesday.', text: 'third-quarter', type: 'DATE', value: '2025-Q3' },
  { anchor: A, sentence: 'The company reported third-quarter earnings on Tuesday.', text: 'Tuesday', type: 'DATE', value: '2025-09-30' },
  { anchor: A, sentence: 'Sales will recover in the fourth quarter.', text: 'the fourth quarter', type: 'DATE', value: '2025-Q4' },
  { anchor: A, sentence: 'Growth was weak in the first quarter.', text: 'the first quarter', type: 'DATE', value: '2025-Q1' },
  { anchor: A, sentence: 'The plant opens in the first quarter of 2026.', text: 'the first quarter of 2026', type: 'DATE', value: '2026-Q1' },
  { anchor: A, sentence: 'Investment is expected to rise in the first half of 2026.', text: 'the first half of 2026', type: 'DATE', value: '2026-H1', range: '2026-01-01..2026-06-30' },
  { anchor: A, sentence: 'Exports grew in the second half of last year.', text: 'the second half of last year', type: 'DATE', value: '2024-H2' },
  { anchor: A, sentence: 'The bank expects stronger growth in the second half.', text: 'the second half', type: 'DATE', value: '2025-H2' },
  { anchor: A, sentence: 'The firm reported a loss for the quarter.', text: 'the quarter', type: 'DATE', value: '2025-Q3' },
  { anchor: null, sentence: 'Prices fell in the third quarter.', text: 'the third quarter', type: 'DATE', value: 'XXXX-Q3' },
  { anchor: A, sentence: 'The bank reported losses in Q3 2025.', text: 'Q3 2025', type: 'DATE', value: '2025-Q3' },
  { anchor: null, sentence: 'Fiscal 1989 results were strong.', text: 'Fiscal 1989', type: 'DATE', value: '1989' },
  // Earnings reports: a period with "the" keeps it (the TimeML corpora do), a year's quarter is a date.
  { anchor: A, sentence: 'Net income rose 8% in the nine months ended Sept. 30.', text: 'the nine months', type: 'DURATION', value: 'P9M' },
  { anchor: A, sentence: 'The two day rally ended without incident.', text: 'two day', type: 'DURATION', value: 'P2D' },
  { anchor: A, sentence: 'Profit fell from the year-earlier quarter.', text: 'the year-earlier quarter', type: 'DATE', value: '2024-Q3' },
  { anchor: A, sentence: 'Sales were far below the year-earlier $4.5 million.', text: 'year-earlier', type: 'DATE', value: '2024-Q3' },
  { anchor: A, sentence: 'Revenue matched the corresponding period last year.', text: 'the corresponding period last year', type: 'DATE', value: '2024-Q3' },
  { anchor: A, sentence: 'The unit earned $376,000 in the 1988 quarter.', text: 'the 1988 quarter', type: 'DATE', value: '1988-Q3' },
  { anchor: A, sentence: 'Its profit for the 1996 year was higher.', text: '1996', type: 'DATE', value: '1996' },
  { anchor: A, sentence: 'Net income for the year ended June 30 rose 12%.', text: 'the year', type: 'DURATION', value: 'P1Y' },
  { anchor: A, sentence: 'For the year, volume was flat.', text: 'the year', type: 'DATE', value: '2025' },
  { anchor: A, sentence: 'The firm forecast higher earnings for the full year.', text: 'the full year', type: 'DATE', value: '2025' },
  { anchor: A, sentence: 'He was named player of the year in May.', text: 'the year', type: 'NONE', value: '' },
  { anchor: null, sentence: 'The budget for fiscal year 2026 was approved.', text: 'fiscal year 2026', type: 'DATE', value: '2026' },

  // ── Relative days and times of day ──────────────────────────────────────────────────────────────────
  { anchor: A, sentence: 'The minister resigned yesterday.', text: 'yesterday', type: 'DATE', value: '2025-09-30', range: '2025-09-30..2025-09-30' },
  // "next to" is a place, not the future: the bombing was last Friday.
  { anchor: A, sentence: 'Dozens were killed in the blast next to the embassy on Friday.', text: 'Friday', type: 'DATE', value: '2025-09-26' },
  { anchor: A, sentence: 'Officials said over the weekend that talks had stalled.', text: 'the weekend', type: 'DATE', value: '2025-W39-WE' },
  { anchor: A, sentence: 'Traders will square positions ahead of the weekend.', text: 'the weekend', type: 'DATE', value: '2025-W40-WE' },
  // A plan the clause makes looks ahead; a plan named ("announced plans to") does not, nor "plans for" a trip.
  { anchor: A, sentence: 'On Tuesday, the league plans to hold a news conference on an advert made last week.', text: 'Tuesday', type: 'DATE', value: '2025-10-07' },
  { anchor: A, sentence: 'Officials said they did not plan to move the prisoner on Thursday morning.', text: 'Thursday morning', type: 'DATE', value: '2025-10-02' },
  { anchor: A, sentence: 'On Friday, the minister set aside vacation plans for the summit.', text: 'Friday', type: 'DATE', value: '2025-09-26' },
  { anchor: A, sentence: 'On Friday, the company announced plans to acquire a rival.', text: 'Friday', type: 'DATE', value: '2025-09-26' },
  // What may or could happen is still to come; what could not, and "May" the month, say nothing of it.
  { anchor: A, sentence: 'Negotiators could meet on Thursday.', text: 'Thursday', type: 'DATE', value: '2025-10-02' },
  { anchor: A, sentence: 'The ranking may change after the other sides play on Saturday.', text: 'Saturday', type: 'DATE', value: '2025-10-04' },
  { anchor: A, sentence: 'Relatives could not be located Thursday in their hometown.', text: 'Thursday', type: 'DATE', value: '2025-09-25' },
  { anchor: A, sentence: 'Protesters planned a large demonstration on Saturday.', text: 'Saturday', type: 'DATE', value: '2025-10-04' },
  { anchor: A, sentence: 'A poll released on Tuesday showed a widening lead in advance of the Jan. 10 election.', text: 'Jan. 10', type: 'DATE', value: '2026-01-10' },
  { anchor: A, sentence: 'Traders were expected to wind down ahead of Monday\'s holiday.', text: 'Monday', type: 'DATE', value: '2025-10-06' },
  { anchor: A, sentence: 'The results will be announced tomorrow.', text: 'tomorrow', type: 'DATE', value: '2025-10-02' },
  { anchor: A, sentence: 'Markets opened higher today.', text: 'today', type: 'DATE', value: '2025-10-01' },
  { anchor: A, sentence: "The case is for today's youth what the revolution was for their parents.", text: 'today', type: 'NONE', value: '' },
  { anchor: A, sentence: 'If I were choosing the people of tomorrow, I would choose them.', text: 'tomorrow', type: 'NONE', value: '' },
  { anchor: A, sentence: 'This is VOA Today.', text: 'Today', type: 'NONE', value: '' },
  { anchor: A, sentence: "Copies of today's editions sold out.", text: 'today', type: 'DATE', value: '2025-10-01' },
  { anchor: A, sentence: 'Today the minister resigned.', text: 'Today', type: 'DATE', value: '2025-10-01' },
  { anchor: A, sentence: 'Fans partied into the early hours of today.', text: 'today', type: 'DATE', value: '2025-10-01' },
  { anchor: A, sentence: 'The president spoke this morning.', text: 'this morning', type: 'TIME', value: '2025-10-01TMO' },
  { anchor: A, sentence: 'Protesters gathered last night.', text: 'last night', type: 'TIME', value: '2025-09-30TNI' },
  { anchor: A, sentence: 'Officials will meet tomorrow afternoon.', text: 'tomorrow afternoon', type: 'TIME', value: '2025-10-02TAF' },
  { anchor: A, sentence: 'The strike ended yesterday evening.', text: 'yesterday evening', type: 'TIME', value: '2025-09-30TEV' },
  { anchor: A, sentence: 'The blast occurred at 10:35 a.m. in the capital.', text: '10:35 a.m.', type: 'TIME', value: '2025-10-01T10:35' },
  { anchor: A, sentence: 'The meeting began at noon.', text: 'noon', type: 'TIME', value: '2025-10-01T12:00' },
  { anchor: A, sentence: 'Trading halted at midnight.', text: 'midnight', type: 'TIME', value: '2025-10-01T24:00' },
  { anchor: A, sentence: 'Polls will close at 8 p.m. Sunday.', text: '8 p.m. Sunday', type: 'TIME', value: '2025-10-05T20:00' },
  { anchor: A, sentence: 'The rally started at 3 p.m. yesterday.', text: '3 p.m. yesterday', type: 'TIME', value: '2025-09-30T15:00' },
  { anchor: A, sentence: 'The ministry spoke on Tuesday, a day after NATO envoys met in Brussels.', text: 'a day', type: 'DURATION', value: 'P1D' },
  { anchor: A, sentence: 'The ferry docked at 6:40 p.m. (GMT+8) after a long crossing.', text: '6:40 p.m.', type: 'TIME', value: '2025-10-01T18:40' },
  { anchor: A, sentence: 'The quake struck at 10:35 a.m. Friday.', text: '10:35 a.m. Friday', type: 'TIME', value: '2025-09-26T10:35' },
  { anchor: A, sentence: 'The train left at 14:30 local time.', text: '14:30 local time', type: 'TIME', value: '2025-10-01T14:30' },
  { anchor: null, sentence: 'The minister resigned yesterday.', text: 'yesterday', type: 'DATE', value: 'PAST_REF' },
  { anchor: null, sentence: 'The statement came at 9 a.m. in Kyiv.', text: '9 a.m.', type: 'TIME', value: 'XXXX-XX-XXT09:00' },

  // ── Relative weeks, months, years ───────────────────────────────────────────────────────────────────
  { anchor: A, sentence: 'Prices fell last week.', text: 'last week', type: 'DATE', value: '2025-W39', range: '2025-09-22..2025-09-28' },
  { anchor: A, sentence: 'Talks continue this week.', text: 'this week', type: 'DATE', value: '2025-W40' },
  { anchor: A, sentence: 'The envoy arrives next week.', text: 'next week', type: 'DATE', value: '2025-W41' },
  { anchor: '2025-03-19', sentence: 'Shipments rose last week.', text: 'last week', type: 'DATE', value: '2025-W11' },
  { anchor: '2025-01-02', sentence: 'Sales fell last week.', text: 'last week', type: 'DATE', value: '2024-W52' },
  { anchor: A, sentence: 'Output rose last month.', text: 'last month', type: 'DATE', value: '2025-09' },
  { anchor: A, sentence: 'The law takes effect next month.', text: 'next month', type: 'DATE', value: '2025-11' },
  { anchor: '2025-01-15', sentence: 'Prices fell last month.', text: 'last month', type: 'DATE', value: '2024-12' },
  { anchor: '2025-12-20', sentence: 'The law takes effect next month.', text: 'next month', type: 'DATE', value: '2026-01' },
  { anchor: B, sentence: 'Prices fell this month.', text: 'this month', type: 'DATE', value: '2025-11' },
  { anchor: A, sentence: 'Inflation eased this year.', text: 'this year', type: 'DATE', value: '2025', range: '2025-01-01..2025-12-31' },
  { anchor: A, sentence: 'The economy will grow next year.', text: 'next year', type: 'DATE', value: '2026' },
  { anchor: A, sentence: 'Prices jumped earlier this year.', text: 'earlier this year', type: 'DATE', value: '2025', mod: 'BEFORE', range: '2025-01-01..2025-10-01' },
  { anchor: A, sentence: 'Talks will resume later this month.', text: 'later this month', type: 'DATE', value: '2025-10', mod: 'AFTER', range: '2025-10-01..2025-10-31' },
  { anchor: A, sentence: 'The bill passed early this week.', text: 'early this week', type: 'DATE', value: '2025-W40', mod: 'START' },
  { anchor: A, sentence: 'The factory closed late last year.', text: 'late last year', type: 'DATE', value: '2024', mod: 'END', range: '2024-09-01..2024-12-31' },
  { anchor: A, sentence: 'A decision will come by the end of the year.', text: 'the end of the year', type: 'DATE', value: '2025', mod: 'END' },
  { anchor: A, sentence: 'The company expects a profit at year-end.', text: 'year-end', type: 'DATE', value: '2025', mod: 'END' },
  { anchor: A, sentence: 'Crowds gathered last weekend.', text: 'last weekend', type: 'DATE', value: '2025-W39-WE' },
  { anchor: A, sentence: 'Talks will continue this weekend.', text: 'this weekend', type: 'DATE', value: '2025-W40-WE' },
  { anchor: A, sentence: 'The plant opened in 2019 and closed the following year.', text: 'the following year', type: 'DATE', value: '2020' },
  { anchor: null, sentence: 'Trade grew sharply last year.', text: 'last year', type: 'DATE', value: 'PAST_REF' },
  { anchor: null, sentence: 'The law takes effect next month.', text: 'next month', type: 'DATE', value: 'FUTURE_REF' },
  { anchor: null, sentence: 'Talks continue this week.', text: 'this week', type: 'DATE', value: 'PRESENT_REF' },
  { anchor: null, sentence: 'Putin is expected to travel to India later this year.', text: 'later this year', type: 'DATE', value: 'FUTURE_REF' },

  // ── "ago", "later", "from now" ──────────────────────────────────────────────────────────────────────
  { anchor: A, sentence: 'The firm was sold a year ago.', text: 'a year ago', type: 'DATE', value: '2024' },
  { anchor: A, sentence: 'The firm was sold two months ago.', text: 'two months ago', type: 'DATE', value: '2025-08' },
  { anchor: A, sentence: 'The ship sank ten days ago.', text: 'ten days ago', type: 'DATE', value: '2025-09-21' },
  { anchor: A, sentence: 'They met three weeks ago.', text: 'three weeks ago', type: 'DATE', value: '2025-W37' },
  { anchor: A, sentence: 'The mine closed five years ago.', text: 'five years ago', type: 'DATE', value: '2020' },
  { anchor: A, sentence: 'The vote is due two weeks from now.', text: 'two weeks from now', type: 'DATE', value: '2025-W42' },
  { anchor: A, sentence: 'The plant closed on June 3, 2025, and reopened two days later.', text: 'two days later', type: 'DATE', value: '2025-06-05' },
  { anchor: null, sentence: 'The bank failed in 1998 and was sold two years later.', text: 'two years later', type: 'DATE', value: '2000' },
  { anchor: A, sentence: 'The firm was founded in 2015 and listed three years later.', text: 'three years later', type: 'DATE', value: '2018' },
  { anchor: null, sentence: 'The plan was approved two months ago.', text: 'two months ago', type: 'DATE', value: 'PAST_REF' },

  // ── Weekdays ────────────────────────────────────────────────────────────────────────────────────────
  { anchor: A, sentence: 'The contract was signed on Friday.', text: 'Friday', type: 'DATE', value: '2025-09-26', range: '2025-09-26..2025-09-26' },
  { anchor: A, sentence: 'The leaders will meet on Thursday.', text: 'Thursday', type: 'DATE', value: '2025-10-02' },
  { anchor: A, sentence: 'The cabinet meets on Wednesday.', text: 'Wednesday', type: 'DATE', value: '2025-10-01' },
  { anchor: A, sentence: 'Voters will go to the polls next Sunday.', text: 'next Sunday', type: 'DATE', value: '2025-10-05' },
  { anchor: A, sentence: 'The deal collapsed last Friday.', text: 'last Friday', type: 'DATE', value: '2025-09-26' },
  { anchor: A, sentence: 'Officials gathered on Tuesday.', text: 'Tuesday', type: 'DATE', value: '2025-09-30' },
  { anchor: A, sentence: 'The court will rule on Saturday.', text: 'Saturday', type: 'DATE', value: '2025-10-04' },
  { anchor: B, sentence: 'Lavrov spoke on Thursday.', text: 'Thursday', type: 'DATE', value: '2025-11-27' },
  { anchor: B, sentence: 'The ministers met on Monday.', text: 'Monday', type: 'DATE', value: '2025-11-24' },
  { anchor: B, sentence: 'The delegation will arrive on Monday.', text: 'Monday', type: 'DATE', value: '2025-12-01' },
  { anchor: B, sentence: 'Talks are expected to continue on Friday.', text: 'Friday', type: 'DATE', value: '2025-11-28' },
  { anchor: B, sentence: 'The report will be released this Friday.', text: 'this Friday', type: 'DATE', value: '2025-11-28' },
  { anchor: '2025-01-03', sentence: 'The leaders met on Monday.', text: 'Monday', type: 'DATE', value: '2024-12-30' },
  { anchor: null, sentence: 'The visit was confirmed on Thursday.', text: 'Thursday', type: 'DATE', value: 'XXXX-WXX-4' },
  { anchor: null, sentence: 'The report will be released on Friday.', text: 'Friday', type: 'DATE', value: 'XXXX-WXX-5' },

  // ── Holidays ────────────────────────────────────────────────────────────────────────────────────────
  { anchor: A, sentence: 'Shoppers are expected to crowd stores at Thanksgiving.', text: 'Thanksgiving', type: 'DATE', value: '2025-11-27' },
  { anchor: '2025-12-05', sentence: 'Families gathered for Thanksgiving.', text: 'Thanksgiving', type: 'DATE', value: '2025-11-27' },
  { anchor: '2024-10-15', sentence: 'Travel will peak at Thanksgiving.', text: 'Thanksgiving', type: 'DATE', value: '2024-11-28' },
  { anchor: A, sentence: 'The troops will be home by Christmas.', text: 'Christmas', type: 'DATE', value: '2025-12-25' },
  { anchor: '2025-03-01', sentence: 'Sales were weak at Christmas.', text: 'Christmas', type: 'DATE', value: '2024-12-25' },
  { anchor: B, sentence: 'The talks will break for Christmas Eve.', text: 'Christmas Eve', type: 'DATE', value: '2025-12-24' },
  { anchor: A, sentence: 'The parade was held on Independence Day.', text: 'Independence Day', type: 'DATE', value: '2025-07-04' },
  { anchor: A, sentence: 'The law will take effect on New Year’s Day.', text: 'New Year’s Day', type: 'DATE', value: '2026-01-01' },
  { anchor: A, sentence: 'The pope will speak at Easter.', text: 'Easter', type: 'DATE', value: '2026-04-05' },
  { anchor: null, sentence: 'The ceasefire held over Christmas.', text: 'Christmas', type: 'DATE', value: 'XXXX-12-25' },

  // ── Durations ───────────────────────────────────────────────────────────────────────────────────────
  { anchor: null, sentence: 'The two countries have been partners for 33 years.', text: '33 years', type: 'DURATION', value: 'P33Y' },
  { anchor: null, sentence: 'The siege lasted 18 months.', text: '18 months', type: 'DURATION', value: 'P18M' },
  { anchor: null, sentence: 'The trial took two weeks.', text: 'two weeks', type: 'DURATION', value: 'P2W' },
  { anchor: null, sentence: 'The flight took five and a half hours.', text: 'five and a half hours', type: 'DURATION', value: 'PT5H30M' },
  { anchor: null, sentence: 'The hearing lasted 30 minutes.', text: '30 minutes', type: 'DURATION', value: 'PT30M' },
  { anchor: null, sentence: 'The call lasted thirty minutes.', text: 'thirty minutes', type: 'DURATION', value: 'PT30M' },
  { anchor: null, sentence: 'The strike lasted 10 days.', text: '10 days', type: 'DURATION', value: 'P10D' },
  { anchor: null, sentence: 'The blockade lasted 24 hours.', text: '24 hours', type: 'DURATION', value: 'PT24H' },
  { anchor: null, sentence: 'The region has been at war for a decade.', text: 'a decade', type: 'DURATION', value: 'P10Y' },
  { anchor: null, sentence: 'Rebuilding will take a decade.', text: 'a decade', type: 'DURATION', value: 'P10Y' },
  { anchor: null, sentence: 'The talks lasted a week.', text: 'a week', type: 'DURATION', value: 'P1W' },
  { anchor: null, sentence: 'The ban lasted for years.', text: 'years', type: 'DURATION', value: 'PXY' },
  { anchor: null, sentence: 'The rebels held the town for several weeks.', text: 'several weeks', type: 'DURATION', value: 'PXW' },
  { anchor: null, sentence: 'The rebels held the town for a few days.', text: 'a few days', type: 'DURATION', value: 'PXD' },
  { anchor: null, sentence: 'A three-month ceasefire was agreed.', text: 'three-month', type: 'DURATION', value: 'P3M' },
  { anchor: null, sentence: 'He was elected to a two-year term.', text: 'two-year', type: 'DURATION', value: 'P2Y' },
  { anchor: null, sentence: 'The 90-minute meeting ended without a deal.', text: '90-minute', type: 'DURATION', value: 'PT90M' },
  { anchor: null, sentence: 'The dispute has run for more than four decades.', text: 'more than four decades', type: 'DURATION', value: 'P40Y', mod: 'MORE_THAN' },
  { anchor: null, sentence: 'He served nearly two years in prison.', text: 'nearly two years', type: 'DURATION', value: 'P2Y' },
  { anchor: null, sentence: 'The ceasefire lasted six months.', text: 'six months', type: 'DURATION', value: 'P6M' },
  { anchor: null, sentence: 'Within 48 hours, the troops withdrew.', text: '48 hours', type: 'DURATION', value: 'PT48H' },
  { anchor: null, sentence: 'The visit lasted three days.', text: 'three days', type: 'DURATION', value: 'P3D' },
  { anchor: A, sentence: 'Prices doubled over the past two years.', text: 'the past two years', type: 'DURATION', value: 'P2Y' },
  { anchor: A, sentence: 'Three people died in the last 24 hours.', text: 'the last 24 hours', type: 'DURATION', value: 'PT24H' },
  { anchor: A, sentence: 'The next three months will be difficult.', text: 'The next three months', type: 'DURATION', value: 'P3M' },
  { anchor: A, sentence: 'Wages stagnated over the past decade.', text: 'the past decade', type: 'DURATION', value: 'P10Y' },

  // ── Sets ────────────────────────────────────────────────────────────────────────────────────────────
  { anchor: null, sentence: 'The council meets annually.', text: 'annually', type: 'SET', value: 'P1Y' },
  { anchor: null, sentence: 'The paper is published daily.', text: 'daily', type: 'SET', value: 'P1D' },
  { anchor: null, sentence: 'The newsletter appears weekly.', text: 'weekly', type: 'SET', value: 'P1W' },
  { anchor: null, sentence: 'The committee meets on Mondays.', text: 'Mondays', type: 'SET', value: 'XXXX-WXX-1' },
  { anchor: null, sentence: 'Prices are reviewed every month.', text: 'every month', type: 'SET', value: 'P1M' },
  { anchor: null, sentence: 'Inspectors visit the site twice a year.', text: 'twice a year', type: 'SET', value: 'P1Y' },
  { anchor: null, sentence: 'Data is released quarterly.', text: 'quarterly', type: 'SET', value: 'P3M' },
  { anchor: null, sentence: 'Trains to the border run hourly.', text: 'hourly', type: 'SET', value: 'PT1H' },
  { anchor: null, sentence: 'The festival draws crowds each year.', text: 'each year', type: 'SET', value: 'P1Y' },
  { anchor: null, sentence: 'The market opens every Tuesday.', text: 'every Tuesday', type: 'SET', value: 'XXXX-WXX-2' },

  // ── Present, past and future references ─────────────────────────────────────────────────────────────
  { anchor: null, sentence: 'Prices are currently stable.', text: 'currently', type: 'DATE', value: 'PRESENT_REF' },
  { anchor: A, sentence: 'The current government took office in 2022.', text: 'current', type: 'DATE', value: 'PRESENT_REF' },
  { anchor: A, sentence: 'The current government took office in 2022.', text: '2022', type: 'DATE', value: '2022' },
  { anchor: A, sentence: 'Reforms will matter more in the future.', text: 'the future', type: 'DATE', value: 'FUTURE_REF' },
  { anchor: A, sentence: 'The region is calm now.', text: 'now', type: 'DATE', value: 'PRESENT_REF' },
  { anchor: A, sentence: 'Such attacks were rare in the past.', text: 'the past', type: 'DATE', value: 'PAST_REF' },
  { anchor: null, sentence: 'Recently, sanctions were tightened.', text: 'Recently', type: 'DATE', value: 'PAST_REF' },
  { anchor: A, sentence: 'Tensions have risen in recent weeks.', text: 'recent weeks', type: 'DATE', value: 'PAST_REF' },
  { anchor: null, sentence: 'The two sides are now closer than ever.', text: 'now', type: 'DATE', value: 'PRESENT_REF' },

  // ── Anchor-less variants ────────────────────────────────────────────────────────────────────────────
  { anchor: null, sentence: 'Modi attended last year’s July summit.', text: 'last year’s July', type: 'DATE', value: 'XXXX-07' },
  { anchor: null, sentence: 'The report will be released this Friday.', text: 'this Friday', type: 'DATE', value: 'XXXX-WXX-5' },
  { anchor: null, sentence: 'Talks resume next week.', text: 'next week', type: 'DATE', value: 'FUTURE_REF' },
  { anchor: null, sentence: 'The firm was sold a year ago.', text: 'a year ago', type: 'DATE', value: 'PAST_REF' },
  { anchor: null, sentence: 'Lavrov spoke on September 27.', text: 'September 27', type: 'DATE', value: 'XXXX-09-27' },

  // ── Not time expressions ────────────────────────────────────────────────────────────────────────────
  { anchor: null, sentence: 'The budget includes $2024 million for defence.', text: '$2024 million', type: 'NONE', value: '' },
  { anchor: null, sentence: 'The army sent 2,000 troops to the border.', text: '2,000 troops', type: 'NONE', value: '' },
  { anchor: null, sentence: 'He told the 60 Minutes program that he would run.', text: 'the 60 Minutes program', type: 'NONE', value: '' },
  { anchor: null, sentence: 'Police found a 6-year-old boy in the rubble.', text: 'a 6-year-old boy', type: 'NONE', value: '' },
  { anchor: null, sentence: 'The 33-year-old minister resigned.', text: '33-year-old', type: 'NONE', value: '' },
  { anchor: null, sentence: 'The arrests were reported by the Communist Party daily Granma.', text: 'the Communist Party daily Granma', type: 'NONE', value: '' },
  { anchor: null, sentence: 'The ship carried 1500 passengers.', text: '1500 passengers', type: 'NONE', value: '' },
  { anchor: null, sentence: 'He scored 2010 points in the season.', text: '2010 points', type: 'NONE', value: '' },
  { anchor: null, sentence: 'Protesters may march on the capital.', text: 'may march', type: 'NONE', value: '' },
  { anchor: null, sentence: 'He tried a second time.', text: 'a second time', type: 'NONE', value: '' },

  // ── More relative and referential expressions ───────────────────────────────────────────────────────
  { anchor: A, sentence: 'The office was raided a week ago.', text: 'a week ago', type: 'DATE', value: '2025-W39' },
  { anchor: B, sentence: 'The ministers met last Thursday.', text: 'last Thursday', type: 'DATE', value: '2025-11-20' },
  { anchor: B, sentence: 'The ministers will meet next Thursday.', text: 'next Thursday', type: 'DATE', value: '2025-12-04' },
  { anchor: A, sentence: 'Thursday’s vote was postponed.', text: 'Thursday', type: 'DATE', value: '2025-09-25' },
  { anchor: A, sentence: 'The strike began on Oct. 1 at dawn.', text: 'Oct. 1', type: 'DATE', value: '2025-10-01' },
  { anchor: A, sentence: 'The talks are set to resume on 2 October.', text: '2 October', type: 'DATE', value: '2025-10-02' },
  { anchor: A, sentence: 'The minister resigned the day before yesterday.', text: 'the day before yesterday', type: 'DATE', value: '2025-09-29' },
  { anchor: null, sentence: 'The bill passed on March 3, 2025, and was signed the same day.', text: 'the same day', type: 'DATE', value: '2025-03-03' },
  { anchor: A, sentence: 'The war began in 2014; that year, exports fell.', text: 'that year', type: 'DATE', value: '2014' },
  { anchor: A, sentence: 'Output rose in 2019 after falling the previous year.', text: 'the previous year', type: 'DATE', value: '2018' },
  { anchor: null, sentence: 'The plant opened in 2019 and closed the following year.', text: 'the following year', type: 'DATE', value: '2020' },
  { anchor: null, sentence: 'The ceasefire began in March 2022 and collapsed a month later.', text: 'a month later', type: 'DATE', value: '2022-04' },
  { anchor: A, sentence: 'Profits fell last quarter.', text: 'last quarter', type: 'DATE', value: '2025-Q3' },
  { anchor: A, sentence: 'Profits should recover next quarter.', text: 'next quarter', type: 'DATE', value: '2026-Q1' },
  { anchor: A, sentence: 'Sales are strong this quarter.', text: 'this quarter', type: 'DATE', value: '2025-Q4' },
  { anchor: A, sentence: 'Exports fell in the third quarter of last year.', text: 'the third quarter of last year', type: 'DATE', value: '2024-Q3' },
  { anchor: A, sentence: 'The company reported first-half profit on Monday.', text: 'first-half', type: 'DATE', value: '2025-H1' },
  { anchor: A, sentence: 'The new line will open this fall.', text: 'this fall', type: 'DATE', value: '2025-FA' },
  { anchor: null, sentence: 'Gas prices spiked in winter 2024.', text: 'winter 2024', type: 'DATE', value: '2024-WI' },
  { anchor: null, sentence: 'The company traded at a loss in Dec 2025.', text: 'Dec 2025', type: 'DATE', value: '2025-12' },
  { anchor: null, sentence: 'The sanctions stay in place until 2027.', text: '2027', type: 'DATE', value: '2027' },
  { anchor: null, sentence: 'The 2008 financial crisis hit the region hard.', text: '2008', type: 'DATE', value: '2008' },
  { anchor: null, sentence: 'The Jan. 6 riot shocked the country.', text: 'Jan. 6', type: 'DATE', value: 'XXXX-01-06' },
  { anchor: null, sentence: 'Inflation has been high since the 1970s.', text: 'the 1970s', type: 'DATE', value: '197X' },
  { anchor: null, sentence: 'The industry boomed in the late 1990s.', text: 'the late 1990s', type: 'DATE', value: '199X', mod: 'END' },
  { anchor: null, sentence: 'The city grew fast in the mid-1990s.', text: 'the mid-1990s', type: 'DATE', value: '199X', mod: 'MID' },

  // ── More durations and sets ─────────────────────────────────────────────────────────────────────────
  { anchor: null, sentence: 'The feud has lasted two decades.', text: 'two decades', type: 'DURATION', value: 'P20Y' },
  { anchor: null, sentence: 'The crowd waited for an hour.', text: 'an hour', type: 'DURATION', value: 'PT1H' },
  { anchor: null, sentence: 'The speech lasted half an hour.', text: 'half an hour', type: 'DURATION', value: 'PT30M' },
  { anchor: null, sentence: 'Unions called a 24-hour strike.', text: '24-hour', type: 'DURATION', value: 'PT24H' },
  { anchor: null, sentence: 'The parties signed a ten-year agreement.', text: 'ten-year', type: 'DURATION', value: 'P10Y' },
  { anchor: A, sentence: 'Prices fell over the past week.', text: 'the past week', type: 'DURATION', value: 'P1W' },
  { anchor: null, sentence: 'Rescuers searched for hours.', text: 'hours', type: 'DURATION', value: 'PTXH' },
  { anchor: null, sentence: 'The summit is held every two years.', text: 'every two years', type: 'SET', value: 'P2Y' },
  { anchor: null, sentence: 'Ferries sail three times a week.', text: 'three times a week', type: 'SET', value: 'P1W' },

  // ── More words that are not times ───────────────────────────────────────────────────────────────────
  { anchor: null, sentence: 'The court struck down a 20-year-old law.', text: '20-year-old', type: 'NONE', value: '' },
  { anchor: null, sentence: 'Theresa May met the ministers.', text: 'May', type: 'NONE', value: '' },
  { anchor: null, sentence: 'The Sunday Times reported the leak.', text: 'Sunday Times', type: 'NONE', value: '' },
  { anchor: null, sentence: 'The convoy drove 1,500 km to the front.', text: '1,500 km', type: 'NONE', value: '' },
];
