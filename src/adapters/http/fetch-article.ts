import type { FetchedArticle, FetchPolicy } from '../../core/articles/fetch-policy.js';
import { UserError } from '../../core/errors.js';
import { isSupportedMediaType, parseContentType } from '../../core/ingest/extract-document.js';
import { FetchRefusedError, megabytes } from './fetch-refused.js';
import { follow, parseUrl } from './download-requests.js';
import { readBody } from './read-body.js';

/** Network failures that may pass on a later try. */
const PASSING_NETWORK_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/**
 * Downloads an article safely: http(s) only, a size limit, a timeout over the whole download, a
 * limit on redirects, a content-type check before the body is read, and (for Discord members)
 * no private or local addresses. Every refusal is a {@link FetchRefusedError} with a reason; a
 * body cut short (the timeout, a dropped connection) is one too, never a shorter article.
 */
export async function fetchArticle(address: string, policy: FetchPolicy): Promise<FetchedArticle> {
  const start = parseUrl(address);
  const signal = AbortSignal.timeout(policy.timeoutMs);
  try {
    const { response, url } = await follow(start, policy, signal);
    const status = response.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FetchRefusedError(
        'fetch-status',
        `The server answered ${status} ${response.statusMessage ?? ''}`.trim() + ' for that address.',
        // A missing page is the address's fault; a server error or a rate limit may pass.
        { retryable: status >= 500 || status === 429 || status === 408 },
      );
    }
    const contentType = response.headers['content-type'] ?? '';
    const { mediaType } = parseContentType(contentType);
    if (!isSupportedMediaType(mediaType)) {
      response.destroy();
      throw new FetchRefusedError(
        'fetch-type',
        `That address serves ${mediaType}, not an article (web page, text, Markdown, PDF or Word).`,
      );
    }
    const declared = Number(response.headers['content-length'] ?? Number.NaN);
    if (declared > policy.maxBytes) {
      response.destroy();
      throw new FetchRefusedError(
        'fetch-too-large',
        `The page is ${megabytes(declared)}, over the ${megabytes(policy.maxBytes)} limit.`,
      );
    }
    return { bytes: await readBody(response, policy.maxBytes, signal), contentType, url: url.toString() };
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (signal.aborted)
      throw new FetchRefusedError(
        'fetch-timeout',
        `The server did not send the page within ${policy.timeoutMs < 1000 ? `${policy.timeoutMs} ms` : `${Math.round(policy.timeoutMs / 1000)} s`}.`,
        { retryable: true },
      );
    const code = (error as NodeJS.ErrnoException).code;
    throw new FetchRefusedError(
      'fetch-failed',
      `Could not download ${start.host}: ${code ?? (error as Error).message}.`,
      // A host that does not exist or a bad certificate is the address's to fix; a refused or
      // dropped connection, or a DNS server that did not answer, may pass.
      { retryable: code !== undefined && PASSING_NETWORK_FAILURES.has(code) },
    );
  }
}
