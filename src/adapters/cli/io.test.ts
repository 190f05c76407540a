import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { forEachInputLine } from './io.js';

async function linesOf(text: string): Promise<string[]> {
  const seen: string[] = [];
  const count = await forEachInputLine(async (line) => void seen.push(line), Readable.from([text]));
  expect(count).toBe(seen.length);
  return seen;
}

describe('forEachInputLine', () => {
  it('hands on every line as read, blank and whitespace lines too, in order', async () => {
    expect(await linesOf('first\n\n  \nlast\n')).toEqual(['first', '', '  ', 'last']);
  });

  it('hands on blank lines at the end: each input line gets its output line', async () => {
    expect(await linesOf('only question\n\n\n')).toEqual(['only question', '', '']);
  });

  it('opens no line for the newline that ends the input, nor for empty input', async () => {
    expect(await linesOf('a\r\nb\r\n')).toEqual(['a', 'b']);
    expect(await linesOf('no newline')).toEqual(['no newline']);
    expect(await linesOf('')).toEqual([]);
  });
});

describe('forEachInputLine at a terminal', () => {
  async function noticesFor(isTTY: boolean): Promise<string> {
    const input = Object.assign(Readable.from(['a question\n']), { isTTY });
    const notices = new PassThrough();
    let written = '';
    notices.on('data', (chunk: Buffer) => (written += chunk.toString()));
    await forEachInputLine(async () => undefined, input, { hint: 'Reading questions; Ctrl-D ends.', notices });
    return written;
  }

  it('says what it waits for when the input is a terminal, and nothing when it is a pipe', async () => {
    expect(await noticesFor(true)).toBe('Reading questions; Ctrl-D ends.\n');
    expect(await noticesFor(false)).toBe('');
  });
});
