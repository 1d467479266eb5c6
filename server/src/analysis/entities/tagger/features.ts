import { isDemonym, isFirstName, isFunctionWord, isLastName, isOrgHead, key, listedType, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon';
import { isTaggerTitleHead } from '../titles';
import { remembered } from '../../memo';
import { hashFeature } from './hash';
import { clusterOfHash } from './wordClusters';

// Features of a token for the sequence tagger: the word, its shape and affixes, its neighbours, word-list
// classes and what the rest of the document says about it. Shared by training and tagging, so both see
// exactly the same features. Features are 32-bit numbers: strings are hashed once per distinct word, and
// combinations are mixed from those numbers, so tagging a token costs integer arithmetic, not strings.

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];

/** A token as the tagger sees it, in a sentence: the first token of a sentence is its start. */
export interface TaggerToken {
  readonly text: string;
}

/** What the whole document says about words, for features no single sentence can give. */
export interface DocumentEvidence {
  /** Lower-cased words that appear in lower case somewhere in the document. */
  lowercase: Set<string>;
  /** Lower-cased words that appear capitalised away from a sentence start. */
  capitalizedInside: Set<string>;
}

/** `lowercase`, when given, is wordsInLowercase of the same tokens (the rule reader asks for it too). */
export function documentEvidence(sentences: readonly (readonly TaggerToken[])[], lowercase = wordsInLowercase(sentences.flat())): DocumentEvidence {
  const capitalizedInside = new Set<string>();
  for (const sentence of sentences) {
    for (let i = 1; i < sentence.length; i++) {
      const text = sentence[i].text;
      if (initialCase(text) === CAPITAL) capitalizedInside.add(lowerCase(text));
    }
  }
  return { lowercase, capitalizedInside };
}

const lowercaseByTokens = new WeakMap<readonly TaggerToken[], Set<string>>();

/**
 * The words a text writes in lower case somewhere (lower-cased, "iPhone" as "iphone"): what a capitalised
 * word is when it is an ordinary word. Made once per token list: both name readers ask for it.
 */
export function wordsInLowercase(tokens: readonly TaggerToken[]): Set<string> {
  let words = lowercaseByTokens.get(tokens);
  if (!words) {
    words = new Set<string>();
    // Lower-cased directly, not through lowerCase's memory: a word that begins in lower case is nearly
    // always lower case throughout, and lower-casing it costs less than the look-up (a fifth less, measured).
    for (const t of tokens) if (initialCase(t.text) === LOWER) words.add(t.text.toLowerCase());
    lowercaseByTokens.set(tokens, words);
  }
  return words;
}

/**
 * A word in lower case, remembered: one string per word, whose hash the evidence sets then find cached
 * (a fresh lower-case copy at every look-up would be hashed anew).
 */
export const lowerCase = remembered((word: string) => word.toLowerCase());

export const LOWER = 1;
export const CAPITAL = 2;

/** Whether a word begins with a lower-case letter (LOWER), a capital (CAPITAL) or neither (0); ASCII by code. */
export function initialCase(word: string): number {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 65 && c <= 90) return CAPITAL;
  if (c < 128) return 0;
  const first = word.charAt(0);
  return first !== first.toUpperCase() ? LOWER : first !== first.toLowerCase() ? CAPITAL : 0;
}

export { hashFeature };

/** Mixes a feature kind with one or two values into one 32-bit feature. */
function mix(kind: number, a: number, b = 0): number {
  let h = Math.imul(kind ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const c of word) {
    const code = c.charCodeAt(0);
    // ASCII by code; other characters by their Unicode class.
    const k =
      code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : code < 128 ? c : /\p{Lu}/u.test(c) ? 'X' : /\p{Ll}/u.test(c) ? 'x' : /\d/.test(c) ? 'd' : c;
    if (k !== last) out += k;
    last = k;
  }
  return out.slice(0, 8);
}

function wordClass(word: string): string {
  const k = key(word).replace(/\.$/, '');
  if (MONTH_NAMES.has(k) || WEEKDAY_NAMES.has(k)) return 'date';
  const known = listedType(word);
  if (known) return known;
  if (isDemonym(word)) return 'demonym';
  if (isFirstName(word)) return 'first';
  if (isLastName(word)) return 'last';
  if (isTaggerTitleHead(word)) return 'title';
  if (isOrgHead(word)) return 'orghead';
  if (isFunctionWord(word)) return 'function';
  return '';
}

/** The hashes of one word's own properties, computed once per distinct word. */
export interface WordHashes {
  lower: number;
  shape: number;
  prefix3: number;
  suffix2: number;
  suffix3: number;
  suffix4: number;
  wordClass: number;
  /** The word's groups in the word clusters (wordClusters), coarse and fine, plus one: 0 for a word outside them. */
  cluster: number;
  clusterFine: number;
  flags: number[];
}

