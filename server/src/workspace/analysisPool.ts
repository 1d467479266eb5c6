import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Corrections } from '../analysis/entities/corrections';
import type { AnalysisJob, AnalysisReply } from './analysisWorker';
import { ENGINE_YOUNG_GENERATION_MB } from '../engineHeap';

// Analyses articles on worker threads, one per core, so that indexing a workspace uses the whole machine
// and the server's own thread stays free for requests. A worker that dies is replaced, and only the article
// it was working on fails.

interface PendingJob {
  job: AnalysisJob;
  resolve: (analysis: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  /** Sent to the worker, in order: it works on the first, the next waits in its port. */
  sent: PendingJob[];
  /** Stops the worker when its article takes longer than the time budget. */
  deadline?: NodeJS.Timeout;
  timedOut?: boolean;
}

// An article takes a worker a few milliseconds: a worker given one at a time would wait, after each, for the
// server's thread to take the result and send the next, and sat idle a tenth of a workspace scan.
const SENT_PER_WORKER = 2;

/** Time one article may take on a worker before the worker is stopped and the article reported. */
export const DEFAULT_TIME_BUDGET_MS = 60_000;

/** The worker script: beside this module when compiled, beside the bundle when bundled. */
function workerScript(): string | undefined {
  const candidates = [path.join(__dirname, 'analysisWorker.js'), path.join(__dirname, 'workspace', 'analysisWorker.js')];
  return candidates.find((file) => existsSync(file));
}

export class AnalysisPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: PendingJob[] = [];
  private nextId = 1;
  private disposed = false;
  /** Workers that died, for the log. */
  restarts = 0;

  private constructor(private readonly script: string, readonly size: number, private readonly timeBudgetMs: number) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  /** A pool with one worker per core (at least one), or undefined where workers cannot run. */
  static create(size = defaultPoolSize(), timeBudgetMs = DEFAULT_TIME_BUDGET_MS): AnalysisPool | undefined {
    const script = workerScript();
    if (!script || size < 1) return undefined;
    try {
      return new AnalysisPool(script, size, timeBudgetMs);
    } catch {
      return undefined;
    }
  }

  /** The article's analysis, serialised (see serialisedAnalysis). */
  analyze(text: string, corrections: Corrections): Promise<Uint8Array> {
    if (this.disposed) return Promise.reject(new Error('the analysis pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, text, corrections }, resolve, reject });
      this.dispatch();
    });
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the analysis pool is closed'));
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private spawn(): PoolWorker {
    const entry: PoolWorker = { worker: new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: ENGINE_YOUNG_GENERATION_MB } }), sent: [] };
    // Idle workers must not keep a finished process (the CLI) alive.
    entry.worker.unref();
    entry.worker.on('message', (reply: AnalysisReply) => {
      const pending = entry.sent[0]?.job.id === reply.id ? entry.sent.shift() : undefined;
      clearTimeout(entry.deadline);
      entry.deadline = undefined;
      if (pending) {
        if ('error' in reply) pending.reject(new Error(reply.error));
        else pending.resolve(reply.analysis);
      }
      this.startClock(entry);
      this.dispatch();
    });
    const replace = (reason: string) => {
      const index = this.workers.indexOf(entry);
      if (index < 0) return;
      clearTimeout(entry.deadline);
      // Only the article it was working on fails; those waiting for it go back to the queue.
      const [failed, ...waiting] = entry.sent.splice(0);
      failed?.reject(new Error(entry.timedOut ? `analysis took longer than ${this.timeBudgetMs < 1000 ? `${this.timeBudgetMs} ms` : `${Math.round(this.timeBudgetMs / 1000)} s`} and was stopped` : `the analysis worker stopped (${reason})`));
      if (this.disposed) {
        for (const pending of waiting) pending.reject(new Error('the analysis pool is closed'));
        return;
      }
      this.queue.unshift(...waiting);
      this.restarts++;
      this.workers[index] = this.spawn();
      this.dispatch();
    };
    entry.worker.on('error', (err) => replace(err.message));
    entry.worker.on('exit', (code) => replace(`exit code ${code}`));
    return entry;
  }

  private dispatch(): void {
    // Round after round, so that a short queue is shared between the workers.
    for (let round = 0; round < SENT_PER_WORKER; round++) {
      for (const entry of this.workers) {
        if (entry.sent.length > round || this.queue.length === 0) continue;
        const pending = this.queue.shift()!;
        entry.sent.push(pending);
        entry.worker.ref();
        entry.worker.postMessage(pending.job);
        this.startClock(entry);
      }
    }
    for (const entry of this.workers) if (entry.sent.length === 0) entry.worker.unref();
  }

  /** A worker stuck on one article is stopped; the article is reported and a new worker takes its place. */
  private startClock(entry: PoolWorker): void {
    if (entry.deadline || entry.sent.length === 0) return;
    entry.deadline = setTimeout(() => {
      entry.timedOut = true;
      void entry.worker.terminate();
    }, this.timeBudgetMs);
    entry.deadline.unref();
  }
}

/** Below this many articles, starting worker threads costs more than it saves. */
export const FILES_WORTH_A_POOL = 16;

export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 8));
}
