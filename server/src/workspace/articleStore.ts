import * as fs from 'node:fs';
import { analyzeArticle } from '../analysis/article/analyzeArticle';
import type { ArticleAnalysis, Finding } from '../analysis/types';
import { decodeArticle } from './decode';
import { NO_CORRECTIONS, type Corrections } from '../analysis/entities/corrections';
import type { AnalysisPool } from './analysisPool';
import { contentKey, type PersistentCache } from './persistentCache';
import { StringPool } from './intern';
import { fromSerialised } from './serialisedAnalysis';

// Reading and analysing articles for the server and the CLI alike: results are cached by content (in
// memory, and between sessions when a cache folder is given), so an unchanged article is never analysed
// twice; whole-workspace work runs on the worker pool; a failure in one article is reported on that
// article only.

export type ArticleResult =
  | { text: string; analysis: ArticleAnalysis; key: string; error?: undefined }
  | { text?: undefined; analysis?: undefined; key?: undefined; error: string };

const EMPTY_ANALYSIS: ArticleAnalysis = { publication: { date: null, source: null, yearInferred: false }, mentions: [], entities: [], times: [], boilerplate: [], claims: [], findings: [] };

export interface AnalysisCacheOptions {
  capacity?: number;
  pool?: AnalysisPool;
  persistent?: PersistentCache;
}

export class AnalysisCache {
  private readonly byContent = new Map<string, ArticleAnalysis>();
  private corrections: Corrections = NO_CORRECTIONS;
  private correctionsFingerprint = JSON.stringify(NO_CORRECTIONS);
  private readonly capacity: number;
  /** Set once a workspace turns out large enough for worker threads to pay. */
  pool: AnalysisPool | undefined;
  /** Makes the pool when the first article actually needs analysing: a cached workspace never starts one. */
  poolFactory: (() => AnalysisPool | undefined) | undefined;
  readonly persistent: PersistentCache | undefined;

  constructor(options: AnalysisCacheOptions = {}) {
    this.capacity = options.capacity ?? 5000;
    this.pool = options.pool;
    this.persistent = options.persistent;
  }

  /** New corrections make every cached analysis stale. */
  setCorrections(corrections: Corrections): void {
    this.corrections = corrections;
    this.correctionsFingerprint = JSON.stringify(corrections);
    this.byContent.clear();
  }

  keyOf(text: string): string {
    return contentKey(text, this.correctionsFingerprint);
  }

  /** Analyses on this thread: for the one article being edited, where a round trip to a worker only adds. */
  analyze(text: string): { key: string; analysis: ArticleAnalysis } {
    const key = this.keyOf(text);
    // Not stored between sessions: an edited article's every version would pile up until the next scan.
    const analysis = this.lookUp(key) ?? this.remember(key, text.trim() === '' ? EMPTY_ANALYSIS : analyzeArticle(text, this.corrections), false);
    return { key, analysis };
  }

  /** Analyses on the worker pool when there is one. */
  async analyzeInBackground(text: string): Promise<{ key: string; analysis: ArticleAnalysis }> {
    const key = this.keyOf(text);
    const known = this.lookUp(key);
    if (known) return { key, analysis: known };
    if (text.trim() === '') return this.analyze(text);
    if (!this.pool && this.poolFactory) {
      this.pool = this.poolFactory();
      this.poolFactory = undefined;
    }
    const pooled = (analysis: ArticleAnalysis) => this.strings.internAnalysis(analysis);
    // A cache that writes the analysis keeps the worker's bytes until then.
    const analysis = this.pool ? fromSerialised(await this.pool.analyze(text, this.corrections), pooled, this.persistent !== undefined) : analyzeArticle(text, this.corrections);
    return { key, analysis: this.remember(key, analysis, true) };
  }

  private readonly strings = new StringPool();

  private lookUp(key: string): ArticleAnalysis | undefined {
    const cached = this.byContent.get(key);
    if (cached) {
      // Refresh its place in the eviction order.
      this.byContent.delete(key);
      this.byContent.set(key, cached);
      return cached;
    }
    // Read from disk when first used, its strings pooled then.
    const stored = this.persistent?.get(key, (analysis) => this.strings.internAnalysis(analysis));
    if (stored) this.byContent.set(key, stored);
    return stored;
  }

  private remember(key: string, analysis: ArticleAnalysis, persist: boolean): ArticleAnalysis {
    this.byContent.set(key, analysis);
    if (persist) this.persistent?.set(key, analysis);
    if (this.byContent.size > this.capacity) this.byContent.delete(this.byContent.keys().next().value as string);
    return analysis;
  }
}

