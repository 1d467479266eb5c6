import { LABELS, sentenceFeatures, tagFeatures, type DocumentEvidence, type Label, type TaggerToken } from './features';

// A greedy left-to-right averaged perceptron over BIO labels: fast enough for an editor (a few feature
// look-ups per token), accurate enough for news. Weights: feature hash → one weight per label.

export type Weights = Map<number, Float32Array>;

const LABEL_COUNT = LABELS.length;

/** Whether a label may follow another: "I-PER" only continues a person. */
export function allowed(previous: string, label: string): boolean {
  if (!label.startsWith('I-')) return true;
  const type = label.slice(2);
  return previous === `B-${type}` || previous === `I-${type}`;
}

export function scoreInto(weights: Weights, features: readonly number[], scores: Float64Array): void {
  scores.fill(0);
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < LABEL_COUNT; k++) scores[k] += w[k];
  }
}

/** Tags one sentence. */
export function tagSentence(weights: Weights, tokens: readonly TaggerToken[], evidence: DocumentEvidence): Label[] {
  const base = sentenceFeatures(tokens, evidence);
  const labels: Label[] = [];
  const scores = new Float64Array(LABEL_COUNT);
  for (let i = 0; i < tokens.length; i++) {
    const previous = i > 0 ? labels[i - 1] : '<s>';
    const beforePrevious = i > 1 ? labels[i - 2] : '<s>';
    scoreInto(weights, [...base[i], ...tagFeatures(previous, beforePrevious, tokens[i].text)], scores);
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < LABEL_COUNT; k++) {
      if (!allowed(previous, LABELS[k])) continue;
      if (scores[k] > bestScore) {
        bestScore = scores[k];
        best = k;
      }
    }
    labels.push(LABELS[best]);
  }
  return labels;
}

/** Weights as stored in the repository: feature hash (base 36) and the non-zero weights, rounded. */
export function serializeWeights(weights: Weights): string {
  const lines: string[] = [];
  for (const [feature, w] of weights) {
    const parts: string[] = [];
    for (let k = 0; k < LABEL_COUNT; k++) {
      const v = Math.round(w[k] * 1000) / 1000;
      if (v !== 0) parts.push(`${k}:${v}`);
    }
    if (parts.length) lines.push(`${feature.toString(36)} ${parts.join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

export function parseWeights(text: string): Weights {
  const weights: Weights = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [feature, ...parts] = line.split(' ');
    const w = new Float32Array(LABEL_COUNT);
    for (const p of parts) {
      const colon = p.indexOf(':');
      w[+p.slice(0, colon)] = +p.slice(colon + 1);
    }
    weights.set(parseInt(feature, 36), w);
  }
  return weights;
}
