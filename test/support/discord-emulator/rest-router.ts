import type { RestResult } from './discord-errors.js';
import type { RecordedRequest } from './types.js';

/** A parsed REST request as route handlers see it. */
export interface RestRequest {
  method: string;
  /** Path below `/api/v10`, percent-decoded. */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  /** Parsed JSON body, or the `payload_json` part of a multipart body. */
  body: unknown;
  files: RecordedRequest['files'];
}

/** A route handler; it gets the `:name` segments of the pattern as `params`. */
export type RouteHandler = (request: RestRequest, params: Record<string, string>) => RestResult;

interface Route {
  method: string;
  segments: string[];
  /** Whether the route demands `Authorization: Bot <token>` (interaction callbacks and webhooks don't). */
  authenticated: boolean;
  handler: RouteHandler;
}

/** The outcome of matching a request against the routes. */
export type RouteMatch =
  | { kind: 'found'; handler: RouteHandler; authenticated: boolean; params: Record<string, string> }
  | { kind: 'methodNotAllowed' }
  | { kind: 'notFound' };

/** A small method + path-pattern router (`/channels/:channelId/messages`). */
export class RestRouter {
  private readonly routes: Route[] = [];

  add(
    method: string,
    pattern: string,
    handler: RouteHandler,
    options: { authenticated?: boolean } = {},
  ): this {
    this.routes.push({
      method,
      segments: pattern.split('/').filter(Boolean),
      authenticated: options.authenticated ?? true,
      handler,
    });
    return this;
  }

  match(method: string, path: string): RouteMatch {
    const segments = path.split('/').filter(Boolean);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      pathMatched = true;
      if (route.method === method) {
        return { kind: 'found', handler: route.handler, authenticated: route.authenticated, params };
      }
    }
    return pathMatched ? { kind: 'methodNotAllowed' } : { kind: 'notFound' };
  }
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, expected] of pattern.entries()) {
    const value = actual[index] ?? '';
    if (expected.startsWith(':')) params[expected.slice(1)] = value;
    else if (expected !== value) return undefined;
  }
  return params;
}
