import {
  hashesOf,
  LABELS,
  evidenceMarks,
  MAX_POSITION_FEATURES,
  positionFeaturesInto,
  SENTENCE_AFTER,
  SENTENCE_BEFORE,
  sentenceWords,
  tagHistoryFeatures,
  tagWordFeature,
  WORD_ROLES,
  wordFeatures,
  type DocumentEvidence,
  type Label,
  type TaggerToken,
  type WordHashes,
} from './features';
import { SeenOnce } from '../../memo';

// A greedy left-to-right averaged perceptron over BIO labels: fast enough for an editor (a few feature
// look-ups per token), accurate enough for news. Weights: feature hash → one weight per label.

export type Weights = Map<number, Float32Array>;

const LABEL_COUNT = LABELS.length;
/** Numbers per slot of the weight table: the feature, then one weight per label. */
const SLOT = LABEL_COUNT + 1;

/**
 * The weights in an open-addressing table in one typed array: each slot holds a feature and its weight per
 * label side by side, so a look-up touches one place in memory (the tagger is bound by memory latency, not
 * arithmetic), where a Map of arrays costs an allocation-heavy hash look-up per feature.
 */
export class WeightTable {
  /** Slot i: keys[i * SLOT] is the feature (0: empty), values[i * SLOT + 1 + label] its weights. */
  private readonly keys: Uint32Array;
  private readonly values: Float32Array;
  private readonly mask: number;
  /** Feature 0 cannot be told from an empty slot: it has the slot after the table, outside the probes. */
  private readonly zeroSlot: number;
  private zeroUsed = false;

  constructor(weights: Weights | number) {
    const size = typeof weights === 'number' ? weights : weights.size;
    let capacity = 1;
    while (capacity < size * 2) capacity <<= 1;
    this.mask = capacity - 1;
    this.zeroSlot = capacity;
    const buffer = new ArrayBuffer((capacity + 1) * SLOT * 4);
    this.keys = new Uint32Array(buffer);
    this.values = new Float32Array(buffer);
    if (typeof weights !== 'number') for (const [feature, w] of weights) this.values.set(w, this.slotFor(feature) * SLOT + 1);
  }

  /** The slot a new feature goes to (features are added once each). */
  private slotFor(feature: number): number {
    if (feature === 0) {
      this.zeroUsed = true;
      return this.zeroSlot;
    }
    let slot = feature & this.mask;
    while (this.keys[slot * SLOT] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot * SLOT] = feature;
    return slot;
  }

  /**
   * The table of weights stored as serializeWeights writes them, read in one pass over the text: at start-up
   * (the server, the CLI and each analysis thread) this is ten times faster than parseWeights and a Map.
   */
  static fromText(text: string): WeightTable {
    let lines = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    const table = new WeightTable(lines + 1);
    let at = 0;
    while (at < text.length) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      if (end > at) {
        // "<feature in base 36> <label>:<weight> …"
        let feature = 0;
        let i = at;
        for (; i < end && text.charCodeAt(i) !== 32; i++) {
          const c = text.charCodeAt(i);
          feature = feature * 36 + (c <= 57 ? c - 48 : c - 87);
        }
        const base = table.slotFor(feature >>> 0) * SLOT + 1;
        while (i < end) {
          i++; // the space
          let label = 0;
          for (; text.charCodeAt(i) !== 58; i++) label = label * 10 + text.charCodeAt(i) - 48;
          i++; // the colon
          const negative = text.charCodeAt(i) === 45;
          if (negative) i++;
          // Digits as one integer, divided once by the power of ten: the same double as parseFloat.
          let digits = 0;
          let scale = 1;
          let fraction = false;
          for (; i < end && text.charCodeAt(i) !== 32; i++) {
            const c = text.charCodeAt(i);
            if (c === 46) fraction = true;
            else {
              digits = digits * 10 + c - 48;
              if (fraction) scale *= 10;
            }
          }
          table.values[base + label] = (negative ? -digits : digits) / scale;
        }
      }
      at = end + 1;
    }
    return table;
  }

  /** Adds the weights of one feature to `scores` (one per label, from `at`). */
  addOne(feature: number, scores: Float64Array | Float32Array, at = 0): void {
    const { keys, values, mask } = this;
    feature >>>= 0;
    if (feature === 0) {
      if (this.zeroUsed) for (let k = 0; k < LABEL_COUNT; k++) scores[at + k] += values[this.zeroSlot * SLOT + 1 + k];
      return;
    }
    for (let slot = feature & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot * SLOT];
      if (key === feature) {
        const base = slot * SLOT + 1;
        for (let k = 0; k < LABEL_COUNT; k++) scores[at + k] += values[base + k];
        return;
      }
      if (key === 0) return;
    }
  }

  /** Adds the weights of the features (the first `count` of them) to `scores` (one per label, from `at`). */
  addInto(features: ArrayLike<number>, scores: Float64Array | Float32Array, at = 0, count = features.length): void {
    for (let f = 0; f < count; f++) this.addOne(features[f], scores, at);
  }

}

