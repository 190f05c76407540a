/**
 * A stand-in for the Hugging Face Hub, so the `--build-arg EMBEDDING_MODEL=…` path can be tested
 * without internet: it serves a local model directory as `<repo>/resolve/main/<file>`, which is
 * what transformers.js downloads (HF_ENDPOINT points the build at it).
 */
import { once } from 'node:events';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface LocalHub {
  /** Ends with `/`, like HF_ENDPOINT. */
  url: string;
  /** Paths of the files served (200), in order. */
  served: string[];
  close(): Promise<void>;
}

/** Serves `directory` as the Hub repository `repo` on `host` (an address of this machine). */
export async function startLocalHub(repo: string, directory: string, host = '127.0.0.1'): Promise<LocalHub> {
  const served: string[] = [];
  const prefix = `/${repo}/resolve/main/`;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://hub.local');
    const relative = url.pathname.startsWith(prefix)
      ? decodeURIComponent(url.pathname.slice(prefix.length))
      : undefined;
    const file = relative === undefined ? undefined : path.resolve(directory, relative);
    if (
      !file ||
      !file.startsWith(`${path.resolve(directory)}${path.sep}`) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Entry not found');
      return;
    }
    served.push(url.pathname);
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': statSync(file).size,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  const listening = once(server, 'listening');
  const failed = once(server, 'error').then(([error]) => Promise.reject(error as Error));
  server.listen(0, host);
  await Promise.race([listening, failed]);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
