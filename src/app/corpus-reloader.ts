import { EventEmitter } from 'node:events';
import { statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/logger.js';

/** Options of {@link CorpusReloader}. */
export interface CorpusReloaderOptions {
  /** The corpus: a file or a directory. */
  corpusPath: string;
  /** Quiet time after the last file event before rebuilding (editors and copies write in bursts). */
  debounceMs: number;
  /** Rebuilds the index if the corpus changed and swaps it in; resolves with whether it swapped. */
  reload: () => Promise<boolean>;
  logger: Logger;
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
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private pendingAgain = false;
  private closed = false;

  constructor(private readonly options: CorpusReloaderOptions) {
    super();
  }

  /** Starts watching. A single-file corpus is watched through its directory, so replacing the file (as editors do) is seen. */
  start(): void {
    const { corpusPath } = this.options;
    const isDirectory = statSync(corpusPath).isDirectory();
    const directory = isDirectory ? corpusPath : path.dirname(corpusPath);
    const fileName = path.basename(corpusPath);
    this.watcher = watch(directory, { recursive: isDirectory, persistent: false }, (_event, changed) => {
      if (!isDirectory && changed !== null && changed !== fileName) return;
      this.schedule();
    });
    this.watcher.on('error', (error) =>
      this.options.logger.warn({ err: error }, 'corpus watcher failed; hot reload is off'),
    );
    this.options.logger.info({ corpus: corpusPath }, 'watching the corpus for changes');
  }

  /** Stops watching and waits for a rebuild in progress to finish. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.watcher?.close();
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
