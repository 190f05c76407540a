import type { ArticleStore } from '../core/articles/article-store.js';
import type { QaEngine } from '../core/engine.js';
import type { IndexResult } from '../core/index/build-index.js';
import type { RetrievalIndex } from '../core/index/retrieval-index.js';
import type { Logger } from '../logging/logger.js';

/**
 * Keeps the bot's engine on the current index: corpus edits (hot reload), articles added or
 * removed here, and articles changed by another process (the CLI, another host) all go through
 * one queue, so at most one update runs at a time and each sees the one before it.
 */
export class IndexUpdater {
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly engine: QaEngine,
    private readonly load: () => Promise<IndexResult>,
    private readonly logger: Logger,
  ) {}

  /** Loads (appending or rebuilding as needed) and swaps in the new index; resolves with it and whether it changed. */
  update(): Promise<{ index: RetrievalIndex; swapped: boolean }> {
    const run = this.queue.then(async () => {
      const result = await this.load();
      if (result.index.manifest.generation === this.engine.index.manifest.generation) {
        // The same index loaded again: free the copy's database rather than leave it open.
        if (result.index !== this.engine.index) result.index.keywords.close();
        return { index: this.engine.index, swapped: false };
      }
      this.engine.replaceIndex(result.index);
      return { index: result.index, swapped: true };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Checks the article store every `intervalMs` and updates when its articles differ from the
   * index's: another process added or removed one. A cheap indexed read when nothing changed.
   */
  watchArticles(store: ArticleStore, intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => {
      const stored = store.articleVersions();
      const indexed = this.engine.index.manifest.articles;
      const same =
        stored.length === indexed.length &&
        stored.every(
          (item, position) =>
            item.docId === indexed[position]?.docId && item.hash === indexed[position]?.hash,
        );
      if (same) return;
      this.update().then(
        ({ swapped }) => this.logger.info({ swapped }, 'articles changed elsewhere; index updated'),
        (error: unknown) =>
          this.logger.error({ err: error }, 'could not update the index for changed articles'),
      );
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops watching and waits for an update in progress. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.queue;
  }
}
