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

/** Counts units of work, and says when enough were done since the last pause (every `every`). */
export class Pacer {
  private done = 0;

  constructor(private readonly every: number) {}

  /** True once per `every` units. */
  tick(units = 1): boolean {
    this.done += units;
    if (this.done < this.every) return false;
    this.done = 0;
    return true;
  }
}
