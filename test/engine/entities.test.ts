import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { ENTITY_CASES, type EntityCase } from './cases';
import { checkInvariants, renderEntities, renderMentions } from './check';

/** Analyses `input` and compares every mention (and, when given, every entity) with the case. */
function check(c: EntityCase): void {
  const analysis = analyzeArticle(c.input);
  checkInvariants(c.input, analysis);
  const labelled = c.expect.some((e) => / #\d+$/.test(e));
  if (labelled) assert.ok(c.expect.every((e) => / #\d+$/.test(e)), 'either every expectation is labelled or none is');
  assert.deepEqual(renderMentions(analysis, labelled), c.expect);
  if (c.entities) assert.deepEqual(renderEntities(analysis), c.entities);
}

describe('entities: table', () => {
  for (const c of ENTITY_CASES) test(c.name, () => check(c));
});

describe('entities: details', () => {
  test('a capitalised preposition in a title-case headline ends a name', () => {
    // Only the break is held here: the headline's other capitalised words are a matter for other cases.
    const text = 'Leaders ‘Agree’ on Immediate Ceasefire in Energy and Infrastructure Amid Russia-Ukraine Conflict.';
    const analysis = analyzeArticle(text);
    checkInvariants(text, analysis);
    assert.ok(analysis.mentions.every((m) => !/\bAmid\b/.test(m.text)), analysis.mentions.map((m) => m.text).join(' | '));
    assert.ok(analysis.mentions.some((m) => m.text === 'Russia' && m.type === 'place'));
  });

  test('mention forms: full name, surname, acronym', () => {
    const text = 'The Shanghai Cooperation Organisation (SCO) hosted Sergey Lavrov. Lavrov praised the SCO.';
    const analysis = analyzeArticle(text);
    checkInvariants(text, analysis);
    assert.deepEqual(
      analysis.mentions.map((m) => `${m.text}/${m.form}`),
      ['Shanghai Cooperation Organisation/full', 'SCO/acronym', 'Sergey Lavrov/full', 'Lavrov/short', 'SCO/acronym'],
    );
  });

  test('an article entity lists its forms in order of first appearance and is named by its fullest form', () => {
    const text = 'Lavrov arrived first. Russian Foreign Minister Sergey Lavrov then spoke. Lavrov left.';
    const analysis = analyzeArticle(text);
    checkInvariants(text, analysis);
    assert.equal(analysis.entities.length, 1);
    const [lavrov] = analysis.entities;
    assert.equal(lavrov.name, 'Sergey Lavrov');
    assert.deepEqual(lavrov.forms, ['Lavrov', 'Sergey Lavrov']);
    assert.deepEqual(lavrov.titles, ['Russian Foreign Minister']);
    assert.deepEqual(lavrov.mentions, [0, 1, 2]);
  });

  test('boilerplate lines are reported as whole-line spans and nothing is found in them', () => {
    const lines = ['Ministers met in Oslo on Monday.', 'Advertisement · Scroll to continue', 'ALSO READ: Lavrov Visits Paris On Friday', 'The talks in Bergen ended.'];
    const text = lines.join('\n');
    const analysis = analyzeArticle(text);
    checkInvariants(text, analysis);
    assert.deepEqual(analysis.boilerplate.map((b) => text.slice(b.start, b.end)), [lines[1], lines[2]]);
    assert.ok(!analysis.times.some((t) => t.text === 'Friday'), 'no time expression in an ALSO READ line');
    assert.ok(!analysis.mentions.some((m) => m.text === 'Lavrov' || m.text === 'Paris'), 'no mention in an ALSO READ line');
  });

  test('offsets survive CRLF line endings and characters outside the BMP', () => {
    const text = '🌍 Climate desk\r\nNorway and Iceland met in Reykjavik.\r\nSergey Lavrov was not there; Lavrov sent a note.';
    const analysis = analyzeArticle(text);
    checkInvariants(text, analysis);
    assert.deepEqual(renderMentions(analysis, true), ['place:Norway #1', 'place:Iceland #2', 'place:Reykjavik #3', 'person:Sergey Lavrov #4', 'person:Lavrov #4']);
  });

  test('the header line is never read as a name', () => {
    const text = 'date 2025-10-01 Moreover, Norway agreed.';
    const analysis = analyzeArticle(text);
    checkInvariants(text, analysis);
    assert.deepEqual(renderMentions(analysis, false), ['place:Norway']);
  });
});

test('invisible format characters around a name do not hide it', async () => {
  const { analyzeArticle } = await import('../../server/src/analysis/article/analyzeArticle');
  // Marks between sentences, as text pasted from web pages and chat carries them.
  const text = 'Russian Foreign Minister Sergey Lavrov arrived in Delhi on Monday. \u200B\u202E Lavrov met reporters. \u200F\u2067 Lavrov said talks went well.\n';
  const analysis = analyzeArticle(text);
  const lavrov = analysis.mentions.filter((m) => m.text === 'Lavrov');
  assert.equal(lavrov.length, 2);
  for (const m of lavrov) assert.equal(text.slice(m.start, m.end), 'Lavrov');
  assert.equal(new Set(lavrov.map((m) => m.entity)).size, 1);
});

test('a title-case headline quoted in prose names no organisation made of ordinary words', () => {
  const text = 'Minister S. Jaishankar spoke on Tuesday. ‘Very Productive’: Donald Trump and Vladimir Putin ‘Agree’ on Immediate Ceasefire in Energy. Vladimir Putin Expresses Gratitude to PM Narendra Modi, Donald Trump and Several World Leaders for Their Efforts on Ceasefire.\n';
  const names = analyzeArticle(text).entities.map((e) => e.name);
  assert.ok(names.includes('Donald Trump') && names.includes('Vladimir Putin') && names.includes('Narendra Modi'), names.join(', '));
  assert.ok(!names.some((n) => /Immediate|Several World/.test(n)), names.join(', '));
});
