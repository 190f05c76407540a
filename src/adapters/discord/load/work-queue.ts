import pLimit, { type LimitFunction } from 'p-limit';

/**
 * A global concurrency limit that queues work instead of dropping it: at most `concurrency`
 * tasks run at once, the rest wait in arrival order. p-limit does the scheduling; this adds the
 * bot's checks and {@link WorkQueue.onIdle}. (p-queue does all of it, but its current major
 * needs Node 22.)
 */
export class WorkQueue {
  private readonly limit: LimitFunction;
  /** Every task submitted and not yet settled, for {@link WorkQueue.onIdle}. */
  private readonly unsettled = new Set<Promise<unknown>>();

  constructor(readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new Error(`concurrency must be a positive integer, got ${concurrency}`);
    this.limit = pLimit(concurrency);
  }

  /** Tasks running now. */
  get running(): number {
    return this.limit.activeCount;
  }

  /** Tasks waiting for a slot. */
  get queued(): number {
    return this.limit.pendingCount;
  }

  /** Runs `task` when a slot is free; resolves or rejects with its result. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.limit(task);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.unsettled.add(settled);
    void settled.then(() => this.unsettled.delete(settled));
    return result;
  }

  /** Resolves once nothing runs or waits. */
  async onIdle(): Promise<void> {
    while (this.unsettled.size > 0) await Promise.all(this.unsettled);
  }
}
