import { EventEmitter, once } from 'node:events';
import { watch, type FSWatcher } from 'chokidar';
import type { Logger } from '../logging/logger.js';
import { CorpusPoller, pollEvery, type PollScheduler } from './corpus-poller.js';

/** Options of {@link CorpusReloader}. */
export interface CorpusReloaderOptions {
  /** The corpus: a file or a directory. */
  corpusPath: string;
  /** Quiet time after the last file event before rebuilding (editors and copies write in bursts). */
  debounceMs: number;
  /** Rebuilds the index if the corpus changed and swaps it in; resolves with whether it swapped. */
  reload: () => Promise<boolean>;
  logger: Logger;
  /**
   * Check files by polling instead of file-system events: for bind mounts whose host does not
   * pass events through (Docker Desktop on macOS and Windows, network shares).
   */
  poll?: boolean;
  /** How often files are checked when polling. */
  pollIntervalMs?: number;
  /** Runs the polls (default: every `pollIntervalMs`); tests pass one that polls when they say. */
  schedulePolls?: PollScheduler;
}

/** Events: `reloaded` (swapped: boolean) after each rebuild attempt, `failed` (error). */
export interface CorpusReloaderEvents {
  reloaded: [swapped: boolean];
  failed: [error: unknown];
}

/**
 * Corpus hot reload: watches the corpus, waits for file events to settle, then rebuilds in
 * the background. One rebuild runs at a time; changes during a rebuild schedule exactly one
 * more. A failed rebuild keeps the current index (questions never go unanswered).
 */
export class CorpusReloader extends EventEmitter<CorpusReloaderEvents> {
  private watcher: FSWatcher | undefined;
  private stopPolling: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private pendingAgain = false;
  private closed = false;

  constructor(private readonly options: CorpusReloaderOptions) {
    super();
  }

  /**
   * Starts watching, with chokidar: editors' atomic saves (write a copy, rename it over the file)
   * count as one change, and a folder is watched with its sub-folders. When polling, a
   * {@link CorpusPoller} lists the corpus every interval instead. Resolves once the watcher has
   * scanned the corpus (or the poller has its first listing), so every later change is seen,
   * and once changes made before that (since the index was loaded) have been checked for.
   */
  async start(): Promise<void> {
    const { corpusPath, poll = false } = this.options;
    if (poll) await this.startPolling();
    else await this.startWatching();
    this.options.logger.info({ corpus: corpusPath, poll }, 'watching the corpus for changes');
    // The index was loaded before the watcher was ready (the bot logs in between): an edit made
    // then would be seen by no one. One check now, which costs a stat per file when nothing
    // changed, closes that gap; it is done before start() returns, so no late event follows.
    this.trigger();
    await this.running;
  }

  private async startWatching(): Promise<void> {
    this.watcher = watch(this.options.corpusPath, { ignoreInitial: true, persistent: false });
    this.watcher.on('all', () => this.schedule());
    this.watcher.on('error', (error) =>
      this.options.logger.warn({ err: error }, 'corpus watcher failed; hot reload may miss changes'),
    );
    // A watcher that fails while scanning has said so (above); the bot runs on without hot reload.
    await once(this.watcher, 'ready').catch(() => undefined);
  }

  private async startPolling(): Promise<void> {
    const { corpusPath, pollIntervalMs = 1000, schedulePolls = pollEvery } = this.options;
    const poller = new CorpusPoller(corpusPath);
    await poller.start();
    this.stopPolling = schedulePolls(async () => {
      if (await poller.changed()) this.schedule();
    }, pollIntervalMs);
  }

  /** Stops watching and waits for a rebuild in progress to finish. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.stopPolling?.();
    await this.watcher?.close();
    await this.running;
  }

  private schedule(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.trigger(), this.options.debounceMs);
  }

  private trigger(): void {
    if (this.running) {
      this.pendingAgain = true;
      return;
    }
    this.running = this.rebuild().finally(() => {
      this.running = undefined;
      if (this.pendingAgain && !this.closed) {
        this.pendingAgain = false;
        this.trigger();
      }
    });
  }

  private async rebuild(): Promise<void> {
    try {
      const swapped = await this.options.reload();
      this.emit('reloaded', swapped);
    } catch (error) {
      this.options.logger.error(
        { err: error },
        'corpus reload failed; still answering from the previous index',
      );
      this.emit('failed', error);
    }
  }
}
