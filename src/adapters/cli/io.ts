import { createInterface } from 'node:readline';

/** Writes a line to stdout, waiting when the pipe is full so large batches are not held in memory. */
export async function writeLine(line: string, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (!stream.write(`${line}\n`)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

/**
 * Runs `handle` for every line of stdin, one at a time and in order. A final empty line (the
 * newline at the end of the input) is not a question; blank lines in between are.
 */
export async function forEachInputLine(handle: (line: string) => Promise<void>, input: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const reader = createInterface({ input, crlfDelay: Infinity });
  let pendingBlank = 0;
  let count = 0;
  for await (const line of reader) {
    if (line.trim() === '') {
      pendingBlank += 1;
      continue;
    }
    for (; pendingBlank > 0; pendingBlank -= 1) {
      await handle('');
      count += 1;
    }
    await handle(line);
    count += 1;
  }
  return count;
}
