/**
 * A global concurrency limit that queues work instead of dropping it: at most `concurrency`
 * tasks run at once, the rest wait in arrival order. (p-queue does this too, but its current
 * major needs Node 22; this is the small part of it the bot uses.)
 */
export class WorkQueue {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly idleWaiters: Array<() => void> = [];

  constructor(readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new Error(`concurrency must be a positive integer, got ${concurrency}`);
  }

  /** Tasks running now. */
  get running(): number {
    return this.active;
  }

  /** Tasks waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `task` when a slot is free; resolves or rejects with its result. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  /** Resolves once nothing runs or waits. */
  onIdle(): Promise<void> {
    if (this.active === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next task, so `active` stays the same.
    if (next) return next();
    this.active -= 1;
    if (this.active === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }
}
