import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A chat message as the server received it. */
export interface ReceivedMessage {
  role: string;
  content: string;
}

/** One request as the server received it; `body` is the parsed JSON (undefined when not JSON). */
export interface RecordedCompletionRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body:
    | {
        model?: string;
        messages?: ReceivedMessage[];
        temperature?: number;
        max_tokens?: number;
        max_completion_tokens?: number;
      stream?: boolean;
      }
    | undefined;
}

/**
 * What the server does with the next request:
 * - `completion`: a well-formed chat completion whose message content is `content`;
 * - `echo`: a completion whose content is the request's user message (prompt-injection tests);
 * - `status`: that HTTP status with `body` (default: an OpenAI-style error object);
 * - `raw`: a 200 with `body` as it is (malformed JSON, missing fields);
 * - `hang`: accept the request and never answer, until the server closes (timeout tests);
 * - `stream`: server-sent events, one per chunk, then `[DONE]`; with `pauseBefore`, the chunks
 *   from that index on wait until `resume` settles, so a test can look at the reply half-written.
 */
export type ScriptedReply =
  | { kind: 'completion'; content: string | null }
  | { kind: 'echo' }
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'raw'; body: string }
  | { kind: 'hang' }
  | { kind: 'stream'; chunks: string[]; pauseBefore?: number; resume?: Promise<void> };

/** The OpenAI chat-completions response shape, with just the fields clients read. */
export function completionBody(content: string | null, model = 'test-model'): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  });
}

/**
 * A local OpenAI-compatible server for tests: `POST /v1/chat/completions` on 127.0.0.1 with
 * scripted completions and faults, recording every request. Point `LLM_BASE_URL` at `baseUrl`.
 */
export class OpenAiTestServer {
  /** Every request received, in order. */
  readonly requests: RecordedCompletionRequest[] = [];
  private reply: ScriptedReply | ((request: RecordedCompletionRequest) => ScriptedReply) = {
    kind: 'completion',
    content: '',
  };

  private readonly server: Server;
  private port = 0;

  private constructor() {
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
  }

  /** Starts a server on a free port of 127.0.0.1. */
  static async start(): Promise<OpenAiTestServer> {
    const instance = new OpenAiTestServer();
    await new Promise<void>((resolve, reject) => {
      instance.server.once('error', reject);
      instance.server.listen(0, '127.0.0.1', () => resolve());
    });
    instance.port = (instance.server.address() as AddressInfo).port;
    return instance;
  }

  /** The API root to configure, e.g. `http://127.0.0.1:41234/v1`. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  /** Sets the reply for every following request (a function can vary it by request). */
  respondWith(reply: ScriptedReply | ((request: RecordedCompletionRequest) => ScriptedReply)): void {
    this.reply = reply;
  }

  /** The most recent request; throws when there was none. */
  lastRequest(): RecordedCompletionRequest {
    const last = this.requests.at(-1);
    if (!last) throw new Error('the OpenAI test server has received no request');
    return last;
  }

  /** Stops the server, cutting any request it is still holding. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: RecordedCompletionRequest['body'];
    try {
      body = JSON.parse(text) as RecordedCompletionRequest['body'];
    } catch {
      body = undefined;
    }
    const recorded: RecordedCompletionRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body,
    };
    this.requests.push(recorded);
    if (recorded.method !== 'POST' || recorded.path !== '/v1/chat/completions') {
      return this.send(response, 404, JSON.stringify({ error: { message: 'not found' } }));
    }
    const reply = typeof this.reply === 'function' ? this.reply(recorded) : this.reply;
    switch (reply.kind) {
      case 'completion':
        return this.send(response, 200, completionBody(reply.content, body?.model));
      case 'echo': {
        const user = body?.messages?.find((message) => message.role === 'user')?.content ?? '';
        return this.send(response, 200, completionBody(user, body?.model));
      }
      case 'status':
        return this.send(
          response,
          reply.status,
          reply.body ?? JSON.stringify({ error: { message: 'scripted failure' } }),
        );
      case 'raw':
        return this.send(response, 200, reply.body);
      case 'hang':
        // Keep the socket open; close() cuts it.
        return;
      case 'stream':
        return this.stream(response, reply, body?.model);
    }
  }

  private async stream(
    response: ServerResponse,
    reply: Extract<ScriptedReply, { kind: 'stream' }>,
    model = 'test-model',
  ): Promise<void> {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const event = (data: string): void => void response.write(`data: ${data}\n\n`);
    for (const [index, content] of reply.chunks.entries()) {
      if (index === reply.pauseBefore) await reply.resume;
      event(
        JSON.stringify({
          id: 'chatcmpl-test',
          object: 'chat.completion.chunk',
          model,
          choices: [{ index: 0, delta: { content } }],
        }),
      );
    }
    event('[DONE]');
    response.end();
  }

  private send(response: ServerResponse, status: number, body: string): void {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(body);
  }
}

/** A base URL on 127.0.0.1 where nothing listens (a port just released), for "connection refused". */
export async function closedPortBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}