const K = Object.fromEntries(
  ['w', 's', 'p3', 'x2', 'x3', 'x4', 'c', 'w-1', 'w+1', 'w-2', 'w+2', 's-1', 's+1', 'c-1', 'c+1', 'w-1w', 'ww+1', 's-1s', 'ss+1', 'start', 'start-s', 'caps', 'caps-w', 'doc', 't-1', 't-2t-1', 't-1w', 'k', 'kf', 'k-1', 'k+1'].map((name) => [name, hashFeature(name)]),
) as Record<string, number>;

const FLAG = {
  bias: hashFeature('b'),
  docLower: hashFeature('doc-lower'),
  docCapInside: hashFeature('doc-cap-inside'),
  startDocCapInside: hashFeature('start doc-cap-inside'),
  oneChar: hashFeature('one-char'),
  digit: hashFeature('digit'),
  hyphen: hashFeature('hyphen'),
  capsLine: hashFeature('caps-line'),
};
const BOUNDARY_BEFORE = hashFeature('<s>');
const BOUNDARY_AFTER = hashFeature('</s>');

/** The hashes of a word's properties, computed once per distinct word. */
export const hashesOf = remembered((word: string): WordHashes => {
  const l = word.toLowerCase();
  const flags: number[] = [];
  if (word.length === 1) flags.push(FLAG.oneChar);
  if (/\d/.test(word)) flags.push(FLAG.digit);
  if (word.includes('-')) flags.push(FLAG.hyphen);
  const lower = hashFeature(l);
  const cluster = clusterOfHash(lower);
  return {
    lower,
    shape: hashFeature(shape(word)),
    prefix3: hashFeature(l.slice(0, 3)),
    suffix2: hashFeature(l.slice(-2)),
    suffix3: hashFeature(l.slice(-3)),
    suffix4: hashFeature(l.slice(-4)),
    wordClass: hashFeature(wordClass(word)),
    cluster: cluster.coarse + 1,
    clusterFine: cluster.fine + 1,
    flags,
  };
}, 200000);

/** The tag-independent features of every token of a sentence (tag features are added while decoding). */
export function sentenceFeatures(tokens: readonly TaggerToken[], evidence: DocumentEvidence): number[][] {
  const words = sentenceWords(tokens);
  const marks = evidenceMarks(tokens, evidence);
  return tokens.map((_, i) => [
    ...wordFeatures(words.at(i), 'self'),
    ...wordFeatures(words.at(i - 1), 'previous'),
    ...wordFeatures(words.at(i + 1), 'next'),
    ...wordFeatures(words.at(i - 2), 'beforePrevious'),
    ...wordFeatures(words.at(i + 2), 'afterNext'),
    ...positionFeatures(words, i, marks),
  ]);
}

/**
 * Where a word stands from the token being tagged. The features a word gives depend only on the word and
 * its role, so the decoder sums their weights once per distinct word and role.
 */
export type WordRole = 'self' | 'previous' | 'next' | 'beforePrevious' | 'afterNext';
export const WORD_ROLES: readonly WordRole[] = ['self', 'previous', 'next', 'beforePrevious', 'afterNext'];

/** The words of a sentence as the features see them, hashed when first asked for. */
export interface SentenceWords {
  at(i: number): WordHashes;
  /** Every word in capitals: a headline or a sports table's line. */
  readonly allCaps: boolean;
}

export function sentenceWords(tokens: readonly TaggerToken[]): SentenceWords {
  const known: WordHashes[] = [];
  let allCaps: boolean | undefined;
  return {
    at: (i) => (i < 0 ? SENTENCE_BEFORE : i >= tokens.length ? SENTENCE_AFTER : (known[i] ??= hashesOf(tokens[i].text))),
    get allCaps() {
      return (allCaps ??= tokens.length > 1 && tokens.every((t) => !/\p{L}/u.test(t.text) || t.text === t.text.toUpperCase()));
    },
  };
}

// The edges of a sentence stand in for missing neighbours.
const boundary = (h: number): WordHashes => ({ lower: h, shape: h, prefix3: h, suffix2: h, suffix3: h, suffix4: h, wordClass: h, cluster: h, clusterFine: h, flags: [] });
export const SENTENCE_BEFORE = boundary(BOUNDARY_BEFORE);
export const SENTENCE_AFTER = boundary(BOUNDARY_AFTER);

