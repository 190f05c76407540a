import { RESTEvents, type REST } from 'discord.js';
import type { Logger } from '../../logging/logger.js';

/** Discord's limit for acknowledging an interaction; later, the member sees "The application did not respond". */
export const ACK_DEADLINE_MS = 3000;

/** An acknowledgement that missed the deadline. */
export interface LateAcknowledgement {
  interactionId: string;
  guildId: string | null;
  /** From receiving the interaction to Discord's answer to the acknowledgement. */
  delayMs: number;
  /** Discord refused it (404 Unknown interaction): the member saw an error. */
  refused: boolean;
}

/** The callback route of an interaction: `/interactions/{id}/{token}/callback`. */
const CALLBACK = /^\/interactions\/(\d+)\/[^/]+\/callback$/;

/**
 * Watches interaction acknowledgements at the REST layer, where every one of them passes
 * (replies, deferrals, autocomplete), retries included: a 429 on the callback makes discord.js
 * wait and retry, which can push the acknowledgement past Discord's 3-second deadline without
 * anything failing in the handler. Each late one is logged as a warning with the interaction id
 * and the delay, and reported to `onLate` (counted for /stats).
 */
export class AckMonitor {
  private readonly arrivals = new Map<string, { at: number; guildId: string | null }>();

  constructor(
    private readonly options: {
      logger: Logger;
      onLate: (late: LateAcknowledgement) => void;
      now?: () => number;
    },
  ) {}

  /** Listens to a REST client's responses. */
  attach(rest: Pick<REST, 'on'>): void {
    rest.on(RESTEvents.Response, (request, response) =>
      this.response(request.method, request.path, response.status),
    );
  }

  /** An interaction has just arrived; its acknowledgement is due within the deadline. */
  arrived(interactionId: string, guildId: string | null): void {
    this.arrivals.set(interactionId, { at: this.now(), guildId });
  }

  /** The interaction's handler is done; nothing more is expected of it. */
  forget(interactionId: string): void {
    this.arrivals.delete(interactionId);
  }

  /** A REST response; the first final one (not a 429) to an interaction's callback settles it. */
  response(method: string, path: string, status: number): void {
    if (status === 429 || method.toUpperCase() !== 'POST') return;
    const interactionId = CALLBACK.exec(path)?.[1];
    const arrival = interactionId === undefined ? undefined : this.arrivals.get(interactionId);
    if (!interactionId || !arrival) return;
    this.arrivals.delete(interactionId);
    const delayMs = Math.round(this.now() - arrival.at);
    const refused = status === 404;
    if (delayMs <= ACK_DEADLINE_MS && !refused) return;
    this.options.logger.warn(
      { interactionId, guildId: arrival.guildId, delayMs, deadlineMs: ACK_DEADLINE_MS, status },
      refused
        ? "acknowledgement refused: Discord's 3-second deadline had passed"
        : "acknowledgement later than Discord's 3-second deadline",
    );
    this.options.onLate({ interactionId, guildId: arrival.guildId, delayMs, refused });
  }

  private now(): number {
    return (this.options.now ?? (() => performance.now()))();
  }
}
