import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ChatCompletionError,
  type ChatCompletionRequest,
} from '../../src/core/generation/chat-completion-client.js';
import { OpenAiCompatibleClient } from '../../src/core/generation/openai-compatible-client.js';
import { closedPortBaseUrl, OpenAiTestServer } from '../support/openai-test-server.js';

const REQUEST: ChatCompletionRequest = {
  messages: [
    { role: 'system', content: 'rules' },
    { role: 'user', content: 'question' },
  ],
  maxTokens: 50,
};

/** The failure reason of a completion that must fail. */
async function failureOf(promise: Promise<string>): Promise<string> {
  const error: unknown = await promise.then(
    () => new Error('expected the completion to fail'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ChatCompletionError);
  return (error as ChatCompletionError).reason;
}

describe('OpenAiCompatibleClient', () => {
  let server: OpenAiTestServer;
  const client = (
    overrides: { apiKey?: string; timeoutMs?: number; baseUrl?: string } = {},
  ): OpenAiCompatibleClient =>
    new OpenAiCompatibleClient({
      baseUrl: server.baseUrl,
      model: 'test-model',
      timeoutMs: 5_000,
      ...overrides,
    });

  beforeEach(async () => {
    server = await OpenAiTestServer.start();
  });
  afterEach(() => server.close());

  it('posts the messages to {baseUrl}/chat/completions and returns the reply text', async () => {
    server.respondWith({ kind: 'completion', content: 'An answer [1].' });
    await expect(client({ baseUrl: `${server.baseUrl}/` }).complete(REQUEST)).resolves.toBe('An answer [1].');
    const request = server.lastRequest();
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toMatchObject({
      model: 'test-model',
      messages: REQUEST.messages,
      temperature: 0,
      max_tokens: 50,
    });
  });

  it('sends a bearer token only when an API key is configured', async () => {
    server.respondWith({ kind: 'completion', content: 'ok' });
    await client().complete(REQUEST);
    expect(server.lastRequest().headers.authorization).toBeUndefined();
    await client({ apiKey: 'sk-test-key' }).complete(REQUEST);
    expect(server.lastRequest().headers.authorization).toBe('Bearer sk-test-key');
  });

  it('gives up after the configured timeout when the server never answers', async () => {
    server.respondWith({ kind: 'hang' });
    const started = performance.now();
    expect(await failureOf(client({ timeoutMs: 150 }).complete(REQUEST))).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  it('reports a cancelled request as aborted', async () => {
    server.respondWith({ kind: 'hang' });
    const controller = new AbortController();
    const pending = client().complete({ ...REQUEST, signal: controller.signal });
    controller.abort();
    expect(await failureOf(pending)).toBe('aborted');
  });

  it('reports a non-2xx status without the API key in the message', async () => {
    server.respondWith({ kind: 'status', status: 500, body: 'model crashed' });
    const error = await client({ apiKey: 'sk-secret' })
      .complete(REQUEST)
      .catch((caught: unknown) => caught as ChatCompletionError);
    expect(error).toMatchObject({ reason: 'http-status' });
    expect((error as Error).message).toMatch(/500: model crashed/);
    expect((error as Error).message).not.toContain('sk-secret');
  });

  it.each([
    ['not JSON', '{"choices": [', 'malformed-response'],
    ['no choices', '{"object": "chat.completion"}', 'malformed-response'],
    [
      'null content',
      '{"choices": [{"message": {"role": "assistant", "content": null}}]}',
      'malformed-response',
    ],
    ['blank content', '{"choices": [{"message": {"role": "assistant", "content": "  "}}]}', 'empty-reply'],
    [
      'a reply cut at the token limit',
      '{"choices": [{"message": {"role": "assistant", "content": "Sherman [1] said the talks in Geneva lasted"}, "finish_reason": "length"}]}',
      'cut-off',
    ],
  ])('rejects a response with %s', async (_name, body, reason) => {
    server.respondWith({ kind: 'raw', body });
    expect(await failureOf(client().complete(REQUEST))).toBe(reason);
  });

  it('accepts content given as a list of text parts', async () => {
    server.respondWith({
      kind: 'raw',
      body: '{"choices": [{"message": {"content": [{"type": "text", "text": "A [1]"}]}}]}',
    });
    await expect(client().complete(REQUEST)).resolves.toBe('A [1]');
  });

  it('reports a refused connection', async () => {
    const refused = new OpenAiCompatibleClient({
      baseUrl: await closedPortBaseUrl(),
      model: 'm',
      timeoutMs: 5_000,
    });
    expect(await failureOf(refused.complete(REQUEST))).toBe('connection');
  });

  it('adapts to a reasoning model that refuses max_tokens and temperature 0, once, then keeps the dialect', async () => {
    // What OpenAI's o-series and gpt-5 models answer to such requests.
    const refusal = (param: string, message: string): string =>
      JSON.stringify({
        error: { message, type: 'invalid_request_error', param, code: 'unsupported_parameter' },
      });
    server.respondWith((request) => {
      if (request.body?.max_tokens !== undefined)
        return {
          kind: 'status',
          status: 400,
          body: refusal(
            'max_tokens',
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          ),
        };
      if (request.body?.temperature !== undefined)
        return {
          kind: 'status',
          status: 400,
          body: refusal(
            'temperature',
            "Unsupported value: 'temperature' does not support 0 with this model.",
          ),
        };
      return { kind: 'completion', content: 'A reasoned answer [1].' };
    });
    const reasoning = client();
    await expect(reasoning.complete(REQUEST)).resolves.toBe('A reasoned answer [1].');
    expect(server.requests).toHaveLength(3);
    const accepted = server.lastRequest().body;
    expect(accepted?.max_tokens).toBeUndefined();
    expect(accepted?.temperature).toBeUndefined();
    // The answer's budget plus room to think.
    expect(accepted?.max_completion_tokens).toBeGreaterThan(REQUEST.maxTokens);
    await expect(reasoning.complete(REQUEST)).resolves.toBe('A reasoned answer [1].');
    expect(server.requests).toHaveLength(4);
  });

  it('does not retry a 400 that refuses something it cannot change', async () => {
    server.respondWith({
      kind: 'status',
      status: 400,
      body: JSON.stringify({ error: { message: 'model not found', param: 'model' } }),
    });
    expect(await failureOf(client().complete(REQUEST))).toBe('http-status');
    expect(server.requests).toHaveLength(1);
  });

  it('streams when asked to, reporting the reply so far as it arrives', async () => {
    let release = (): void => undefined;
    const resume = new Promise<void>((resolve) => (release = resolve));
    server.respondWith({
      kind: 'stream',
      chunks: ['Wendy ', 'Sherman led', ' it [1].'],
      pauseBefore: 2,
      resume,
    });
    const seen: string[] = [];
    const completion = client().complete({
      ...REQUEST,
      onText: (textSoFar) => {
        seen.push(textSoFar);
        // Half-written: the server holds the last chunk until the test has seen this much.
        if (textSoFar === 'Wendy Sherman led') release();
      },
    });
    await expect(completion).resolves.toBe('Wendy Sherman led it [1].');
    expect(seen.at(-1)).toBe('Wendy Sherman led it [1].');
    expect(seen).toContain('Wendy Sherman led');
    expect(server.lastRequest().body).toMatchObject({ stream: true });
  });

  it('takes a reply in one piece from a server that does not stream, and reports an empty stream', async () => {
    server.respondWith({ kind: 'completion', content: 'Whole [1].' });
    const seen: string[] = [];
    await expect(client().complete({ ...REQUEST, onText: (text) => seen.push(text) })).resolves.toBe(
      'Whole [1].',
    );
    expect(seen).toEqual([]);
    server.respondWith({ kind: 'stream', chunks: ['', ' '] });
    expect(await failureOf(client().complete({ ...REQUEST, onText: () => undefined }))).toBe('empty-reply');
  });
});
