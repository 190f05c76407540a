import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the health check found: ready or not, and details for whoever reads the body. */
export interface HealthReport {
  ok: boolean;
  details: Record<string, unknown>;
}

/** Options of {@link startHealthServer}. */
export interface HealthServerOptions {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Asked on every request; must be fast and must not throw. */
  check: () => HealthReport;
}

/** A running health server. */
export interface HealthServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * `GET /healthz`: 200 when the bot can answer (gateway connected, index loaded), 503
 * otherwise, with a small JSON body either way. For Docker's HEALTHCHECK and orchestrators;
 * it listens on 127.0.0.1 unless configured otherwise.
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/healthz' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'not found' }));
      return;
    }
    let report: HealthReport;
    try {
      report = options.check();
    } catch (error) {
      report = { ok: false, details: { error: (error as Error).message } };
    }
    const body = JSON.stringify({ status: report.ok ? 'ok' : 'unavailable', ...report.details });
    response.writeHead(report.ok ? 200 : 503, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  server.listen(options.port, options.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/healthz`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
