import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { entityFindings, titlesConflict } from '../../server/src/analysis/corpus/entityFindings';
import { isSpellingVariant } from '../../server/src/analysis/entities/nameKey';

// Names across articles: a variant spelling is reported where it is written, pointing at the usual one.

function corpusOf(articles: Record<string, string>): Corpus {
  const corpus = new Corpus();
  for (const [id, text] of Object.entries(articles)) corpus.set(id, analyzeArticle(text));
  return corpus;
}

/** The messages of the findings of one code on a corpus of these articles. */
function findingMessages(code: string, articles: Record<string, string>): string[] {
  return [...entityFindings(corpusOf(articles), (id) => id).values()].flat().filter((f) => f.code === code).map((f) => f.message);
}

/** Two names or titles, and whether `decide` holds of them. */
type Pair = [string, string, boolean];
function checkPairs(rows: readonly Pair[], decide: (a: string, b: string) => boolean): void {
  for (const [a, b, expected] of rows) assert.equal(decide(a, b), expected, `${a} / ${b}`);
}

describe('entity findings', () => {
  const articles = {
    a: 'date 2026-03-02\nForeign Minister Sergey Lavrov arrived in Oslo on Monday. Lavrov met officials.',
    b: 'date 2026-03-03\nRussian Foreign Minister Sergey Lavrov spoke in Bergen. Lavrov was brief.',
    c: 'date 2026-03-04\nForeign Minister Sergei Lavrov left Oslo on Tuesday.',
    d: 'date 2026-03-05\nOfficials said Lavrov did not comment.',
  };

  test('a spelling used by fewer articles is an entity-variant, pointing at the usual one', () => {
    const findings = entityFindings(corpusOf(articles), (id) => id);
    const variants = [...findings.entries()].flatMap(([article, list]) => list.filter((f) => f.code === 'entity-variant').map((f) => ({ article, f })));
    assert.equal(variants.length, 1);
    const [{ article, f }] = variants;
    assert.equal(article, 'c');
    assert.equal(articles.c.slice(f.start, f.end), 'Sergei Lavrov');
    assert.equal(f.data?.replacement, 'Sergey Lavrov');
    assert.ok(['a', 'b'].includes(f.related[0].article));
    assert.equal(articles[f.related[0].article as 'a'].slice(f.related[0].start, f.related[0].end), 'Sergey Lavrov');
  });

  test('a surname that the article never introduces is a hint', () => {
    const findings = entityFindings(corpusOf(articles), (id) => id);
    const hints = (findings.get('d') ?? []).filter((f) => f.code === 'entity-unintroduced');
    assert.equal(hints.length, 1);
    assert.equal(articles.d.slice(hints[0].start, hints[0].end), 'Lavrov');
  });

  test('a surname in a scorers\' line or a headline, or a given name alone, is no unintroduced person', () => {
    const messages = findingMessages('entity-unintroduced', {
      a: 'date 2026-03-02\nJuergen Klinsmann scored twice. Relatives of Elian Gonzalez met in Miami.',
      b: 'date 2026-03-03\nScorers: Klinsmann 23, 67\nBayern won the match in Munich.',
      c: 'date 2026-03-04\nElian stayed with relatives in Miami.',
      d: 'date 2026-03-05\nKLINSMANN OUT\nThe striker was hurt in Munich.',
    });
    assert.deepEqual(messages, []);
  });

  test('incompatible titles from two sources are an entity-role-conflict; compatible ones are not', () => {
    const corpus = corpusOf({
      a: 'date 2026-03-02\nNorwegian Defence Minister Ingrid Halvorsen visited Bergen on Monday.',
      b: 'date 2026-03-03\nFisheries Minister Ingrid Halvorsen spoke in Oslo.',
      c: 'date 2026-03-04\nMinister Ingrid Halvorsen left Oslo on Tuesday.',
    });
    const roles = [...entityFindings(corpus, (id) => id).entries()].flatMap(([article, list]) => list.filter((f) => f.code === 'entity-role-conflict').map((f) => article));
    assert.deepEqual(roles.sort(), ['a', 'b']);
  });

  test('which titles cannot both be one person\'s', () => {
    const rows: Pair[] = [
      ['Defence Minister', 'Fisheries Minister', true],
      ['Foreign Minister', 'Deputy Prime Minister', true],
      ['President', 'Vice President', true],
      ['Minister', 'Defence Minister', false],
      ['Defence Minister', 'Defense Minister', false],
      ['Prime Minister', 'French Premier', false],
      ['Jordanian PM', 'Prime Minister', false],
      ['England manager', 'coach', false],
      ['White House spokesman', 'White House Press Secretary', false],
      ['Archbishop', 'Bishop', false],
      ['Prime Minister', 'Mr.', false],
      ['Palestinian President', 'Palestinian leader', false],
      ['former Israeli prime minister', 'opposition leader', false],
      ['Vice President', 'Defense Secretary', false],
    ];
    checkPairs(rows, titlesConflict);
  });

  test('each finding can be turned off', () => {
    const findings = entityFindings(corpusOf(articles), (id) => id, { variants: false, unintroduced: false, roleConflicts: false });
    assert.equal([...findings.values()].flat().length, 0);
  });

  test('capitals, periods, an initial for a given name and other words are no variant spellings', () => {
    const messages = findingMessages('entity-variant', {
      a: 'date 2026-03-02\nDarren Gough took four wickets at Lord\'s. Traders in St. Louis cheered.',
      b: 'date 2026-03-03\nDarren Gough bowled well. Traders in St. Louis went home.',
      c: 'date 2026-03-04\nD. Gough was rested. ST LOUIS traders said so.',
    });
    assert.deepEqual(messages, []);
  });

  test('which forms of a name are spelling variants', () => {
    const rows: Pair[] = [
      ['Sergei Lavrov', 'Sergey Lavrov', true],
      ['North Atlantic Treaty Organisation', 'North Atlantic Treaty Organization', true],
      ['Glen Hoddle', 'Glenn Hoddle', true],
      ['Mohammed Azharuddin', 'Muhammad Azharuddin', true],
      ['NEW YORK', 'New York', false],
      ['St. Louis', 'ST LOUIS', false],
      ['D. Gough', 'Darren Gough', false],
      ['Apple Inc.', 'Apple Computer', false],
      ['Air France', 'Air Force', false],
      ['Lavrov', 'Sergey Lavrov', false],
    ];
    checkPairs(rows, isSpellingVariant);
  });

  test('one spelling everywhere is no variant', () => {
    const findings = entityFindings(corpusOf({ a: articles.a, b: articles.b }), (id) => id);
    assert.equal([...findings.values()].flat().filter((f) => f.code === 'entity-variant').length, 0);
  });
});