/** The features a word gives the token it stands in `role` to. */
export function wordFeatures(w: WordHashes, role: WordRole): number[] {
  switch (role) {
    case 'self':
      return [FLAG.bias, mix(K.w, w.lower), mix(K.s, w.shape), mix(K.p3, w.prefix3), mix(K.x2, w.suffix2), mix(K.x3, w.suffix3), mix(K.x4, w.suffix4), mix(K.c, w.wordClass), mix(K.k, w.cluster), mix(K.kf, w.clusterFine), ...w.flags];
    case 'previous':
      return [mix(K['w-1'], w.lower), mix(K['s-1'], w.shape), mix(K['c-1'], w.wordClass), mix(K['k-1'], w.clusterFine)];
    case 'next':
      return [mix(K['w+1'], w.lower), mix(K['s+1'], w.shape), mix(K['c+1'], w.wordClass), mix(K['k+1'], w.clusterFine)];
    case 'beforePrevious':
      return [mix(K['w-2'], w.lower)];
    case 'afterNext':
      return [mix(K['w+2'], w.lower)];
  }
}

/** What a token is in its sentence and document, as bits (evidenceMarks). */
const MARK_SENTENCE_START = 1;
/** A capitalised word the document also writes in lower case. */
const MARK_DOC_LOWER = 2;
/** A capitalised word the document also capitalises away from a sentence's start. */
const MARK_CAPITALIZED_INSIDE = 4;
const MARK_CAPITALIZED = 8;

/** Per token of a sentence, its marks: the evidence features read once per token, and part of a sentence's key. */
export function evidenceMarks(tokens: readonly TaggerToken[], evidence: DocumentEvidence): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    let mark = i === 0 ? MARK_SENTENCE_START : 0;
    if (initialCase(text) === CAPITAL) {
      const lower = lowerCase(text);
      mark |= MARK_CAPITALIZED | (evidence.lowercase.has(lower) ? MARK_DOC_LOWER : 0) | (evidence.capitalizedInside.has(lower) ? MARK_CAPITALIZED_INSIDE : 0);
    }
    marks[i] = mark;
  }
  return marks;
}

/**
 * The features of a token that depend on its neighbours together, its place and the document, written into
 * `out` from its start; returns how many (the decoder reuses one buffer for every token).
 */
export function positionFeaturesInto(out: Uint32Array, words: SentenceWords, i: number, marks: Uint8Array): number {
  const w = words.at(i);
  const previous = words.at(i - 1);
  const next = words.at(i + 1);
  let n = 0;
  out[n++] = mix(K['w-1w'], previous.lower, w.lower);
  out[n++] = mix(K['ww+1'], w.lower, next.lower);
  out[n++] = mix(K['s-1s'], previous.shape, w.shape);
  out[n++] = mix(K['ss+1'], w.shape, next.shape);
  if (i === 0) {
    out[n++] = K.start;
    out[n++] = mix(K['start-s'], w.shape);
  }
  if (words.allCaps) {
    out[n++] = FLAG.capsLine;
    out[n++] = mix(K['caps-w'], w.lower);
  }
  const mark = marks[i];
  if (mark & MARK_DOC_LOWER) out[n++] = FLAG.docLower;
  if (mark & MARK_CAPITALIZED_INSIDE) out[n++] = i === 0 ? FLAG.startDocCapInside : FLAG.docCapInside;
  return n;
}

/** The most features positionFeaturesInto writes. */
export const MAX_POSITION_FEATURES = 10;

/** positionFeaturesInto as a list, for training. */
export function positionFeatures(words: SentenceWords, i: number, marks: Uint8Array): number[] {
  const out = new Uint32Array(MAX_POSITION_FEATURES);
  return Array.from(out.subarray(0, positionFeaturesInto(out, words, i, marks)));
}

const LABEL_HASHES = new Map<string, number>([...LABELS, '<s>'].map((l) => [l, hashFeature(l)]));

/** Features that depend on the previous tags. */
export function tagFeatures(previous: string, beforePrevious: string, word: string): [number, number, number] {
  return [...tagHistoryFeatures(previous, beforePrevious), tagWordFeature(previous, word)];
}

/** The features of the two previous tags alone (the decoder sums their weights once per pair of tags). */
export function tagHistoryFeatures(previous: string, beforePrevious: string): [number, number] {
  const p = LABEL_HASHES.get(previous)!;
  return [mix(K['t-1'], p), mix(K['t-2t-1'], LABEL_HASHES.get(beforePrevious)!, p)];
}

/** The feature of the previous tag and the word. */
export function tagWordFeature(previous: string, word: string): number {
  return mix(K['t-1w'], LABEL_HASHES.get(previous)!, hashesOf(word).lower);
}
