import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserError } from '../../core/errors.js';

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

/** Why the health endpoint could not listen, in words an admin can act on, by error code. */
const LISTEN_FAILURES: Record<string, string> = {
  EADDRINUSE: 'the port is in use by another process: stop it, or set HEALTH_PORT to a free port',
  EACCES: 'permission denied (ports below 1024 need privileges): set HEALTH_PORT to 1024 or above',
  EADDRNOTAVAIL: 'HEALTH_HOST is not an address of this machine: use 127.0.0.1, or 0.0.0.0 for every address',
  ENOTFOUND: 'HEALTH_HOST is not a known host name: use 127.0.0.1, or 0.0.0.0 for every address',
  EAI_AGAIN: 'HEALTH_HOST could not be resolved: use 127.0.0.1, or 0.0.0.0 for every address',
};

/**
 * A listen failure of a known kind as a {@link UserError} naming the address and the fix: the bot's
 * start-up would otherwise report, say, a HEALTH_HOST typo's ENOTFOUND as "cannot reach the
 * Discord API". Other failures stay as they are.
 */
function listenError(error: unknown, options: HealthServerOptions): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : LISTEN_FAILURES[code];
  if (reason === undefined) return error;
  const address = options.host.includes(':') ? `[${options.host}]:${options.port}` : `${options.host}:${options.port}`;
  return new UserError('health-listen', `the health endpoint cannot listen on ${address}: ${reason}`);
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
  try {
    await once(server, 'listening');
  } catch (error) {
    throw listenError(error, options);
  }
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
