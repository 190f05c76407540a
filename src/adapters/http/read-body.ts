import type { IncomingMessage } from 'node:http';
import { pipeline, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { UserError } from '../../core/errors.js';
import { FetchRefusedError, megabytes } from './fetch-refused.js';

/** The stream that undoes the server's content encoding, or none for an unencoded body. */
function decompressorFor(contentEncoding: string | undefined): Transform | undefined {
  const encoding = (contentEncoding ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
  if (encoding === 'deflate') return createInflate();
  if (encoding === 'br') return createBrotliDecompress();
  return undefined;
}

const cutShort = (): FetchRefusedError =>
  new FetchRefusedError(
    'fetch-incomplete',
    'The server closed the connection before the end of the page.',
    { retryable: true },
  );

/**
 * Reads a body up to the size limit, decompressing it as the server encoded it. A body cut
 * short, by the timeout or by the server, is an error: never a shorter article.
 */
export async function readBody(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const decompressor = decompressorFor(response.headers['content-encoding']);
  // pipeline, not pipe: a piped decompressor is never told that the response was cut short,
  // so it waited for more forever, past the timeout.
  const stream = decompressor ? pipeline(response, decompressor, () => undefined) : response;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        response.destroy();
        throw new FetchRefusedError(
          'fetch-too-large',
          `The page is larger than the ${megabytes(maxBytes)} limit.`,
        );
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    // The caller reports a timeout as one; a connection dropped mid-body is said as such.
    if (error instanceof UserError || signal.aborted || response.complete) throw error;
    throw cutShort();
  }
  // A body that runs until the connection closes (no length, not chunked) simply ends when the
  // timeout destroys the request: only the signal tells that it is not the whole page.
  if (signal.aborted) throw new Error('aborted by the timeout');
  if (!response.complete) throw cutShort();
  return Buffer.concat(chunks);
}
