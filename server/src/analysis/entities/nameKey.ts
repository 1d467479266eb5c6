import { remembered } from '../memo';

// Spelling-tolerant keys for names, so that transliterations and regional spellings meet:
// "Sergey"/"Sergei", "Organisation"/"Organization", "Jón"/"Jon".

/** A key for one name word; remembered, since names repeat across a corpus. */
export const foldWord = remembered(fold);

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/isation/g, 'ization')
    .replace(/y/g, 'i')
    .replace(/ks/g, 'x')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1');
}

/** A key for a whole name. */
export function foldName(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !/^(the|of|and|&)$/i.test(w))
    .map(foldWord)
    .join(' ');
}

/** True for a one-letter initial, with or without its period. */
export function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word);
}

/** How a name is written, leaving out what is style rather than spelling: letter case and periods ("ST. LOUIS", "St Louis"). */
export function spellingKey(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether two forms of one entity's name differ in spelling ("Sergei"/"Sergey Lavrov", "Organisation"/
 * "Organization", "Glen"/"Glenn Hoddle"): word for word, each differing word close to the other. Not forms
 * that differ in style (case, periods), in an initial ("D. Gough"/"Darren Gough") or in whole words
 * ("Apple Inc."/"Apple Computer"), which are other ways of naming, not misspellings.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  const wordsA = spellingKey(a).split(' ');
  const wordsB = spellingKey(b).split(' ');
  if (wordsA.length !== wordsB.length) return false;
  let differs = false;
  for (let i = 0; i < wordsA.length; i++) {
    const [x, y] = [wordsA[i], wordsB[i]];
    if (x === y) continue;
    if (x.length === 1 || y.length === 1 || !closeSpellings(x, y)) return false;
    differs = true;
  }
  return differs;
}

/** Words a transliteration or a slip apart: the same folded key or consonants, or a few letters' edit. */
function closeSpellings(x: string, y: string): boolean {
  if (foldWord(x) === foldWord(y)) return true;
  const consonants = (w: string) => w.replace(/[aeiouy]/g, '');
  if (consonants(x) === consonants(y) && consonants(x).length >= 2) return true;
  return editDistance(x, y) <= Math.max(1, Math.floor(Math.max(x.length, y.length) / 4));
}

function editDistance(x: string, y: string): number {
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length];
}
