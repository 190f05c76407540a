import { describe, expect, it } from 'vitest';
import { ChatCompletionError } from './chat-completion-client.js';
import { readCompletionStream } from './completion-stream.js';

/** Bytes arriving in the given pieces, as a network read would deliver them. */
async function* reads(...pieces: string[]): AsyncGenerator<Uint8Array> {
  for (const piece of pieces) yield new TextEncoder().encode(piece);
}

const event = (content: unknown): string =>
  `data: ${JSON.stringify({ choices: [{ delta: { content } }] })}\n\n`;

describe('readCompletionStream', () => {
  it('joins deltas, whether events are split across reads or several come in one', async () => {
    const whole =
      event('Wendy ') +
      event('Sherman') +
      ': keep-alive comment\n\n' +
      event([{ text: ' led' }]) +
      'data: [DONE]\n\n';
    const seen: string[] = [];
    const text = await readCompletionStream(
      reads(whole.slice(0, 20), whole.slice(20, 95), whole.slice(95)),
      (so) => seen.push(so),
    );
    expect(text).toBe('Wendy Sherman led');
    expect(seen.at(-1)).toBe('Wendy Sherman led');
    expect(seen.every((so, index) => index === 0 || so.startsWith(seen[index - 1] ?? ''))).toBe(true);
  });

  it('keeps a multi-byte character split between reads', async () => {
    const bytes = new TextEncoder().encode(`${event('Hervé')}data: [DONE]\n\n`);
    async function* split(): AsyncGenerator<Uint8Array> {
      const cut = bytes.indexOf(0xc3) + 1;
      yield bytes.slice(0, cut);
      yield bytes.slice(cut);
    }
    await expect(readCompletionStream(split(), () => undefined)).resolves.toBe('Hervé');
  });

  it('reports a chunk that is not JSON as a malformed response', async () => {
    const failure = await readCompletionStream(reads(event('ok'), 'data: {oops\n\n'), () => undefined).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ChatCompletionError);
    expect((failure as ChatCompletionError).reason).toBe('malformed-response');
  });

  it('reads data over several lines, event and id fields, and CR or CRLF line ends', async () => {
    const chunk = (content: string): string => JSON.stringify({ choices: [{ delta: { content } }] });
    // One JSON chunk split over two data lines is rejoined with a newline, which JSON allows.
    const [head, tail] = [chunk('Wendy ').slice(0, 12), chunk('Wendy ').slice(12)];
    const stream =
      `event: message\nid: 1\ndata: ${head}\ndata: ${tail}\n\n` +
      `data: ${chunk('Sherman')}\r\n\r\n` +
      `data: ${chunk(' led')}\r\r` +
      'data: [DONE]\n\n';
    await expect(readCompletionStream(reads(stream), () => undefined)).resolves.toBe('Wendy Sherman led');
  });

  it('counts a last event that lacks its closing blank line, and a finish reason as the end', async () => {
    const stream = event('Wendy Sherman') + `data: ${JSON.stringify({ choices: [{ delta: { content: ' led' }, finish_reason: 'stop' }] })}\n`;
    await expect(readCompletionStream(reads(stream), () => undefined)).resolves.toBe('Wendy Sherman led');
  });

  it('reports a reply cut off: a stream that just stops, or one the token limit ended', async () => {
    const cutOff = async (stream: string): Promise<unknown> =>
      readCompletionStream(reads(stream), () => undefined).catch((error: unknown) => error);
    const stopped = await cutOff(event('Wendy Sherman led the US [1] delegation and the Russian side was led by Sergei'));
    expect(stopped).toMatchObject({ reason: 'cut-off' });
    const limited = await cutOff(`${event('The talks lasted')}data: ${JSON.stringify({ choices: [{ delta: {}, finish_reason: 'length' }] })}\n\ndata: [DONE]\n\n`);
    expect(limited).toMatchObject({ reason: 'cut-off', message: expect.stringMatching(/token limit/) });
  });
});
