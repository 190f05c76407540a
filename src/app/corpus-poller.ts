import { listCorpusFiles } from '../core/corpus/list-corpus.js';

/**
 * Runs `poll` every `intervalMs`, never two at once, until the returned function is called.
 * The reloader takes one as an option so that tests poll when they choose, not when a timer
 * fires.
 */
export type PollScheduler = (poll: () => Promise<void>, intervalMs: number) => () => void;

/**
 * The default {@link PollScheduler}: the next poll is set when the last one has finished (a slow
 * disk never piles polls up), and the timer does not keep the process alive.
 */
export const pollEvery: PollScheduler = (poll, intervalMs) => {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const next = (): void => {
    if (stopped) return;
    timer = setTimeout(() => void poll().finally(next), intervalMs);
    timer.unref();
  };
  next();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
};

/**
 * One line per corpus file the index would read or skip (path, size, modification and change
 * times), or why the corpus could not be listed. Two listings differ when a file was added,
 * removed, edited, replaced by an atomic save or copied over with `cp -p`.
 */
async function corpusFingerprint(corpusPath: string): Promise<string> {
  try {
    const listing = await listCorpusFiles(corpusPath);
    const files = listing.files.map(
      (file) => `${file.relative}\t${file.size}\t${file.mtimeMs}\t${file.ctimeMs}`,
    );
    const skipped = listing.skipped.map((item) => `${item.path}\tskipped\t${item.reason}\t${item.detail}`);
    return [...files, ...skipped].join('\n');
  } catch (error) {
    // A corpus that went missing or unreadable is a change too: the reload that follows says why.
    return `cannot list: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Polls the corpus for changes, for bind mounts whose host passes no file-system events
 * (Docker Desktop on macOS and Windows, network shares): each check lists the corpus as an
 * index build would (a stat per file) and compares the listing with the one before.
 *
 * It replaces chokidar's polling, whose first look at a file (fs.watchFile's first stat) runs
 * on a worker thread some time after the watcher reports ready: a change made in between
 * became part of that first look and was never reported. Here the first listing is complete
 * before {@link CorpusPoller.start} resolves.
 */
export class CorpusPoller {
  private last: string | undefined;

  constructor(private readonly corpusPath: string) {}

  /** Takes the listing later checks compare with. */
  async start(): Promise<void> {
    this.last = await corpusFingerprint(this.corpusPath);
  }

  /** Lists the corpus again; resolves with whether it differs from the last listing. */
  async changed(): Promise<boolean> {
    const current = await corpusFingerprint(this.corpusPath);
    const changed = this.last !== undefined && current !== this.last;
    this.last = current;
    return changed;
  }
}
