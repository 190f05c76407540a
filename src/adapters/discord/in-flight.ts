/** Replaces a reply that will not finish with a short note; must not throw for long (bounded by the caller). */
export type Abandon = () => Promise<void>;

/** What happened to the work in flight when shutdown began. */
export interface SettleReport {
  /** Handlers running when shutdown began. */
  pending: number;
  /** Of those, finished within the grace period. */
  finished: number;
  /** Unfinished replies replaced by the restart note. */
  replaced: number;
  /** Unfinished work whose note could not be sent (logged by the caller), or that had no reply to replace. */
  unreplaced: number;
  /** From the start of settling to the last reply finished or replaced. */
  ms: number;
}

interface Entry {
  abandon?: Abandon;
}

/** Resolves with `value` after `ms`, unless cancelled first (then never). */
function timer<T>(ms: number, value: T): { done: Promise<T>; cancel: () => void } {
  let handle: NodeJS.Timeout | undefined;
  const done = new Promise<T>((resolve) => (handle = setTimeout(() => resolve(value), ms)));
  return { done, cancel: () => clearTimeout(handle) };
}

/** The share of the grace period kept for sending restart notes, at most one second. */
function noticeBudget(graceMs: number): number {
  return Math.min(1000, Math.floor(graceMs / 4));
}

/**
 * Work in flight (one handler per interaction or message), so shutdown can let it finish and,
 * when the grace period runs out, replace each unfinished reply with a note instead of leaving
 * "thinking…" or a draft behind. Replies that finish late are abandoned, not awaited.
 */
export class InFlightWork {
  private readonly entries = new Map<Promise<void>, Entry>();

  /** Work running now. */
  get size(): number {
    return this.entries.size;
  }

  /** Tracks `work` until it settles; `abandon` replaces its reply if it does not finish in time. */
  track(work: Promise<void>, abandon?: Abandon): void {
    this.entries.set(work, abandon ? { abandon } : {});
    void work.finally(() => this.entries.delete(work));
  }

  /**
   * Waits for the work in flight, and before `graceMs` is over replaces the replies still
   * unfinished: the last part of the grace period is kept for sending those notes, so every
   * reply is finished or replaced within it. `onAbandon` runs first (e.g. stops drafts).
   */
  async settle(graceMs: number, onAbandon: () => void = () => undefined): Promise<SettleReport> {
    const started = performance.now();
    const pending = [...this.entries.keys()];
    const report = { pending: pending.length, finished: pending.length, replaced: 0, unreplaced: 0, ms: 0 };
    if (pending.length === 0) return report;
    const budget = noticeBudget(graceMs);
    const deadline = timer(graceMs - budget, 'timed out' as const);
    const outcome = await Promise.race([
      Promise.allSettled(pending).then(() => 'finished' as const),
      deadline.done,
    ]);
    deadline.cancel();
    if (outcome === 'timed out') {
      onAbandon();
      const unfinished = [...this.entries.entries()].filter(([work]) => pending.includes(work));
      report.finished = pending.length - unfinished.length;
      const results = await Promise.all(
        unfinished.map(([, entry]) => this.replace(entry, Math.max(budget, 1))),
      );
      report.replaced = results.filter(Boolean).length;
      report.unreplaced = results.length - report.replaced;
    }
    report.ms = Math.round(performance.now() - started);
    return report;
  }

  private async replace(entry: Entry, budgetMs: number): Promise<boolean> {
    if (!entry.abandon) return false;
    const sent = entry.abandon().then(
      () => true,
      () => false,
    );
    const deadline = timer(budgetMs, false);
    const result = await Promise.race([sent, deadline.done]);
    deadline.cancel();
    return result;
  }
}
