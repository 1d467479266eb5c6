import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analysis/article/analyzeArticle';
import type { Corrections } from '../analysis/entities/corrections';
import { encodeAnalysis } from './serialisedAnalysis';

// A worker thread of the analysis pool: text in, analysis out, serialised (see serialisedAnalysis). An
// exception is sent back as that job's error; the worker itself stays up for the next article.

export interface AnalysisJob {
  id: number;
  text: string;
  corrections: Corrections;
}

export type AnalysisReply = { id: number; analysis: Uint8Array } | { id: number; error: string };

parentPort?.on('message', (job: AnalysisJob) => {
  let reply: AnalysisReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const analysis = encodeAnalysis(analyzeArticle(job.text, job.corrections));
    // The bytes are handed over rather than copied when they are a buffer of their own.
    if (analysis.byteOffset === 0 && analysis.byteLength === analysis.buffer.byteLength) transfer.push(analysis.buffer as ArrayBuffer);
    reply = { id: job.id, analysis };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply, transfer);
});
