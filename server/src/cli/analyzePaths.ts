import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../analysis/corpus/corpus';
import { findArticleFiles } from '../workspace/articleFiles';
import { AnalysisCache, readArticle } from '../workspace/articleStore';
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
export async function analyzePaths(paths: readonly string[], settings: ArticleLensSettings = DEFAULT_SETTINGS, onProgress?: (done: number, total: number) => void): Promise<AnalyzedPaths> {
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
  const cache = new AnalysisCache();
  // The first folder's .article-lens.json holds the user's corrections, as in the editor.
  const folder = await firstFolder(paths);
  const { config, error } = folder ? await readProjectConfig(folder) : { config: EMPTY_PROJECT_CONFIG, error: undefined };
  if (error) process.stderr.write(`article-lens: ${error}\n`);
  cache.setCorrections(config.corrections);
  corpus.setCorrections(config.corrections);
  let done = 0;
  for (const { file, reported } of unique) {
    const result = await readArticle(file, cache);
    if (result.analysis) {
      corpus.set(reported, result.analysis);
      texts.set(reported, result.text);
      documents.push({ id: reported, path: reported });
    } else documents.push({ path: reported, error: result.error });
    onProgress?.(++done, unique.length);
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
