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
