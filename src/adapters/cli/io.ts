import { createInterface } from 'node:readline';

/** Writes a line to stdout, waiting when the pipe is full so large batches are not held in memory. */
export async function writeLine(line: string, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (!stream.write(`${line}\n`)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

/**
 * Runs `handle` for every line of stdin, one at a time and in order, as it was read: the newline
 * that ends the input opens no line, but every blank or whitespace line is one, so each gets its
 * own output line. Blank lines at the end used to be dropped without a word, leaving a script
 * fewer output lines than input lines, and a whitespace line was echoed as an empty one.
 * `hint` is written to `notices` (stderr) first when the input is a terminal.
 */
export async function forEachInputLine(
  handle: (line: string) => Promise<void>,
  input: NodeJS.ReadableStream = process.stdin,
  options: { hint?: string; notices?: NodeJS.WritableStream } = {},
): Promise<number> {
  // Typed at a terminal, a batch would wait in silence, as if it hung: say what it waits for.
  if (options.hint && (input as { isTTY?: boolean }).isTTY) (options.notices ?? process.stderr).write(`${options.hint}\n`);
  const reader = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  for await (const line of reader) {
    await handle(line);
    count += 1;
  }
  return count;
}
