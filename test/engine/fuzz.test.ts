import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { corpusFindings, findConflicts } from '../../server/src/analysis/corpus/conflicts';
import { prng } from '../support/prng';

// A bounded fuzz run with a fixed seed: random articles made of the pieces that trouble a reader of news
// (names, titles, dates, numbers, quotes, emoji, right-to-left marks, lone surrogates, long runs). Every
// article must analyse without an exception, and every span must be exact.


const PIECES = [
  'Sergey Lavrov', 'Lavrov', 'Russian Foreign Minister', 'President', 'Putin’s', "Modi's", 'S. Jaishankar', 'the Shanghai Cooperation Organisation (SCO)',
  'India-Russia', 'U.S.', 'New Delhi', 'Moscow,', 'November 27:', 'early December 2025', 'December 5-6', 'last year', 'on Thursday', 'February 30',
  'Monday, March 3, 2026', '2024', '$60 billion', '25%', 'once a year', '33 years', '10:35 a.m.', 'the latter half', 'Q3', 'mid-', 'late',
  'will visit', 'was confirmed', 'said', 'summit', 'visit', 'talks', '“', '”', '‘', '’', '"', '(', ')', '.', ',', ';', ':', '-', '—', '\n', '\n\n', '\r\n',
  '🙂', '🇮🇳', '\u200b', '\u202e', '\u200f', '\ud800', '\udc00', 'ÉÀÏ', 'Jón Einarsson', 'date 2025-10-01', 'Advertisement · Scroll to continue', 'ALSO READ:',
  '0000000000000000', 'AAAAAAAAAAAAAAAA', 'May May May', 'March March', '...', '!!!', '???', 'the the the', 'Mr.', 'Dr.', 'St.',
];

function randomArticle(random: () => number): string {
  const parts: string[] = [];
  const n = 5 + Math.floor(random() * 60);
  for (let i = 0; i < n; i++) {
    parts.push(PIECES[Math.floor(random() * PIECES.length)]);
    parts.push(random() < 0.8 ? ' ' : '');
  }
  return parts.join('');
}

test('300 random articles analyse without an exception, with exact spans, and conflicts between them hold', () => {
  const random = prng(20261122);
  const corpus = new Corpus();
  const texts = new Map<string, string>();
  for (let k = 0; k < 300; k++) {
    const text = randomArticle(random);
    const analysis = analyzeArticle(text);
    for (const m of analysis.mentions) {
      assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `mention span in case ${k}`);
      assert.equal(text.slice(m.start, m.end), m.text, `mention text in case ${k}`);
      assert.ok(analysis.entities[m.entity], `mention entity in case ${k}`);
    }
    for (const t of analysis.times) {
      assert.ok(t.start >= 0 && t.end <= text.length && t.start < t.end, `time span in case ${k}`);
      assert.equal(text.slice(t.start, t.end), t.text, `time text in case ${k}`);
      if (t.range) assert.ok(t.range.start <= t.range.end, `time range in case ${k}`);
    }
    for (const f of analysis.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `finding span in case ${k}`);
    const id = `a${k}`;
    corpus.set(id, analysis);
    texts.set(id, text);
  }
  const conflicts = findConflicts(corpus);
  const findings = corpusFindings(corpus, conflicts, (id) => id);
  for (const [id, list] of findings) {
    const text = texts.get(id)!;
    for (const f of list) {
      assert.ok(f.start >= 0 && f.end <= text.length, `corpus finding span in ${id}`);
      for (const r of f.related) assert.ok(r.end <= texts.get(r.article)!.length, `related span in ${id}`);
    }
  }
  for (const e of corpus.entities()) assert.ok(e.mentionCount > 0 && e.occurrences.length > 0);
});
