/**
 * Fault injection for REST: the next N matching requests get a 429 or an error status
 * instead of reaching their route, shaped the way @discordjs/rest reads them, or are held
 * for a while before reaching it (a slow Discord).
 */
import type { RestResult } from './discord-errors.js';

/** Which requests a fault hits and how it answers them. */
export interface RestFaultSpec {
  /** HTTP method to match (default: any). */
  method?: string;
  /** Matched against the decoded path below `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  path: RegExp;
  /**
   * 429 for a rate limit; any other status (typically 500/502/503) answers with that error.
   * Omitted: the request reaches its route as usual (after `delayMs`).
   */
  status?: number;
  /**
   * Hold the request this long before answering it. A request whose client hangs up meanwhile
   * (a process that exited) is dropped unanswered and unapplied, recorded with status 0.
   */
  delayMs?: number;
  /** How many matching requests to hit (default 1). */
  times?: number;
  /** For 429: the wait Discord asks for (default 100 ms; sent in seconds, fractional). */
  retryAfterMs?: number;
  /** For 429: a global rate limit (sets `X-RateLimit-Global`, which @discordjs/rest tests for by presence). */
  global?: boolean;
  /** Overrides the JSON body of the answer. */
  body?: unknown;
}

/** A registered fault; `hits` counts the requests it answered. */
export interface RestFault {
  readonly spec: Readonly<RestFaultSpec>;
  readonly name: string;
  hits: number;
  /** Requests still to be hit. */
  remaining: number;
}

/** The registry of pending faults. */
export class RestFaults {
  private readonly faults: RestFault[] = [];

  add(spec: RestFaultSpec): RestFault {
    const fault: RestFault = {
      spec,
      name: `${spec.method ?? '*'} ${spec.path.source} → ${spec.delayMs ? `held ${spec.delayMs} ms, ` : ''}${spec.status ?? 'routed'}`,
      hits: 0,
      remaining: spec.times ?? 1,
    };
    this.faults.push(fault);
    return fault;
  }

  /** Consumes one hit of the first fault matching the request, if any. */
  take(method: string, path: string): RestFault | undefined {
    const fault = this.faults.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (candidate.spec.method === undefined || candidate.spec.method.toUpperCase() === method) &&
        candidate.spec.path.test(path),
    );
    if (fault) {
      fault.remaining -= 1;
      fault.hits += 1;
    }
    return fault;
  }
}

/** The answer a fault gives; undefined when the request goes on to its route. */
export function faultResponse(fault: RestFault): RestResult | undefined {
  const { spec } = fault;
  if (spec.status === undefined) return undefined;
  if (spec.status !== 429) {
    const body = spec.body ?? { message: `${spec.status}: Emulated server error`, code: 0 };
    return { status: spec.status, body };
  }
  const retryAfterSeconds = (spec.retryAfterMs ?? 100) / 1000;
  const headers: Record<string, string> = {
    // Discord sends whole seconds here; fractions keep tests fast and @discordjs/rest parses them with Number().
    'Retry-After': String(retryAfterSeconds),
    'X-RateLimit-Limit': '5',
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': String(Date.now() / 1000 + retryAfterSeconds),
    'X-RateLimit-Reset-After': String(retryAfterSeconds),
    'X-RateLimit-Scope': spec.global ? 'global' : 'user',
  };
  if (spec.global) headers['X-RateLimit-Global'] = 'true';
  const body = spec.body ?? {
    message: 'You are being rate limited.',
    retry_after: retryAfterSeconds,
    global: spec.global ?? false,
  };
  return { status: 429, body, headers };
}