/**
 * The weights, with the scores of each distinct word in each of its roles summed once: tagging a token
 * then adds five remembered vectors and looks up only the features of word pairs, place and tags. The
 * vectors sit side by side in one array, a word's found by its offset: one read where a typed array per
 * word costs a chase through its object to its storage.
 */
export class TaggerModel {
  /** Per word: the offset of its scores in `arena` (one per label for each role, in WORD_ROLES order). */
  private readonly offsets = new Map<string, number>();
  arena = new Float32Array(VECTOR * 1024);
  private filled = 0;
  /** The vectors of the edges of a sentence, kept when the words are forgotten. */
  private readonly before: number;
  private readonly after: number;
  private readonly edges: number;

  /** Per pair of previous tags (indexes into LABELS, LABEL_COUNT for the sentence's start): their scores. */
  readonly historyScores: Float32Array;

  constructor(readonly table: WeightTable, private readonly capacity = 50000) {
    this.before = this.scoresOf(SENTENCE_BEFORE);
    this.after = this.scoresOf(SENTENCE_AFTER);
    this.edges = this.filled;
    const tags = [...LABELS, '<s>'];
    this.historyScores = new Float32Array(tags.length * tags.length * LABEL_COUNT);
    tags.forEach((previous, p) => tags.forEach((beforePrevious, pp) => table.addInto(tagHistoryFeatures(previous, beforePrevious), this.historyScores, (p * tags.length + pp) * LABEL_COUNT)));
  }

  /**
   * The offsets in `arena` of a sentence's words' scores, looked up once per token (the edges out of range).
   * Read `arena` after this call: the words are forgotten, when there are too many, only here, between
   * sentences.
   */
  sentenceScores(tokens: readonly TaggerToken[]): (i: number) => number {
    if (this.offsets.size >= this.capacity) {
      this.offsets.clear();
      this.filled = this.edges;
    }
    const known: number[] = [];
    return (i) => (i < 0 ? this.before : i >= tokens.length ? this.after : (known[i] ??= this.offsetOf(tokens[i].text)));
  }

  private offsetOf(word: string): number {
    const known = this.offsets.get(word);
    if (known !== undefined) return known;
    const offset = this.scoresOf(hashesOf(word));
    this.offsets.set(word, offset);
    return offset;
  }

  private scoresOf(word: WordHashes): number {
    if (this.filled + VECTOR > this.arena.length) {
      const grown = new Float32Array(this.arena.length * 2);
      grown.set(this.arena);
      this.arena = grown;
    }
    const offset = this.filled;
    this.filled += VECTOR;
    // The scores are added up in place, over whatever a forgotten word left there.
    this.arena.fill(0, offset, offset + VECTOR);
    WORD_ROLES.forEach((role, r) => this.table.addInto(wordFeatures(word, role), this.arena, offset + r * LABEL_COUNT));
    return offset;
  }
}

/** Scores per word: one per label in each role. */
const VECTOR = WORD_ROLES.length * LABEL_COUNT;

// allowed(previous, label) for every pair, indexed by label number (the start of a sentence is LABEL_COUNT).
const ALLOWED: boolean[][] = [...LABELS, '<s>'].map((previous) => LABELS.map((label) => allowed(previous, label)));

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

const CAPITAL_OR_DIGIT = /[\p{Lu}\p{Lt}\p{N}]/u;

/** A capital letter or a digit anywhere in the word ("iPhone", "G20"); ASCII words are read by code. */
function canBeginName(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (c >= 128) return CAPITAL_OR_DIGIT.test(word);
  }
  return false;
}

interface TaggedSentence {
  words: readonly string[];
  /** Per word: sentence start and what the document says of it (evidenceMarks). */
  marks: Uint8Array;
  labels: readonly Label[];
}

const taggedSentences = new Map<number, TaggedSentence>();
const sentencesSeen = new SeenOnce();

/**
 * Tags one sentence, remembering the result: an edited article is mostly the sentences it had, and a folder
 * holds reprints. A sentence's labels depend only on its words and on what the document says of its
 * capitalised words (the evidence features), so both make the key: a 32-bit hash, the words and marks
 * compared on a hit (a collision only costs a tagging). Kept from a sentence's second coming on (SeenOnce).
 */
