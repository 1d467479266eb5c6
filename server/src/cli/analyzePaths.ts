import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../analysis/corpus/corpus';
import type { ArticleAnalysis } from '../analysis/types';
import { findArticleFiles } from '../workspace/articleFiles';
import { AnalysisCache, forEachConcurrently, readArticle } from '../workspace/articleStore';
import { AnalysisPool, FILES_WORTH_A_POOL } from '../workspace/analysisPool';
import { PersistentCache } from '../workspace/persistentCache';
import { GlobFilter } from '../workspace/glob';
import { DEFAULT_SETTINGS, type ArticleLensSettings } from '../workspace/settings';
import { EMPTY_PROJECT_CONFIG, readProjectConfig } from '../workspace/projectConfig';
import type { InputDocument } from './contractJson';

export interface AnalyzedPaths {
  corpus: Corpus;
  documents: InputDocument[];
  /** The text of each analysed article, by corpus id. */
  texts: Map<string, string>;
  /** Conflicts recorded as ignored in .article-lens.json. */
  ignoredConflicts: Set<string>;
}

/**
 * Analyses files and folders as one corpus. A folder contributes its article files (recursively); a file
 * named directly is analysed whatever its extension. Paths are reported as given, joined with the path
 * inside the folder.
 */
export interface AnalyzeOptions {
  /** A folder that keeps analyses between runs (`--cache DIR`). */
  cacheDir?: string;
  /** Worker threads; 0 analyses on the main thread. Default: one per core for more than a few files. */
  jobs?: number;
}

/** Whether a command-line argument is `--cache`/`--jobs` (also as `--cache=DIR`). */
export function isRunOption(arg: string): boolean {
  return /^--(?:cache|jobs)(?:=|$)/.test(arg);
}

/** Reads `--cache DIR` or `--jobs N` at args[i] into options; returns how many extra arguments it used. */
export function readRunOption(args: readonly string[], i: number, options: AnalyzeOptions): number {
  const arg = args[i];
  const inline = arg.includes('=');
  const value = inline ? arg.slice(arg.indexOf('=') + 1) : args[i + 1] ?? '';
  if (arg.startsWith('--cache')) options.cacheDir = value;
  else options.jobs = value === '' ? NaN : Number(value);
  return inline ? 0 : 1;
}

/** Starting workers (each loads the engine's word lists and model) pays for a few megabytes of text, not less. */
async function worthAPool(files: readonly string[]): Promise<boolean> {
  if (files.length < FILES_WORTH_A_POOL) return false;
  let bytes = 0;
  for (const file of files) {
    bytes += await fs.stat(file).then((s) => s.size).catch(() => 0);
    if (bytes >= BYTES_WORTH_A_POOL) return true;
  }
  return false;
}

const BYTES_WORTH_A_POOL = 3_000_000;

export async function analyzePaths(paths: readonly string[], settings: ArticleLensSettings = DEFAULT_SETTINGS, onProgress?: (done: number, total: number) => void, options: AnalyzeOptions = {}): Promise<AnalyzedPaths> {
  const filter = new GlobFilter(settings.include, settings.exclude);
  const files: Array<{ file: string; reported: string }> = [];
  const documents: InputDocument[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch (err) {
      documents.push({ path: given, error: `cannot read file (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    if (stat.isDirectory()) {
      for (const file of await findArticleFiles(given, filter)) files.push({ file, reported: path.join(given, path.relative(given, file)) });
    } else files.push({ file: given, reported: given });
  }
  // A file named twice (directly and through its folder) is one article.
  const seen = new Set<string>();
  const unique = files.filter(({ file }) => {
    const key = path.resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const corpus = new Corpus();
  const texts = new Map<string, string>();
  const pool = options.jobs === 0 || (options.jobs === undefined && !(await worthAPool(unique.map((u) => u.file)))) ? undefined : AnalysisPool.create(options.jobs);
  const persistent = options.cacheDir ? new PersistentCache(options.cacheDir) : undefined;
  await persistent?.load();
  const cache = new AnalysisCache({ pool, persistent });
  // The first folder's .article-lens.json holds the user's corrections, as in the editor.
  const folder = await firstFolder(paths);
  const { config, error } = folder ? await readProjectConfig(folder) : { config: EMPTY_PROJECT_CONFIG, error: undefined };
  if (error) process.stderr.write(`article-lens: ${error}\n`);
  cache.setCorrections(config.corrections);
  corpus.setCorrections(config.corrections);
  let done = 0;
  const results = new Array<Awaited<ReturnType<typeof readArticle>>>(unique.length);
  try {
    // Several files in flight even without workers: reading one overlaps analysing another.
    await forEachConcurrently(unique, pool ? pool.size * 2 : 4, async ({ file }, index) => {
      results[index] = await readArticle(file, cache);
      onProgress?.(++done, unique.length);
    });
  } finally {
    await pool?.dispose();
  }
  const live: Array<[string, ArticleAnalysis]> = [];
  unique.forEach(({ reported }, index) => {
    const result = results[index];
    if (result.analysis) {
      corpus.set(reported, result.analysis);
      texts.set(reported, result.text);
      documents.push({ id: reported, path: reported });
      live.push([result.key, result.analysis]);
    } else documents.push({ path: reported, error: result.error });
  });
  if (persistent) {
    try {
      await persistent.save(live);
    } catch (err) {
      process.stderr.write(`article-lens: cannot write the cache in ${options.cacheDir}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return { corpus, documents, texts, ignoredConflicts: new Set(config.ignoredConflicts) };
}

async function firstFolder(paths: readonly string[]): Promise<string | undefined> {
  for (const p of paths) {
    try {
      if ((await fs.stat(p)).isDirectory()) return p;
    } catch {
      // Reported with the documents.
    }
  }
  return undefined;
}
