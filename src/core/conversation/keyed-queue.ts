/**
 * Work queued by key: work under one key runs one at a time, in the order queued, whether the work
 * before it succeeded or failed; work under different keys runs in parallel. A conversation's
 * questions must see the turns of those asked before them.
 */
export class KeyedQueue {
  private readonly pending = new Map<string, Promise<unknown>>();

  /** Runs `work` after everything already queued under `key`. */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.pending.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.pending.set(key, next);
    void next
      .catch(() => undefined)
      .finally(() => {
        if (this.pending.get(key) === next) this.pending.delete(key);
      });
    return next;
  }
}
