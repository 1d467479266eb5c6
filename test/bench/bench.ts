import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { ENGINE_YOUNG_GENERATION_MB } from '../../server/src/engineHeap';
import { findTimeExpressions } from '../../server/src/analysis/time/timeExpressions';
import { measureLanguageServer } from './lspBench';
import { syntheticCorpus } from './syntheticCorpus';

// `npm run bench [-- --json] [-- --articles N] [-- --engine-only]`: figures, never pass/fail. Engine figures
// are measured on one core over a deterministic synthetic corpus; server figures over stdio on a folder of
// N articles (10,000 by default). The engine runs on a worker thread set up as the analysis pool's are.

/**
 * MB/s over one pass of the texts, each read once after a warm-up on others: read again, a text would find
 * its sentences and paragraphs remembered, and the figure would measure those memories.
 */
function throughput(texts: string[], run: (text: string) => unknown, warmUp = 50): number {
  for (const t of texts.slice(0, warmUp)) run(t);
  const started = process.hrtime.bigint();
  let processed = 0;
  for (const text of texts.slice(warmUp)) {
    run(text);
    processed += Buffer.byteLength(text);
  }
  return processed / (Number(process.hrtime.bigint() - started) / 1e9) / 1e6;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const count = Number(option('--articles') ?? 10000);
  const articles = syntheticCorpus(count);
  const megabytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const figures: Record<string, number> = {};
  Object.assign(figures, await engineFigures(count));
  if (!process.argv.includes('--engine-only')) Object.assign(figures, await measureLanguageServer(articles, log));
  console.log(`Article Lens benchmark (synthetic corpus: ${articles.length} articles, ${megabytes.toFixed(1)} MB)`);
  console.log(Object.entries(figures).map(([k, v]) => `${k.padEnd(24)} ${v.toFixed(2)}`).join('\n'));
  // The JSON line has exactly the figures of the goals; the table has the rest too.
  const keys = ['throughputMBps', 'index10kColdSeconds', 'index10kWarmSeconds', 'keystrokeP95Ms', 'hoverP99Ms', 'referencesP99Ms', 'heapMB10k'];
  if (json) console.log(JSON.stringify(Object.fromEntries(keys.filter((k) => k in figures).map((k) => [k, Number(figures[k].toFixed(3))]))));
}

/** Engine figures, measured on one worker thread with the analysis pool's heap settings. */
function engineFigures(count: number): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { count }, resourceLimits: { maxYoungGenerationSizeMb: ENGINE_YOUNG_GENERATION_MB } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

function measureEngine(count: number): Record<string, number> {
  const texts = syntheticCorpus(Math.min(count, 2000)).map((a) => a.text);
  return {
    throughputMBps: throughput(texts, (t) => analyzeArticle(t)),
    temporalMBps: throughput(texts, (t) => findTimeExpressions(t, { year: 2025, month: 6, day: 15 })),
  };
}

if (isMainThread) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else {
  parentPort?.postMessage(measureEngine((workerData as { count: number }).count));
}
