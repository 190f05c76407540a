import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { UserError } from '../../core/errors.js';
import type { FetchedArticle, FetchPolicy } from '../../core/articles/fetch-policy.js';
import { writtenAddress } from '../../core/articles/written-address.js';
import { isSupportedMediaType, parseContentType } from '../../core/ingest/extract-document.js';

/** Why a download was refused or failed; a user error, shown as it is. */
export class FetchRefusedError extends UserError {
  override readonly name = 'FetchRefusedError';
}

const megabytes = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;

/** True for addresses on the public internet (ipaddr.js's "unicast" range), after unmapping IPv4-in-IPv6. */
export function isPublicAddress(address: string): boolean {
  try {
    return ipaddr.process(address).range() === 'unicast';
  } catch {
    return false;
  }
}

const privateRefusal = (host: string, address: string): FetchRefusedError =>
  new FetchRefusedError(
    'url-private',
    `${host} is on a private or local network address (${address}); only public web pages can be added here.`,
  );

/** DNS lookup that refuses non-public addresses, so the check holds for the address actually connected to. */
function publicLookup(host: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((entry) => !isPublicAddress(entry.address));
      if (refused) return callback(privateRefusal(host, refused.address), '', 0);
      if (options.all)
        return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      return first
        ? callback(null, first.address, first.family)
        : callback(new Error(`no address for ${hostname}`), '', 0);
    });
  };
}

/** Network failures that may pass on a later try. */
const PASSING_NETWORK_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

function parseUrl(written: string): URL {
  const text = writtenAddress(written);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchRefusedError(
      'url-invalid',
      `"${text.slice(0, 200)}" is not a URL. Give a full address such as https://example.com/story.html.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusedError(
      'url-scheme',
      `Only http and https addresses can be added, not ${url.protocol.replace(/:$/, '')}.`,
    );
  }
  if (url.username || url.password)
    throw new FetchRefusedError('url-credentials', 'Addresses with a user name or password cannot be added.');
  return url;
}

/** Sends one GET, checking the host first when only public addresses are allowed. */
function get(url: URL, policy: FetchPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const checked =
    policy.publicOnly &&
    !(policy.trustedHosts ?? []).includes(url.host) &&
    !(policy.trustedHosts ?? []).includes(url.hostname);
  if (checked && isIP(host) !== 0 && !isPublicAddress(host))
    return Promise.reject(privateRefusal(url.hostname, host));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: 'GET',
      signal,
      headers: {
        'user-agent': 'article-qa (self-hosted article assistant)',
        accept:
          'text/html,application/xhtml+xml,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
      ...(checked ? { lookup: publicLookup(url.hostname) } : {}),
    });
    request.once('response', resolve);
    request.once('error', reject);
    request.end();
  });
}

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
async function readBody(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
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

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Follows redirects (each one checked like the first) to a response with a body. */
async function follow(
  start: URL,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<{ response: IncomingMessage; url: URL }> {
  let url = start;
  for (let hops = 0; ; hops += 1) {
    const response = await get(url, policy, signal);
    const location = response.headers.location;
    if (!REDIRECTS.has(response.statusCode ?? 0) || !location) return { response, url };
    response.resume();
    if (hops >= policy.maxRedirects)
      throw new FetchRefusedError(
        'fetch-redirects',
        `The address redirects more than ${policy.maxRedirects} times.`,
      );
    url = parseUrl(new URL(location, url).toString());
  }
}

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
