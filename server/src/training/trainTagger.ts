import { readFileSync, writeFileSync } from 'node:fs';
import { tokenize } from '../analysis/text/tokens';
import { documentEvidence, LABELS, sentenceFeatures, tagFeatures, type Label, type TaggerToken } from '../analysis/entities/tagger/features';
import { allowed, serializeWeights, type Weights } from '../analysis/entities/tagger/perceptron';

// `npm run train`: trains the entity tagger on CoNLL-2003 (4-column IOB1 file) with an averaged
// perceptron and writes the weights that the engine loads. Deterministic: the same data gives the same file.
// Training data never ships; only the weights do.

interface Example {
  tokens: TaggerToken[];
  gold: Label[];
}

function readConll(file: string): Example[][] {
  const documents: Example[][] = [];
  let document: Example[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) document.push(toExample(words, tags));
    words = [];
    tags = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (document.length) documents.push(document);
      document = [];
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const parts = line.split(' ');
    words.push(parts[0]);
    tags.push(parts[parts.length - 1]);
  }
  flush();
  if (document.length) documents.push(document);
  return documents;
}

/** CoNLL tokens split the way the engine tokenises text, IOB1 turned into BIO. */
function toExample(words: string[], tags: string[]): Example {
  const tokens: TaggerToken[] = [];
  const gold: Label[] = [];
  let previousType = 'O';
  words.forEach((word, i) => {
    const tag = tags[i];
    const type = tag === 'O' ? 'O' : tag.slice(2);
    const begins = type !== 'O' && (tag.startsWith('B-') || previousType !== type);
    const pieces = tokenize(word).map((t) => t.text);
    pieces.forEach((piece, k) => {
      tokens.push({ text: piece });
      gold.push((type === 'O' ? 'O' : `${begins && k === 0 ? 'B' : 'I'}-${type}`) as Label);
    });
    previousType = type;
  });
  return { tokens, gold };
}

function train(documents: Example[][], epochs: number): Weights {
  const n = LABELS.length;
  const weights = new Map<number, Float64Array>();
  const totals = new Map<number, Float64Array>();
  const stamps = new Map<number, Float64Array>();
  let step = 1;
  const get = (map: Map<number, Float64Array>, f: number) => {
    let v = map.get(f);
    if (!v) map.set(f, (v = new Float64Array(n)));
    return v;
  };
  const update = (f: number, label: number, delta: number) => {
    const w = get(weights, f);
    const total = get(totals, f);
    const stamp = get(stamps, f);
    total[label] += (step - stamp[label]) * w[label];
    stamp[label] = step;
    w[label] += delta;
  };
  // Features of every sentence, computed once.
  const prepared = documents.map((doc) => {
    const evidence = documentEvidence(doc.map((e) => e.tokens));
    return doc.map((e) => ({ ...e, base: sentenceFeatures(e.tokens, evidence) }));
  });
  const sentences = prepared.flat();
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const scores = new Float64Array(n);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = sentences.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [sentences[i], sentences[j]] = [sentences[j], sentences[i]];
    }
    let errors = 0;
    let count = 0;
    for (const s of sentences) {
      const predicted: Label[] = [];
      for (let i = 0; i < s.tokens.length; i++) {
        const previous = i > 0 ? predicted[i - 1] : '<s>';
        const beforePrevious = i > 1 ? predicted[i - 2] : '<s>';
        const features = [...s.base[i], ...tagFeatures(previous, beforePrevious, s.tokens[i].text)];
        scores.fill(0);
        for (const f of features) {
          const w = weights.get(f);
          if (w) for (let k = 0; k < n; k++) scores[k] += w[k];
        }
        let best = 0;
        let bestScore = -Infinity;
        for (let k = 0; k < n; k++) {
          if (!allowed(previous, LABELS[k])) continue;
          if (scores[k] > bestScore) {
            bestScore = scores[k];
            best = k;
          }
        }
        const gold = LABELS.indexOf(s.gold[i]);
        if (best !== gold) {
          errors++;
          // Learn from the gold history, so later tokens see the right previous tags.
          const goldFeatures = [...s.base[i], ...tagFeatures(i > 0 ? s.gold[i - 1] : '<s>', i > 1 ? s.gold[i - 2] : '<s>', s.tokens[i].text)];
          for (const f of goldFeatures) update(f, gold, 1);
          for (const f of features) update(f, best, -1);
        }
        predicted.push(LABELS[best]);
        count++;
        step++;
      }
    }
    process.stderr.write(`epoch ${epoch + 1}: ${((100 * errors) / count).toFixed(2)}% token errors\n`);
  }
  // Average, and drop the weights too small to matter.
  const averaged: Weights = new Map();
  for (const [f, w] of weights) {
    const total = totals.get(f)!;
    const stamp = stamps.get(f)!;
    const avg = new Float32Array(n);
    let keep = false;
    for (let k = 0; k < n; k++) {
      const sum = total[k] + (step - stamp[k]) * w[k];
      avg[k] = sum / step;
      if (Math.abs(avg[k]) >= 0.001) keep = true;
    }
    if (keep) averaged.set(f, avg);
  }
  return averaged;
}

function main() {
  const [input = '../shared/data/conll2003-train.conll', output = 'server/data/ner-weights.json', epochsText = '8'] = process.argv.slice(2);
  const documents = readConll(input);
  process.stderr.write(`training on ${documents.length} documents, ${documents.reduce((n, d) => n + d.length, 0)} sentences\n`);
  const weights = train(documents, parseInt(epochsText, 10));
  // One JSON string: the engine imports it as a module, so loading the weights needs no file access of its own.
  const text = JSON.stringify(serializeWeights(weights));
  writeFileSync(output, text + '\n');
  process.stderr.write(`wrote ${weights.size} features, ${(text.length / 1e6).toFixed(1)} MB to ${output}\n`);
}

main();
