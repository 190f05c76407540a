/**
 * The HTTP side of the emulator: parses requests below `/api/v10` (JSON or multipart
 * with `payload_json`), applies injected faults, authentication and routing, and records
 * every exchange.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { EmulatorCore } from './core.js';
import { discordError, notFound, unauthorized, type RestResult } from './discord-errors.js';
import { faultResponse, type RestFaults } from './rest-faults.js';
import type { RestRequest, RestRouter } from './rest-router.js';
import type { RecordedRequest } from './types.js';

/** Discord's attachment cap for bots is 25 MiB; anything beyond is a broken client. */
const MAX_BODY_BYTES = 26 * 1024 * 1024;
const API_PREFIX = '/api/v10';
/** Where uploaded attachments are served, as Discord's CDN serves them. */
export const ATTACHMENT_PREFIX = '/attachments/';

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Parses a JSON or multipart body; multipart uses the platform's own form-data parser. */
async function parseBody(raw: Buffer, contentType: string): Promise<Pick<RestRequest, 'body' | 'files'>> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Request('http://127.0.0.1/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: raw,
    }).formData();
    let body: unknown;
    const files: RestRequest['files'] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({ field, name: value.name, size: value.size, contentType: value.type });
      }
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')) as unknown, files: [] };
}

function decodePath(rawPath: string): string {
  return rawPath
    .split('/')
    .map((segment) => decodeURIComponent(segment))
    .join('/');
}

/** Handles one HTTP request end to end. */
export class RestServer {
  constructor(
    private readonly core: EmulatorCore,
    private readonly router: RestRouter,
    private readonly faults: RestFaults,
  ) {}

  async handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const method = (incoming.method ?? 'GET').toUpperCase();
    if (url.pathname.startsWith(ATTACHMENT_PREFIX)) return this.serveAttachment(url.pathname, outgoing);
    const request: RestRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      authorization: incoming.headers.authorization,
      body: undefined,
      files: [],
    };
    let result: RestResult;
    let faultName: string | undefined;
    // A held request whose client went away is never answered, nor applied.
    let clientGone = false;
    outgoing.once('close', () => (clientGone = !outgoing.writableEnded));
    try {
      Object.assign(
        request,
        await parseBody(await readBody(incoming), incoming.headers['content-type'] ?? ''),
      );
      if (!url.pathname.startsWith(`${API_PREFIX}/`)) {
        result = notFound();
      } else {
        request.path = decodePath(url.pathname.slice(API_PREFIX.length));
        const fault = this.faults.take(method, request.path);
        faultName = fault?.name;
        if (fault?.spec.delayMs) {
          this.core.emit('requestHeld', { method, path: request.path, fault: fault.name });
          await delay(fault.spec.delayMs);
        }
        result = clientGone
          ? { status: 0, body: undefined }
          : ((fault ? faultResponse(fault) : undefined) ?? this.route(request));
      }
    } catch (error) {
      result = discordError(400, 50109, `The request body contains invalid JSON. (${String(error)})`);
    }
    if (!clientGone) this.respond(outgoing, result);
    const recorded: RecordedRequest = {
      method,
      path: request.path,
      query: Object.fromEntries(url.searchParams),
      authorization: request.authorization,
      body: request.body,
      files: request.files,
      status: result.status,
      response: result.body,
      receivedAt,
    };
    if (faultName !== undefined) recorded.fault = faultName;
    this.core.requests.push(recorded);
    this.core.emit('request', recorded);
  }

  /** Discord's CDN stand-in: `GET /attachments/<channel>/<id>/<name>` answers the uploaded bytes. */
  private serveAttachment(pathname: string, outgoing: ServerResponse): void {
    const id = pathname.slice(ATTACHMENT_PREFIX.length).split('/')[1] ?? '';
    const file = this.core.attachmentFiles.get(id);
    if (!file) {
      outgoing.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    outgoing.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': String(file.data.length) }).end(file.data);
  }

  private route(request: RestRequest): RestResult {
    const match = this.router.match(request.method, request.path);
    if (match.kind === 'notFound') return notFound();
    if (match.kind === 'methodNotAllowed') return discordError(405, 0, '405: Method Not Allowed');
    if (match.authenticated && request.authorization !== `Bot ${this.core.options.token}`)
      return unauthorized();
    try {
      return match.handler(request, match.params);
    } catch (error) {
      // A bug in the emulator: answer like a Discord outage and make it loud in the test log.
      console.error('Discord emulator route failed', request.method, request.path, error);
      return { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
    }
  }

  private respond(outgoing: ServerResponse, result: RestResult): void {
    const headers: Record<string, string> = { ...result.headers };
    if (result.status === 204 || result.body === undefined) {
      outgoing.writeHead(result.status === 200 ? 204 : result.status, headers).end();
      return;
    }
    const text = JSON.stringify(result.body);
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(Buffer.byteLength(text));
    outgoing.writeHead(result.status, headers).end(text);
  }
}
