import { isDemonym, isFirstName, isFunctionWord, isLastName, isOrgHead, key, knownType, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon';
import { isTitleHead } from '../titles';

// Features of a token for the sequence tagger: the word, its shape and affixes, its neighbours, word-list
// classes and what the rest of the document says about it. Shared by training and tagging, so both see
// exactly the same features. Features are hashed to 32-bit numbers.

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];

export interface TaggerToken {
  text: string;
  /** The first word of its sentence. */
  sentenceStart: boolean;
}

/** What the whole document says about words, for features no single sentence can give. */
export interface DocumentEvidence {
  /** Lower-cased words that appear in lower case somewhere in the document. */
  lowercase: Set<string>;
  /** Lower-cased words that appear capitalised away from a sentence start. */
  capitalizedInside: Set<string>;
}

export function documentEvidence(sentences: readonly (readonly TaggerToken[])[]): DocumentEvidence {
  const lowercase = new Set<string>();
  const capitalizedInside = new Set<string>();
  for (const sentence of sentences) {
    for (const t of sentence) {
      const first = t.text.charAt(0);
      if (first !== first.toUpperCase()) lowercase.add(t.text.toLowerCase());
      else if (!t.sentenceStart && first !== first.toLowerCase()) capitalizedInside.add(t.text.toLowerCase());
    }
  }
  return { lowercase, capitalizedInside };
}

export function hashFeature(s: string): number {
  // FNV-1a, 32 bits.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const c of word) {
    const k = /\p{Lu}/u.test(c) ? 'X' : /\p{Ll}/u.test(c) ? 'x' : /\d/.test(c) ? 'd' : c;
    if (k !== last) out += k;
    last = k;
  }
  return out.slice(0, 8);
}

function wordClass(word: string): string {
  const k = key(word).replace(/\.$/, '');
  if (MONTH_NAMES.has(k) || WEEKDAY_NAMES.has(k)) return 'date';
  const known = knownType(word);
  if (known) return known;
  if (isDemonym(word)) return 'demonym';
  if (isFirstName(word)) return 'first';
  if (isLastName(word)) return 'last';
  if (isTitleHead(word)) return 'title';
  if (isOrgHead(word)) return 'orghead';
  if (isFunctionWord(word)) return 'function';
  return '';
}

/** The tag-independent features of every token of a sentence (tag features are added while decoding). */
export function sentenceFeatures(tokens: readonly TaggerToken[], evidence: DocumentEvidence): number[][] {
  const words = tokens.map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const classes = words.map(wordClass);
  const allCaps = words.filter((w) => /\p{L}/u.test(w)).every((w) => w === w.toUpperCase()) && words.length > 1;
  const at = (list: string[], i: number) => (i < 0 ? '<s>' : i >= list.length ? '</s>' : list[i]);
  return tokens.map((t, i) => {
    const w = words[i];
    const l = lower[i];
    const f: string[] = [
      'b',
      `w=${l}`,
      `s=${shapes[i]}`,
      `p3=${l.slice(0, 3)}`,
      `x2=${l.slice(-2)}`,
      `x3=${l.slice(-3)}`,
      `x4=${l.slice(-4)}`,
      `c=${classes[i]}`,
      `w-1=${at(lower, i - 1)}`,
      `w+1=${at(lower, i + 1)}`,
      `w-2=${at(lower, i - 2)}`,
      `w+2=${at(lower, i + 2)}`,
      `s-1=${at(shapes, i - 1)}`,
      `s+1=${at(shapes, i + 1)}`,
      `c-1=${at(classes, i - 1)}`,
      `c+1=${at(classes, i + 1)}`,
      `w-1w=${at(lower, i - 1)}|${l}`,
      `ww+1=${l}|${at(lower, i + 1)}`,
      `s-1s=${at(shapes, i - 1)}|${shapes[i]}`,
      `ss+1=${shapes[i]}|${at(shapes, i + 1)}`,
    ];
    if (t.sentenceStart) f.push('start', `start s=${shapes[i]}`);
    if (allCaps) f.push('caps-line', `caps-line w=${l}`);
    const capitalized = /^\p{Lu}/u.test(w);
    if (capitalized) {
      if (evidence.lowercase.has(l)) f.push('doc-lower');
      if (evidence.capitalizedInside.has(l)) f.push('doc-cap-inside');
      if (t.sentenceStart && evidence.capitalizedInside.has(l)) f.push('start doc-cap-inside');
    }
    if (w.length === 1) f.push('one-char');
    if (/\d/.test(w)) f.push('digit');
    if (w.includes('-')) f.push('hyphen');
    return f.map(hashFeature);
  });
}

/** Features that depend on the previous tags. */
export function tagFeatures(previous: string, beforePrevious: string, word: string): number[] {
  return [hashFeature(`t-1=${previous}`), hashFeature(`t-2t-1=${beforePrevious}|${previous}`), hashFeature(`t-1w=${previous}|${word.toLowerCase()}`)];
}
