import type { SyncProgress } from '../../shared/sync/views';

/**
 * Long sync work is written once as a generator that yields its progress now and then. The command line runs it
 * straight through; the app awaits a turn of the event loop at each yield, so the screen's progress requests are
 * answered meanwhile. (Nothing is yielded inside a database transaction.)
 */
export type Steps<T> = Generator<SyncProgress, T>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export async function runStepsAsync<T>(steps: Steps<T>, onProgress: (progress: SyncProgress) => void): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    onProgress(next.value);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
