import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';

// Loaded only when a bar is shown: most commands never build an index, and the import costs ~7 ms of start-up.
const loadCliProgress = (): typeof cliProgressModule => createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule;

/** A progress bar's two ends: passages embedded so far, and done. */
export interface ProgressReporter {
  update: (done: number, total: number) => void;
  stop: () => void;
}

/** Shows a progress bar on stderr once embedding is big enough to take more than a moment. */
export function progressReporter(threshold = 500, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  let bar: cliProgressModule.SingleBar | undefined;
  return {
    update(done, total) {
      if (!bar && total >= threshold && stream.isTTY) {
        const cliProgress = loadCliProgress();
        bar = new cliProgress.SingleBar(
          { stream, format: 'Embedding passages [{bar}] {percentage}% | {value}/{total} | ETA {eta}s', hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
