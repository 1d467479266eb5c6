import type { ArticleAnalysis } from '../analysis/types';

// Analyses travel and rest serialised: a worker sends its analysis as bytes, the cache file holds bytes,
// and an analysis becomes objects only when one of its fields is first read. An index of 10,000 articles
// then starts without building 10,000 object graphs, and writing the cache copies bytes it already has.

/**
 * How the bytes are written: JSON in UTF-8. An analysis is plain data, and JSON reads a third faster than
 * v8's serialisation (1,500 analyses: 85–100 ms against 150–180) and writes a sixth faster, for 12 % more
 * bytes; the index reads every analysis a worker sends to link the workspace. Part of the cache's version.
 */
export const ANALYSIS_FORMAT = 'json-utf8';

const UTF8 = new TextEncoder();

/**
 * An analysis as bytes, in a buffer of their own (Buffer.from puts a small one in a view of its shared 8 KB
 * pool, which a worker could not hand over and which a copy would carry whole).
 */
export function encodeAnalysis(analysis: ArticleAnalysis): Uint8Array {
  return UTF8.encode(JSON.stringify(analysis));
}

/** The analysis `encodeAnalysis` wrote. */
export function decodeAnalysis(bytes: Uint8Array): ArticleAnalysis {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as ArticleAnalysis;
}

const serialisedForms = new WeakMap<ArticleAnalysis, Uint8Array>();

const ANALYSIS_FIELDS = { publication: true, mentions: true, entities: true, times: true, boilerplate: true, claims: true, findings: true } satisfies Record<keyof ArticleAnalysis, true>;

/** An analysis made by `load` when one of its fields is first read. */
export function lazyAnalysis(load: () => ArticleAnalysis): ArticleAnalysis {
  let analysis: ArticleAnalysis | undefined;
  const lazy = {} as ArticleAnalysis;
  for (const field of Object.keys(ANALYSIS_FIELDS) as Array<keyof ArticleAnalysis>) {
    Object.defineProperty(lazy, field, { enumerable: true, get: () => (analysis ??= load())[field] });
  }
  return lazy;
}

/**
 * The analysis in `bytes`, read when first used; `prepare` runs once on it then (the index pools its strings).
 * `keepUntilWritten`: the bytes stay after the read until `releaseSerialised`, for a cache that writes them
 * (a worker's analysis, read by the index at once, would otherwise be serialised a second time to be stored).
 */
export function fromSerialised(bytes: Uint8Array, prepare: (analysis: ArticleAnalysis) => ArticleAnalysis = (a) => a, keepUntilWritten = false): ArticleAnalysis {
  const analysis: ArticleAnalysis = lazyAnalysis(() => {
    // Once read, the analysis no longer holds on to its bytes (a view of a whole cache file, perhaps),
    // unless a cache is to write them.
    if (keepUntilWritten) readForms.add(analysis);
    else serialisedForms.delete(analysis);
    return prepare(decodeAnalysis(bytes));
  });
  serialisedForms.set(analysis, bytes);
  return analysis;
}

/** Analyses read whose bytes are kept until written. */
const readForms = new WeakSet<ArticleAnalysis>();

/** Drops the bytes of an analysis kept until written, once it has been read (unread, they are its source). */
export function releaseSerialised(analysis: ArticleAnalysis): void {
  if (readForms.delete(analysis)) serialisedForms.delete(analysis);
}

/** The bytes of an analysis: those it came from if it was never read, else newly serialised. */
export function serialise(analysis: ArticleAnalysis): Uint8Array {
  return serialisedForms.get(analysis) ?? encodeAnalysis(analysis);
}
