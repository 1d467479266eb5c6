import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { findTimeExpressions } from '../../server/src/analysis/time/timeExpressions';
import { syntheticCorpus } from './syntheticCorpus';

// `npm run bench [-- --json]`: figures, never pass/fail. Engine figures are measured on one core over a
// deterministic synthetic corpus.

interface Figures {
  [name: string]: number;
}

function throughput(texts: string[], run: (text: string) => unknown, seconds = 3): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const t of texts.slice(0, 50)) run(t);
  const started = process.hrtime.bigint();
  let processed = 0;
  let i = 0;
  while (Number(process.hrtime.bigint() - started) < seconds * 1e9) {
    const text = texts[i++ % texts.length];
    run(text);
    processed += Buffer.byteLength(text);
  }
  void bytes;
  return processed / (Number(process.hrtime.bigint() - started) / 1e9) / 1e6;
}

function main(): void {
  const json = process.argv.includes('--json');
  const corpus = syntheticCorpus(2000).map((a) => a.text);
  const figures: Figures = {};
  const anchor = { year: 2025, month: 6, day: 15 };
  figures.temporalMBps = throughput(corpus, (t) => findTimeExpressions(t, anchor));
  figures.throughputMBps = throughput(corpus, (t) => analyzeArticle(t));
  const rows = Object.entries(figures).map(([k, v]) => `${k.padEnd(24)} ${v.toFixed(2)}`);
  console.log(`Article Lens benchmark (synthetic corpus: ${corpus.length} articles, ${(corpus.reduce((n, t) => n + t.length, 0) / 1e6).toFixed(1)} MB)`);
  console.log(rows.join('\n'));
  if (json) console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(3))]))));
}

main();
