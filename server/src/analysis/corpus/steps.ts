// Work over a whole corpus, in steps: a generator that yields now and then, so that a caller with other
// things to do (an editor's keystrokes) can pause it between steps. Run to the end, it is a plain call.

export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to their end and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// A step should leave an editor's keystroke waiting no longer than this, whatever its units cost.
const LONGEST_STEP_MS = 4;
// The clock is read once per this many ticks: reading it costs more than most units.
const TICKS_PER_CLOCK_READ = 64;

/**
 * Counts units of work, and says when enough were done since the last pause (every `every`), or when the
 * step has run LONGEST_STEP_MS: units differ in cost with the corpus (a name in thousands of articles).
 */
export class Pacer {
  private done = 0;
  private ticks = 0;
  private since = Date.now();

  constructor(private readonly every: number) {}

  /** True once per `every` units, or once the step has run long enough. */
  tick(units = 1): boolean {
    this.done += units;
    if (this.done < this.every && (++this.ticks % TICKS_PER_CLOCK_READ !== 0 || Date.now() - this.since < LONGEST_STEP_MS)) return false;
    this.done = 0;
    this.since = Date.now();
    return true;
  }
}
