import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A body the server starts and never finishes: it sends `start`, then `then` says whether it
 * keeps the connection open and silent (`stall`) or drops it (`drop`). `framing` is how the
 * body's end would have been told: chunks, or (with neither a length nor chunks) the
 * connection closing, as HTTP/1.0 servers do.
 */
export interface UnfinishedBody {
  start: string | Uint8Array;
  contentType: string;
  then: 'stall' | 'drop';
  framing: 'chunked' | 'until-close';
  contentEncoding?: string;
}

/** A route of the local test server: a body and its content type, a redirect, no answer, or an unfinished body. */
export type Route =
  | { body: string | Uint8Array; contentType: string; status?: number }
  | { redirect: string }
  | { hang: true }
  | { unfinished: UnfinishedBody };

/** A local HTTP server on 127.0.0.1 serving fixed routes, for article downloads in tests. */
export async function startArticleServer(
  routes: Record<string, Route>,
): Promise<{ url: (path: string) => string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const route = routes[path];
    if (!route) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if ('hang' in route) return void hanging.add(response);
    if ('redirect' in route) return void response.writeHead(302, { location: route.redirect }).end();
    if ('unfinished' in route) {
      const { start, contentType, then, framing, contentEncoding } = route.unfinished;
      // Node chunks a body of unknown length unless told not to; without it the body runs to the close.
      if (framing === 'until-close') response.removeHeader('transfer-encoding');
      response.writeHead(200, {
        'content-type': contentType,
        ...(contentEncoding ? { 'content-encoding': contentEncoding } : {}),
      });
      hanging.add(response);
      // Dropped once the start has left, so the client has it before the connection ends.
      response.write(start, () => {
        if (then === 'drop') response.socket?.destroy();
      });
      return;
    }
    response.writeHead(route.status ?? 200, { 'content-type': route.contentType }).end(route.body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
