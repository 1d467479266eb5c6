import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { articleTokens } from '../../server/src/analysis/entities/recognizer';
import { documentEvidence, LABELS, sentenceFeatures, tagFeatures, type TaggerToken } from '../../server/src/analysis/entities/tagger/features';
import { TaggerModel, WeightTable, parseWeights, tagSentence, tagSentenceRemembered } from '../../server/src/analysis/entities/tagger/perceptron';
import { SeenOnce } from '../../server/src/analysis/memo';
import { clusterOf, UNCLUSTERED } from '../../server/src/analysis/entities/tagger/wordClusters';

// The decoder sums the weights of each word's features once per word and role; training sees them as one
// flat list per token. Both must give every token the same scores.

const root = path.join(__dirname, '..', '..', '..');
const weightsText = JSON.parse(fs.readFileSync(path.join(root, 'server', 'data', 'ner-weights.json'), 'utf8')) as string;
const model = new TaggerModel(new WeightTable(parseWeights(weightsText)));

function sentencesOf(text: string): TaggerToken[][] {
  const sentences: TaggerToken[][] = [];
  for (const t of articleTokens(text, [])) {
    if (t.sentenceStart || sentences.length === 0) sentences.push([]);
    const sentence = sentences[sentences.length - 1];
    sentence.push({ text: t.text });
  }
  return sentences;
}

/** Every token scored from training's flat feature lists, greedily, as the decoder does. */
function labelsFromFlatFeatures(tokens: TaggerToken[], evidence: ReturnType<typeof documentEvidence>): string[] {
  const base = sentenceFeatures(tokens, evidence);
  const labels: string[] = [];
  const scores = new Float64Array(LABELS.length);
  for (let i = 0; i < tokens.length; i++) {
    scores.fill(0);
    const previous = labels[i - 1] ?? '<s>';
    model.table.addInto([...base[i], ...tagFeatures(previous, labels[i - 2] ?? '<s>', tokens[i].text)], scores);
    let best = -1;
    for (let k = 0; k < LABELS.length; k++) {
      const continues = !LABELS[k].startsWith('I-') || previous.slice(2) === LABELS[k].slice(2);
      if (continues && (best < 0 || scores[k] > scores[best])) best = k;
    }
    labels.push(LABELS[best]);
  }
  return labels;
}

describe('tagger: decoding and training see the same features', () => {
  const texts = fs.readdirSync(path.join(root, 'samples')).filter((f) => !f.endsWith('.md')).map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8'));
  test(`the same labels over the ${texts.length} sample articles`, () => {
    let names = 0;
    for (const text of texts) {
      const sentences = sentencesOf(text);
      const evidence = documentEvidence(sentences);
      for (const s of sentences) {
        const decoded = tagSentence(model, s, evidence);
        // The decoder leaves lower-case words outside names unscored; the flat reference scores them all.
        const reference = labelsFromFlatFeatures(s, evidence);
        assert.deepEqual(decoded, reference, s.map((t) => t.text).join(' '));
        names += decoded.filter((l) => l.startsWith('B-')).length;
      }
    }
    assert.ok(names > 50, `names are found (${names})`);
  });
});

test('the weight table read in one pass holds exactly the weights parseWeights reads', () => {
  const weights = parseWeights(weightsText);
  const fast = WeightTable.fromText(weightsText);
  const expected = new Float64Array(LABELS.length);
  const actual = new Float64Array(LABELS.length);
  let compared = 0;
  for (const [feature, w] of weights) {
    expected.set(w);
    actual.fill(0);
    fast.addInto([feature], actual);
    assert.deepEqual(actual, expected, `feature ${feature.toString(36)}`);
    compared++;
  }
  assert.equal(compared, weights.size);
  assert.ok(compared > 10000, `${compared} features`);
});

test('the weight table keeps feature 0 (its empty mark) and finds nothing for absent features', () => {
  const table = new WeightTable(new Map([
    [0, Float32Array.from(LABELS, (_, k) => k + 1)],
    [4096, Float32Array.from(LABELS, () => -2)],
  ]));
  const scores = new Float64Array(LABELS.length);
  table.addInto([0, 4096, 8192, 7], scores);
  assert.deepEqual([...scores], LABELS.map((_, k) => k + 1 - 2));
});

test('a model that forgets words between sentences tags as one that remembers them all', () => {
  const forgetful = new TaggerModel(new WeightTable(parseWeights(weightsText)), 20);
  const texts = fs.readdirSync(path.join(root, 'samples')).filter((f) => !f.endsWith('.md')).map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8'));
  for (const text of texts) {
    const sentences = sentencesOf(text);
    const evidence = documentEvidence(sentences);
    for (const s of sentences) assert.deepEqual(tagSentence(forgetful, s, evidence), tagSentence(model, s, evidence), s.map((t) => t.text).join(' '));
  }
});

test('a sentence tagged from memory, on its third coming, has the labels a fresh tagging gives', () => {
  const text = fs.readFileSync(path.join(root, 'samples', fs.readdirSync(path.join(root, 'samples')).filter((f) => !f.endsWith('.md'))[0]), 'utf8');
  const sentences = sentencesOf(text);
  const evidence = documentEvidence(sentences);
  for (let coming = 1; coming <= 3; coming++) {
    for (const s of sentences) assert.deepEqual(tagSentenceRemembered(model, s, evidence), tagSentence(model, s, evidence), `coming ${coming}: ${s.map((t) => t.text).join(' ')}`);
  }
  // The same words with other evidence (here: the document writes its capitalised words in lower case too)
  // are another sentence to the memory.
  const lowered = documentEvidence([...sentences, ...sentences.map((s) => s.map((t) => ({ text: t.text.toLowerCase() })))]);
  for (const s of sentences) assert.deepEqual(tagSentenceRemembered(model, s, lowered), tagSentence(model, s, lowered), s.map((t) => t.text).join(' '));
});

test('SeenOnce tells a second coming from a first, and starts afresh past its capacity', () => {
  const seen = new SeenOnce(2);
  assert.deepEqual([seen.again(1), seen.again(1), seen.again(2), seen.again(1)], [false, true, false, true]);
  // Full: a new fingerprint clears what it held.
  assert.deepEqual([seen.again(3), seen.again(1), seen.again(3)], [false, false, true]);
});

test('word clusters group names of one kind and leave unknown words out', () => {
  // Russian given names share a fine group; a place and a given name do not; a made-up word has none.
  const fine = (w: string) => clusterOf(w).fine;
  assert.equal(fine('sergei'), fine('vladimir'));
  assert.notEqual(fine('sergei'), fine('moscow'));
  assert.deepEqual(clusterOf('zqxwvj'), UNCLUSTERED);
});
