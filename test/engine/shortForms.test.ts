import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { Corpus } from '../../server/src/analysis/corpus/corpus';

// Organisations across articles: a company's short form is the company; a body of an organisation is not it.

function entitiesOf(articles: Record<string, string>) {
  const corpus = new Corpus();
  for (const [id, text] of Object.entries(articles)) corpus.set(id, analyzeArticle(text));
  return corpus.entities().filter((e) => e.type === 'organization');
}

test('"Apple Inc" in one article and "Apple" in another are one company', () => {
  const orgs = entitiesOf({
    a: 'date 2026-03-02\nShares of Apple Inc rose on Monday after the launch in Cupertino.',
    b: 'date 2026-03-03\nAnalysts said Apple would ship the phone in June.',
  });
  const apple = orgs.filter((e) => e.name.startsWith('Apple'));
  assert.equal(apple.length, 1, JSON.stringify(orgs.map((e) => e.name)));
  assert.equal(apple[0].occurrences.length, 2);
});

test('"SCO Council of Heads of Government" is not the SCO', () => {
  const orgs = entitiesOf({
    a: 'date 2026-03-02\nThe Shanghai Cooperation Organisation (SCO) met in Tianjin.',
    b: 'date 2026-03-03\nThe SCO Council of Heads of Government meets in Moscow next week. The SCO has ten members.',
  });
  const sco = orgs.find((e) => e.name === 'Shanghai Cooperation Organisation');
  assert.ok(sco, JSON.stringify(orgs.map((e) => e.name)));
  assert.ok(!sco.aliases.includes('SCO Council of Heads of Government'));
  assert.equal(sco.occurrences.length, 2);
});