/** Characters analysed per article by default: enough for any article, a bound for dumps and logs. */
export const DEFAULT_MAX_CHARS = 2_000_000;

/**
 * A huge file is analysed up to the limit (cut at a line end), and says so; offsets stay exact. `fileBytes`
 * is the size of a file of which only the first part was read.
 */
function limited(text: string, maxChars: number, fileBytes?: number): { analysed: string; note?: Finding } {
  if (text.length <= maxChars) return { analysed: text };
  const cut = Math.max(text.lastIndexOf('\n', maxChars), Math.floor(maxChars * 0.9));
  const whole = fileBytes !== undefined ? `${(fileBytes / 1e6).toFixed(1)} MB` : `${(text.length / 1e6).toFixed(1)} million-character`;
  return {
    analysed: text.slice(0, cut),
    note: {
      start: 0,
      end: 0,
      severity: 'information',
      code: 'partly-analysed',
      message: `Only the first ${(cut / 1e6).toFixed(1)} million characters of this ${whole} file were analysed (articleLens.maxFileSize).`,
      related: [],
    },
  };
}

function failure(err: unknown): ArticleResult {
  return { error: `analysis failed: ${err instanceof Error ? err.message : String(err)}` };
}

function withNote(text: string, { key, analysis }: { key: string; analysis: ArticleAnalysis }, note: Finding | undefined): ArticleResult {
  return { text, key, analysis: note ? { ...analysis, findings: [...analysis.findings, note] } : analysis };
}

export function analyzeText(text: string, cache: AnalysisCache, maxChars = DEFAULT_MAX_CHARS): ArticleResult {
  try {
    const { analysed, note } = limited(text, maxChars);
    return withNote(text, cache.analyze(analysed), note);
  } catch (err) {
    return failure(err);
  }
}

export async function analyzeTextInBackground(text: string, cache: AnalysisCache, maxChars = DEFAULT_MAX_CHARS, fileBytes?: number): Promise<ArticleResult> {
  try {
    const { analysed, note } = limited(text, maxChars, fileBytes);
    return withNote(text, await cache.analyzeInBackground(analysed), note);
  } catch (err) {
    return failure(err);
  }
}

export async function readArticle(file: string, cache: AnalysisCache, maxChars = DEFAULT_MAX_CHARS): Promise<ArticleResult> {
  const read = readArticleBytes(file, maxChars * 4 + 4096);
  if ('error' in read) return read;
  const decoded = decodeArticle(read.bytes);
  if (decoded.error !== undefined) return { error: decoded.error };
  return analyzeTextInBackground(decoded.text, cache, maxChars, read.size > read.bytes.length ? read.size : undefined);
}

/** Opening flags that do not wait for a writer (a named pipe), where the system has them. */
const NON_BLOCKING_READ = fs.constants.O_NONBLOCK !== undefined ? fs.constants.O_RDONLY | fs.constants.O_NONBLOCK : undefined;

/**
 * The first `readLimit` bytes of a file, and its size. No more of a file is read than can be analysed (four
 * bytes per character at most, and a margin to cut at a line end): a 1 GB dump costs no more memory than a
 * 10 MB one. Read synchronously: an article is read in tens of microseconds, where the five promised
 * calls of an asynchronous read cost ten times that (a workspace of 10,000 articles: 0.3 s against 1.5 s);
 * the scan yields to requests between batches of files.
 */
function readArticleBytes(file: string, readLimit: number): { bytes: Uint8Array; size: number } | { error: string } {
  let descriptor: number | undefined;
  try {
    // A named pipe or a device would block or never end: only regular files are read. Opened without
    // blocking (where the system has the flag), a pipe is told by its descriptor, which spares a stat of
    // every file; elsewhere the path is looked at first.
    if (NON_BLOCKING_READ === undefined && !fs.statSync(file).isFile()) return { error: 'not a regular file' };
    descriptor = fs.openSync(file, NON_BLOCKING_READ ?? 'r');
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile()) return { error: 'not a regular file' };
    const size = stat.size;
    const buffer = Buffer.alloc(Math.min(size, readLimit));
    let filled = 0;
    while (filled < buffer.length) {
      const bytesRead = fs.readSync(descriptor, buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: buffer.subarray(0, filled), size };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: `cannot read file${code ? ` (${code})` : ''}` };
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

/** Runs `work` over the items with at most `limit` at a time, in order of the items. */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  });
  await Promise.all(lanes);
}
