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
  const rows: [number, number, number][] = [];
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const [word, coarse, fine] = text.slice(at, end).split(' ');
    if (word && fine !== undefined) rows.push([hashFeature(word), Number(coarse), Number(fine)]);
    at = end + 1;
  }
  rows.sort((a, b) => a[0] - b[0]);
  table = { hashes: Uint32Array.from(rows, (r) => r[0]), coarse: Uint16Array.from(rows, (r) => r[1]), fine: Uint16Array.from(rows, (r) => r[2]) };
  return table;
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
