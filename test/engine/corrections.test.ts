import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import type { Corrections } from '../../server/src/analysis/entities/corrections';
import { parseProjectConfig } from '../../server/src/workspace/projectConfig';

// The user's corrections from .article-lens.json: names that are no entity, fixed types, aliases.

const text = 'date 2026-03-02\nThe Strategic Partnership Council met in Oslo. Mikael Strand of Nordfisk spoke.';
const mentions = (c?: Corrections) => analyzeArticle(text, c).mentions.map((m) => `${m.type}:${m.text}`);

describe('corrections', () => {
  test('an ignored name is no mention', () => {
    const before = mentions();
    assert.ok(before.includes('place:Oslo'));
    const after = mentions({ aliases: {}, types: {}, ignoredNames: ['Oslo'] });
    assert.ok(!after.some((m) => m.endsWith(':Oslo')));
    assert.equal(after.length, before.length - 1);
  });

  test('a forced type wins over the recogniser', () => {
    const after = mentions({ aliases: {}, types: { Oslo: 'organization' }, ignoredNames: [] });
    assert.ok(after.includes('organization:Oslo'));
  });

  test('aliases join entities across articles that no rule would join', () => {
    const a = 'date 2026-03-02\nMinister Mikael Strand spoke in Oslo on Monday.';
    const b = 'date 2026-03-03\nMinister Michael Strandberg spoke in Bergen on Tuesday.';
    const corpus = new Corpus();
    corpus.set('a', analyzeArticle(a));
    corpus.set('b', analyzeArticle(b));
    const separate = corpus.entities().filter((e) => e.type === 'person').length;
    corpus.setCorrections({ aliases: { 'Mikael Strand': ['Michael Strandberg'] }, types: {}, ignoredNames: [] });
    const people = corpus.entities().filter((e) => e.type === 'person');
    assert.equal(people.length, separate - 1);
    assert.ok(people.some((e) => e.name === 'Mikael Strand' || e.aliases.includes('Michael Strandberg')));
  });

  test('the project file keeps only well-formed entries', () => {
    const config = parseProjectConfig({ ignoredConflicts: ['k', 3], aliases: { A: ['B', 1] }, types: { X: 'place', Y: 'planet' }, ignoredNames: ['Z'] });
    assert.deepEqual(config, { ignoredConflicts: ['k'], corrections: { aliases: { A: ['B'] }, types: { X: 'place' }, ignoredNames: ['Z'] } });
  });

  test('the JSON schema describes every field the project file reads', () => {
    const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../../schemas/article-lens.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    assert.deepEqual(Object.keys(schema.properties).sort(), ['aliases', 'ignoredConflicts', 'ignoredNames', 'types']);
  });
});

describe('size limit', () => {
  test('a text over the limit is analysed up to it, with an information finding, offsets exact', async () => {
    const { AnalysisCache, analyzeText } = await import('../../server/src/workspace/articleStore');
    const line = 'Officials met in Oslo on Monday.\n';
    const text = 'date 2026-03-02\n' + line.repeat(400);
    const result = analyzeText(text, new AnalysisCache(), 2000);
    assert.ok(result.analysis);
    assert.ok(result.analysis.findings.some((f) => f.code === 'partly-analysed'));
    assert.ok(result.analysis.mentions.length > 0);
    for (const m of result.analysis.mentions) {
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.ok(m.end <= 2000);
    }
    const whole = analyzeText(text, new AnalysisCache());
    assert.ok(!whole.analysis!.findings.some((f) => f.code === 'partly-analysed'));
  });
});
