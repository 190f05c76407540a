/**
 * The requests of a download: the address checked, one GET, and the redirects followed to the
 * response with the body.
 */
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { FetchPolicy } from '../../core/articles/fetch-policy.js';
import { writtenAddress } from '../../core/articles/written-address.js';
import { FetchRefusedError } from './fetch-refused.js';
import { isPublicAddress, privateRefusal, publicLookup } from './public-address.js';

/** The address a member wrote, as a URL the bot may fetch: http(s), without credentials. */
export function parseUrl(written: string): URL {
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

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Follows redirects (each one checked like the first) to a response with a body. */
export async function follow(
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