export function tagSentenceRemembered(model: TaggerModel, tokens: readonly TaggerToken[], evidence: DocumentEvidence): readonly Label[] {
  const marks = evidenceMarks(tokens, evidence);
  let hash = 0x811c9dc5;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const mark = marks[i];
    // A word's length and outer letters are enough for a hash: a hit is checked word by word.
    const text = t.text;
    const n = text.length;
    hash = Math.imul(hash ^ ((n << 8) | mark), 0x01000193);
    hash = Math.imul(hash ^ text.charCodeAt(0), 0x01000193);
    hash = Math.imul(hash ^ ((text.charCodeAt(n >> 1) << 16) | text.charCodeAt(n - 1)), 0x01000193);
  }
  const known = taggedSentences.get(hash);
  if (known && sameSentence(known, tokens, marks)) return known.labels;
  const labels = tagSentence(model, tokens, evidence, marks);
  if (!sentencesSeen.again(hash)) return labels;
  // Bounded: a workspace of thousands of articles must not grow it without end.
  if (taggedSentences.size > 50000) taggedSentences.clear();
  taggedSentences.set(hash, { words: tokens.map((t) => t.text), marks, labels });
  return labels;
}

function sameSentence(known: TaggedSentence, tokens: readonly TaggerToken[], marks: Uint8Array): boolean {
  if (known.words.length !== tokens.length) return false;
  for (let i = 0; i < tokens.length; i++) if (known.marks[i] !== marks[i] || known.words[i] !== tokens[i].text) return false;
  return true;
}

/** Adds the scores a word gives in one role (its index in WORD_ROLES); `offset`: its vectors in `arena`. */
function addRole(arena: Float32Array, offset: number, role: number, scores: Float64Array): void {
  const base = offset + role * LABEL_COUNT;
  for (let k = 0; k < LABEL_COUNT; k++) scores[k] += arena[base + k];
}

// Scratch space of the decoder, reused for every token.
const POSITION_FEATURES = new Uint32Array(MAX_POSITION_FEATURES);
const SCORES = new Float64Array(LABEL_COUNT);

/** Tags one sentence. */
export function tagSentence(model: TaggerModel, tokens: readonly TaggerToken[], evidence: DocumentEvidence, marks = evidenceMarks(tokens, evidence)): Label[] {
  const words = sentenceWords(tokens);
  const wordScores = model.sentenceScores(tokens);
  const labels: Label[] = [];
  const indexes: number[] = [];
  const scores = SCORES;
  for (let i = 0; i < tokens.length; i++) {
    const previous = i > 0 ? labels[i - 1] : '<s>';
    // Outside a name, a token with neither a capital nor a digit does not begin one: it is not scored.
    if ((previous === 'O' || previous === '<s>') && !canBeginName(tokens[i].text)) {
      labels.push('O');
      indexes.push(0);
      continue;
    }
    scores.fill(0);
    // The same features as training's sentenceFeatures, summed by group.
    const self = wordScores(i);
    const previousWord = wordScores(i - 1);
    const nextWord = wordScores(i + 1);
    const beforePrevious = wordScores(i - 2);
    const afterNext = wordScores(i + 2);
    // Read after the look-ups: a look-up can grow the arena.
    const arena = model.arena;
    addRole(arena, self, 0, scores);
    addRole(arena, previousWord, 1, scores);
    addRole(arena, nextWord, 2, scores);
    addRole(arena, beforePrevious, 3, scores);
    addRole(arena, afterNext, 4, scores);
    model.table.addInto(POSITION_FEATURES, scores, 0, positionFeaturesInto(POSITION_FEATURES, words, i, marks));
    const history = ((i > 0 ? indexes[i - 1] : LABEL_COUNT) * (LABEL_COUNT + 1) + (i > 1 ? indexes[i - 2] : LABEL_COUNT)) * LABEL_COUNT;
    for (let k = 0; k < LABEL_COUNT; k++) scores[k] += model.historyScores[history + k];
    model.table.addOne(tagWordFeature(previous, tokens[i].text), scores);
    const allowedHere = ALLOWED[i > 0 ? indexes[i - 1] : LABEL_COUNT];
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < LABEL_COUNT; k++) {
      if (allowedHere[k] && scores[k] > bestScore) {
        bestScore = scores[k];
        best = k;
      }
    }
    labels.push(LABELS[best]);
    indexes.push(best);
  }
  return labels;
}

/** Weights as stored in the repository: feature hash (base 36) and the non-zero weights, rounded. */
export function serializeWeights(weights: Weights): string {
  const lines: string[] = [];
  // In feature order: training twice on the same data writes the same bytes.
  for (const [feature, w] of [...weights].sort((a, b) => a[0] - b[0])) {
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
