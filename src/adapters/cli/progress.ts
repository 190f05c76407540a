import cliProgress from 'cli-progress';

/** Shows a progress bar on stderr once embedding is big enough to take more than a moment. */
export function progressReporter(threshold = 500, stream: NodeJS.WriteStream = process.stderr): {
  update: (done: number, total: number) => void;
  stop: () => void;
} {
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total) {
      if (!bar && total >= threshold && stream.isTTY) {
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
