import type { AnswerProgress } from '../../../core/generation/generated-answerer.js';
import type { Logger } from '../../../logging/logger.js';

/** Discord allows about five edits of a message every five seconds; one a second stays clear of that. */
export const DRAFT_INTERVAL_MS = 1000;

/**
 * Shows an answer while the model writes it, by editing the deferred reply: at most one edit per
 * interval, never two at once, and always the latest draft (drafts that arrive in between are
 * skipped, not queued). `close` stops it and waits for an edit in flight, so a late draft can
 * never overwrite the finished answer.
 */
export class DraftUpdates {
  private latest = '';
  private shown = '';
  private lastEditAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly edit: (draft: string) => Promise<unknown>,
    private readonly options: {
      logger: Logger;
      intervalMs?: number;
      now?: () => number;
      /** Stops drafting when aborted (shutdown is replacing the reply with a restart note). */
      signal?: AbortSignal;
    },
  ) {
    // The signal is shared by every answer: the listener goes when this one is closed.
    options.signal?.addEventListener('abort', this.stopOnAbort, { once: true });
    if (options.signal?.aborted) this.stop();
  }

  private readonly stopOnAbort = (): void => this.stop();

  /** Offers the answer so far; shown now, or at the end of the current interval. */
  push(draft: string): void {
    if (this.closed || draft.trim() === '') return;
    this.latest = draft;
    this.schedule();
  }

  /** Runs `task` with drafts shown as it reports them, then stops drafting, whether it succeeded or not. */
  async follow<T>(task: (progress: AnswerProgress) => Promise<T>): Promise<T> {
    try {
      return await task({ onDraft: (draft) => this.push(draft) });
    } finally {
      await this.close();
    }
  }

  /** Stops drafting; resolves once no draft edit is pending or in flight. */
  async close(): Promise<void> {
    this.stop();
    await this.inFlight;
  }

  /** No draft is shown from now on. */
  private stop(): void {
    this.options.signal?.removeEventListener('abort', this.stopOnAbort);
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private schedule(): void {
    if (this.inFlight || this.timer || this.latest === this.shown) return;
    const wait = this.lastEditAt + (this.options.intervalMs ?? DRAFT_INTERVAL_MS) - this.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flush();
      }, wait);
      return;
    }
    this.flush();
  }

  private flush(): void {
    if (this.closed) return;
    const draft = this.latest;
    this.lastEditAt = this.now();
    // Marked shown either way: a failed draft edit is cosmetic (the finished answer still
    // replaces the reply), and retrying the same text would only spend rate limit.
    this.shown = draft;
    this.inFlight = this.edit(draft)
      .then(
        () => undefined,
        (error: unknown) => this.options.logger.debug({ err: error }, 'could not show the draft answer'),
      )
      .finally(() => {
        this.inFlight = undefined;
        this.schedule();
      });
  }
}
