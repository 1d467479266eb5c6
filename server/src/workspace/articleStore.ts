import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { analyzeArticle } from '../analysis/article/analyzeArticle';
import type { ArticleAnalysis, Finding } from '../analysis/types';
import { decodeArticle } from './decode';
import { NO_CORRECTIONS, type Corrections } from '../analysis/entities/corrections';

// Reading and analysing articles for the server and the CLI alike: results are cached by content, so an
// unchanged article is never analysed twice, and a failure in one article is reported on that article only.

export type ArticleResult = { text: string; analysis: ArticleAnalysis; error?: undefined } | { text?: undefined; analysis?: undefined; error: string };

const EMPTY_ANALYSIS: ArticleAnalysis = { publication: { date: null, source: null, yearInferred: false }, mentions: [], entities: [], times: [], boilerplate: [], claims: [], findings: [] };

export class AnalysisCache {
  private readonly byContent = new Map<string, ArticleAnalysis>();
  private corrections: Corrections = NO_CORRECTIONS;

  constructor(private readonly capacity = 5000) {}

  /** New corrections make every cached analysis stale. */
  setCorrections(corrections: Corrections): void {
    this.corrections = corrections;
    this.byContent.clear();
  }

  analyze(text: string): ArticleAnalysis {
    const hash = createHash('sha1').update(text).digest('hex');
    const cached = this.byContent.get(hash);
    if (cached) {
      // Refresh its place in the eviction order.
      this.byContent.delete(hash);
      this.byContent.set(hash, cached);
      return cached;
    }
    const analysis = text.trim() === '' ? EMPTY_ANALYSIS : analyzeArticle(text, this.corrections);
    this.byContent.set(hash, analysis);
    if (this.byContent.size > this.capacity) this.byContent.delete(this.byContent.keys().next().value as string);
    return analysis;
  }
}

/** Characters analysed per article by default: enough for any article, a bound for dumps and logs. */
export const DEFAULT_MAX_CHARS = 2_000_000;

export function analyzeText(text: string, cache: AnalysisCache, maxChars = DEFAULT_MAX_CHARS): ArticleResult {
  try {
    if (text.length <= maxChars) return { text, analysis: cache.analyze(text) };
    // A huge file is analysed up to the limit (cut at a line end), and says so; offsets stay exact.
    const cut = Math.max(text.lastIndexOf('\n', maxChars), Math.floor(maxChars * 0.9));
    const analysis = cache.analyze(text.slice(0, cut));
    const note: Finding = {
      start: 0,
      end: 0,
      severity: 'information',
      code: 'partly-analysed',
      message: `Only the first ${(cut / 1e6).toFixed(1)} million characters of this ${(text.length / 1e6).toFixed(1)} million-character file were analysed (articleLens.maxFileSize).`,
      related: [],
    };
    return { text, analysis: { ...analysis, findings: [...analysis.findings, note] } };
  } catch (err) {
    return { error: `analysis failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export async function readArticle(file: string, cache: AnalysisCache, maxChars = DEFAULT_MAX_CHARS): Promise<ArticleResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: `cannot read file${code ? ` (${code})` : ''}` };
  }
  const decoded = decodeArticle(bytes);
  if (decoded.error !== undefined) return { error: decoded.error };
  return analyzeText(decoded.text, cache, maxChars);
}
