/**
 * A gateway session: the sequence counter and the log of dispatches that a RESUME
 * replays. It outlives its WebSocket connection until invalidated.
 */
import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';

/** A dispatch frame (op 0) as sent. */
export interface DispatchFrame {
  op: 0;
  s: number;
  t: string;
  d: unknown;
}

/** Discord keeps a bounded backlog per session; so does the emulator. */
const MAX_LOGGED_DISPATCHES = 5000;

/** One WebSocket connection of the gateway and what it has authenticated as. */
export class GatewayConnection {
  session: GatewaySession | undefined;
  /** Set when the emulator itself closes the socket (for the close event's `initiatedBy`). */
  closingByServer = false;

  constructor(
    readonly socket: WebSocket,
    /** The URL path the client connected to (`/` or `/resume`). */
    readonly path: string,
  ) {}

  get authenticated(): boolean {
    return this.session !== undefined;
  }

  /** Sends a JSON text frame if the socket is still open. */
  send(payload: unknown): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(payload));
  }
}

export class GatewaySession {
  readonly id = randomBytes(16).toString('hex');
  sequence = 0;
  connection: GatewayConnection | undefined;
  /** Once invalidated, the session can no longer be resumed nor receive events. */
  invalidated = false;
  private readonly log: DispatchFrame[] = [];

  constructor(readonly intents: number) {}

  /** Numbers and logs a dispatch, and sends it now if a connection is attached. */
  dispatch(eventName: string, data: unknown): DispatchFrame {
    this.sequence += 1;
    const frame: DispatchFrame = { op: 0, s: this.sequence, t: eventName, d: data };
    this.log.push(frame);
    if (this.log.length > MAX_LOGGED_DISPATCHES) this.log.shift();
    this.connection?.send(frame);
    return frame;
  }

  /** Dispatches after the given sequence, for replay on RESUME. */
  dispatchesAfter(sequence: number): DispatchFrame[] {
    return this.log.filter((frame) => frame.s > sequence);
  }

  /** Whether a RESUME from this sequence can be served (the backlog still reaches back to it). */
  canReplayFrom(sequence: number): boolean {
    const oldest = this.log[0];
    return sequence <= this.sequence && (oldest === undefined || oldest.s <= sequence + 1);
  }
}
