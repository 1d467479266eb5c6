import clustersText from '../../../../data/word-clusters.json';
import { hashFeature } from './hash';

// Word clusters: the 100,000 commonest words of English news and encyclopaedia text, grouped twice (256 and
// 1,024 groups) by how alike their contexts are (k-means over GloVe vectors; `npm run clusters` rebuilds
// the file). A name the training data never saw still falls in a group with names it did see ("Lavrov" with
// "Sergei", "Primakov" and "Kozyrev"), which is what lets the tagger type unseen names.

/** A word's two groups, coarse and fine; UNCLUSTERED for a word outside the list. */
export interface WordCluster {
  coarse: number;
  fine: number;
}

export const UNCLUSTERED: WordCluster = { coarse: -1, fine: -1 };

interface ClusterTable {
  /** FNV hashes of the words, ascending. */
  hashes: Uint32Array;
  coarse: Uint16Array;
  fine: Uint16Array;
}

let table: ClusterTable | undefined;

/**
 * The table, read on first use: the words' hashes in one sorted array beside their groups, a tenth of the
 * memory of a Map of 100,000 strings (a collision of two 32-bit hashes only lends a word another's group).
 */
function clusterTable(): ClusterTable {
  if (table) return table;
  const text = clustersText as string;
  // Read by hand, into typed arrays: every analysis thread reads the file at start-up, and splitting
  // 100,000 lines into arrays took four times as long.
  const hashes: number[] = [];
  const coarse: number[] = [];
  const fine: number[] = [];
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', at);
    const secondSpace = space < 0 || space > end ? -1 : text.indexOf(' ', space + 1);
    if (space > at && secondSpace > space && secondSpace < end) {
      hashes.push(hashFeature(text.slice(at, space)));
      coarse.push(readNumber(text, space + 1, secondSpace));
      fine.push(readNumber(text, secondSpace + 1, end));
    }
    at = end + 1;
  }
  if (hashes.length >= ROWS_LIMIT) throw new Error(`word-clusters.json holds ${hashes.length} words, more than the ${ROWS_LIMIT} its table sorts`);
  // Sorted by hash, through keys that carry each row's index below the hash (both fit a double exactly).
  const keys = Float64Array.from(hashes, (h, row) => h * ROWS_LIMIT + row).sort();
  const sorted: ClusterTable = { hashes: new Uint32Array(keys.length), coarse: new Uint16Array(keys.length), fine: new Uint16Array(keys.length) };
  keys.forEach((key, i) => {
    const row = key % ROWS_LIMIT;
    sorted.hashes[i] = hashes[row];
    sorted.coarse[i] = coarse[row];
    sorted.fine[i] = fine[row];
  });
  return (table = sorted);
}

/** A bound on the rows, below which a row's index fits beside its hash in a sort key. */
const ROWS_LIMIT = 2 ** 20;

function readNumber(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** The groups of a lower-case word. */
export function clusterOf(lowerWord: string): WordCluster {
  return clusterOfHash(hashFeature(lowerWord));
}

/** The groups of a lower-case word given by its hash (hashFeature), which the tagger has already made. */
export function clusterOfHash(h: number): WordCluster {
  const { hashes, coarse, fine } = clusterTable();
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (hashes[mid] < h) lo = mid + 1;
    else if (hashes[mid] > h) hi = mid - 1;
    else return { coarse: coarse[mid], fine: fine[mid] };
  }
  return UNCLUSTERED;
}
