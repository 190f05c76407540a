import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle } from '../../src/adapters/http/fetch-article.js';
import { isPublicAddress } from '../../src/adapters/http/public-address.js';
import type { FetchPolicy } from '../../src/core/articles/fetch-policy.js';
import { TINY_PNG } from '../support/article-fixtures.js';
import { startArticleServer } from '../support/article-server.js';

const OPEN: FetchPolicy = { maxBytes: 10_000, timeoutMs: 5_000, maxRedirects: 2, publicOnly: false };

const STORY = 'The ferry to Kessel Point runs twice a day in summer. '.repeat(40);
const GZIPPED = gzipSync(STORY);
/** The first half of the gzipped story: a compressed body cut off mid-stream. */
const HALF_GZIPPED = GZIPPED.subarray(0, GZIPPED.length >> 1);

describe('fetchArticle', () => {
  let server: Awaited<ReturnType<typeof startArticleServer>>;
  beforeAll(async () => {
    server = await startArticleServer({
      '/story.txt': { body: 'A short story.', contentType: 'text/plain; charset=utf-8' },
      '/big.txt': { body: 'x'.repeat(20_000), contentType: 'text/plain' },
      '/photo.png': { body: TINY_PNG, contentType: 'image/png' },
      '/hang': { hang: true },
      '/one': { redirect: '/two' },
      '/two': { redirect: '/three' },
      '/three': { redirect: '/story.txt' },
      '/moved': { redirect: '/story.txt' },
      '/to-localhost': { redirect: 'http://localhost:9/story.txt' },
      '/stalls.txt': {
        unfinished: {
          start: STORY.slice(0, 500),
          contentType: 'text/plain',
          then: 'stall',
          framing: 'until-close',
        },
      },
      '/stalls-chunked.txt': {
        unfinished: {
          start: STORY.slice(0, 500),
          contentType: 'text/plain',
          then: 'stall',
          framing: 'chunked',
        },
      },
      '/stalls.txt.gz': {
        unfinished: {
          start: HALF_GZIPPED,
          contentType: 'text/plain',
          contentEncoding: 'gzip',
          then: 'stall',
          framing: 'chunked',
        },
      },
      '/dropped.txt': {
        unfinished: {
          start: STORY.slice(0, 500),
          contentType: 'text/plain',
          then: 'drop',
          framing: 'chunked',
        },
      },
      '/dropped.txt.gz': {
        unfinished: {
          start: HALF_GZIPPED,
          contentType: 'text/plain',
          contentEncoding: 'gzip',
          then: 'drop',
          framing: 'chunked',
        },
      },
    });
  });
  afterAll(() => server.close());

  it('downloads a page, following a redirect', async () => {
    const fetched = await fetchArticle(server.url('/moved'), OPEN);
    expect(fetched.bytes.toString()).toBe('A short story.');
    expect(fetched.contentType).toBe('text/plain; charset=utf-8');
    expect(fetched.url).toBe(server.url('/story.txt'));
  });

  it('reads an address written in angle brackets, as Discord members write one to stop its preview', async () => {
    const fetched = await fetchArticle(`<${server.url('/story.txt')}>`, OPEN);
    expect(fetched.bytes.toString()).toBe('A short story.');
  });

  it.each([
    ['a non-http scheme', 'file:///etc/passwd', OPEN, /Only http and https/],
    ['something that is no URL', 'not a url', OPEN, /is not a URL/],
    ['a body over the size limit', '/big.txt', OPEN, /larger than the 0\.01 MB limit|over the/],
    ['a content type that is no article', '/photo.png', OPEN, /serves image\/png/],
    ['too many redirects', '/one', OPEN, /redirects more than 2 times/],
    [
      'a server that never answers',
      '/hang',
      { ...OPEN, timeoutMs: 300 },
      /did not send the page within 300 ms/,
    ],
    ['a missing page', '/nowhere', OPEN, /answered 404/],
  ])('refuses %s with a reason', async (_name, target, policy, message) => {
    const url = target.startsWith('/') ? server.url(target) : target;
    await expect(fetchArticle(url, policy)).rejects.toThrow(message);
  });

  // A limit on the test, not a timing assert: before, a compressed body cut short was waited
  // for forever, and the test would only end at vitest's own 60 s limit.
  it.each([
    ['a body that runs to the close', '/stalls.txt'],
    ['a chunked body', '/stalls-chunked.txt'],
    ['a compressed body', '/stalls.txt.gz'],
  ])(
    'times out on %s still arriving, instead of keeping what came',
    { timeout: 10_000 },
    async (_name, target) => {
      const failure = fetchArticle(server.url(target), { ...OPEN, timeoutMs: 300 });
      await expect(failure).rejects.toThrow(/did not send the page within 300 ms/);
      await expect(failure).rejects.toMatchObject({ code: 'fetch-timeout', retryable: true });
    },
  );

  it.each([
    ['a chunked body', '/dropped.txt'],
    ['a compressed body', '/dropped.txt.gz'],
  ])('refuses %s the server stopped sending midway', { timeout: 10_000 }, async (_name, target) => {
    const failure = fetchArticle(server.url(target), OPEN);
    await expect(failure).rejects.toThrow(/closed the connection before the end of the page/);
    await expect(failure).rejects.toMatchObject({ code: 'fetch-incomplete', retryable: true });
  });

  it('refuses loopback, private, link-local and metadata addresses for members, before connecting', async () => {
    const members: FetchPolicy = { ...OPEN, publicOnly: true };
    const before = server.requests.length;
    for (const url of [
      server.url('/story.txt'),
      'http://localhost:9/x',
      'http://[::1]:9/x',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.1.2.3/x',
      'http://[::ffff:192.168.0.1]/x',
    ]) {
      await expect(fetchArticle(url, members), url).rejects.toThrow(/private or local network address/);
    }
    expect(server.requests.length).toBe(before);
  });

  it('checks every redirect: a trusted host cannot send a member to a private address', async () => {
    const trusted: FetchPolicy = { ...OPEN, publicOnly: true, trustedHosts: [new URL(server.url('/')).host] };
    await expect(fetchArticle(server.url('/story.txt'), trusted)).resolves.toMatchObject({
      url: server.url('/story.txt'),
    });
    await expect(fetchArticle(server.url('/to-localhost'), trusted)).rejects.toThrow(
      /localhost is on a private or local network address/,
    );
  });

  it('classifies addresses with ipaddr.js ranges', () => {
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    expect(isPublicAddress('2606:2800:220:1:248:1893:25c8:1946')).toBe(true);
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00:ec2::254',
      'fe80::1',
      '::ffff:127.0.0.1',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});
