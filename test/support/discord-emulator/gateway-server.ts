/**
 * The gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with replay,
 * and the server-side disruptions tests trigger (close codes, op 7, op 9).
 * Frames are plain JSON text: discord.js only asks for zlib-stream when zlib-sync is installed.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { PRIVILEGED_INTENTS, type EmulatorCore, type GatewayDispatcher } from './core.js';
import { sessionStartEvents } from './gateway-ready.js';
import { GatewayConnection, GatewaySession } from './gateway-session.js';
import type { IdentifyRecord } from './types.js';

/** Gateway opcodes. */
export const Opcode = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** Close codes after which Discord discards the session (a later RESUME gets op 9). */
const SESSION_ENDING_CLOSE_CODES = new Set([
  1000, 1001, 4003, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014,
]);
const COMMAND_OPCODES = new Set<number>([
  Opcode.PresenceUpdate,
  Opcode.VoiceStateUpdate,
  Opcode.RequestGuildMembers,
  31,
]);

export class GatewayServer implements GatewayDispatcher {
  /** The newest session; the only one events go to. */
  session: GatewaySession | undefined;
  readonly identifies: IdentifyRecord[] = [];
  resumeCount = 0;
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly connections = new Set<GatewayConnection>();

  constructor(
    private readonly core: EmulatorCore,
    private readonly resumeUrl: () => string,
  ) {}

  /** Takes over an HTTP upgrade request. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    this.server.handleUpgrade(request, socket, head, (webSocket) => this.accept(webSocket, url));
  }

  dispatch(eventName: string, data: unknown): boolean {
    const session = this.session;
    if (!session || session.invalidated) return false;
    const frame = session.dispatch(eventName, data);
    this.core.emit('dispatch', frame);
    return true;
  }

  sessionIntents(): number | undefined {
    return this.session && !this.session.invalidated ? this.session.intents : undefined;
  }

  /** Closes the current connection with a code; resolves once the socket is closed. */
  closeConnection(code: number, reason = ''): Promise<void> {
    const connection = this.requireConnection();
    if (SESSION_ENDING_CLOSE_CODES.has(code) && connection.session) connection.session.invalidated = true;
    connection.closingByServer = true;
    return new Promise((resolve) => {
      connection.socket.once('close', () => resolve());
      connection.socket.close(code, reason);
    });
  }

  /** Sends op 7 RECONNECT; discord.js then reconnects and resumes. */
  requestReconnect(): void {
    this.requireConnection().send({ op: Opcode.Reconnect, d: null, s: null, t: null });
  }

  /** Sends op 9 INVALID_SESSION; non-resumable ends the session (discord.js re-identifies). */
  invalidateSession(resumable: boolean): void {
    const connection = this.requireConnection();
    const session = connection.session;
    if (session) {
      if (!resumable) session.invalidated = true;
      // The client must authenticate again (RESUME or IDENTIFY); meanwhile events are only logged.
      session.connection = undefined;
      connection.session = undefined;
    }
    connection.send({ op: Opcode.InvalidSession, d: resumable, s: null, t: null });
  }

  /** Drops every connection and stops accepting new ones. */
  async close(): Promise<void> {
    for (const connection of this.connections) connection.socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private requireConnection(): GatewayConnection {
    const connection = this.session?.connection;
    if (!connection) throw new Error('Discord emulator: no gateway connection is open');
    return connection;
  }

  private accept(socket: WebSocket, url: URL): void {
    const connection = new GatewayConnection(socket, url.pathname);
    this.connections.add(connection);
    socket.on('message', (data, isBinary) => this.receive(connection, data, isBinary));
    socket.on('close', (code) => this.onClose(connection, code));
    socket.on('error', () => socket.terminate());
    this.core.emit('gatewayConnect', { url: url.pathname + url.search });
    if (url.searchParams.get('v') !== '10') return this.reject(connection, 4012, 'Invalid API version');
    if (url.searchParams.get('encoding') !== 'json')
      return this.reject(connection, 4002, 'Error while decoding payload.');
    connection.send({
      op: Opcode.Hello,
      d: { heartbeat_interval: this.core.options.heartbeatIntervalMs, _trace: ['emulator'] },
      s: null,
      t: null,
    });
  }

  private reject(connection: GatewayConnection, code: number, reason: string): void {
    connection.closingByServer = true;
    connection.socket.close(code, reason);
  }

  private receive(connection: GatewayConnection, data: RawData, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frame');
      payload = JSON.parse(data.toString()) as { op?: unknown; d?: unknown };
    } catch {
      return this.reject(connection, 4002, 'Error while decoding payload.');
    }
    const d = (payload.d ?? {}) as Record<string, unknown>;
    if (payload.op === Opcode.Heartbeat) {
      connection.send({ op: Opcode.HeartbeatAck });
      this.core.emit('heartbeat', { sequence: typeof payload.d === 'number' ? payload.d : null });
    } else if (payload.op === Opcode.Identify) {
      this.identify(connection, d);
    } else if (payload.op === Opcode.Resume) {
      this.resume(connection, d);
    } else if (typeof payload.op === 'number' && COMMAND_OPCODES.has(payload.op)) {
      if (!connection.authenticated) this.reject(connection, 4003, 'Not authenticated.');
    } else {
      this.reject(connection, 4001, 'Unknown opcode.');
    }
  }

  private identify(connection: GatewayConnection, d: Record<string, unknown>): void {
    if (connection.authenticated) return this.reject(connection, 4005, 'Already authenticated.');
    if (d.token !== this.core.options.token) return this.reject(connection, 4004, 'Authentication failed.');
    if (typeof d.intents !== 'number' || !Number.isInteger(d.intents))
      return this.reject(connection, 4013, 'Invalid intent(s).');
    if ((d.intents & PRIVILEGED_INTENTS & ~this.core.options.allowedPrivilegedIntents) !== 0)
      return this.reject(connection, 4014, 'Disallowed intent(s).');
    const shard = d.shard;
    if (shard !== undefined && (!Array.isArray(shard) || shard[0] !== 0 || shard[1] !== 1))
      return this.reject(connection, 4010, 'Invalid shard.');
    const record: IdentifyRecord = {
      token: d.token,
      intents: d.intents,
      properties: (d.properties ?? {}) as Record<string, unknown>,
      shard,
      at: performance.now(),
    };
    this.identifies.push(record);
    if (this.session) this.session.invalidated = true;
    const session = new GatewaySession(d.intents);
    this.session = session;
    session.connection = connection;
    connection.session = session;
    this.core.emit('identify', record);
    for (const [eventName, data] of sessionStartEvents(this.core, session.id, this.resumeUrl())) {
      this.dispatch(eventName, data);
    }
    this.core.emit('ready', { sessionId: session.id });
  }

  private resume(connection: GatewayConnection, d: Record<string, unknown>): void {
    if (connection.authenticated) return this.reject(connection, 4005, 'Already authenticated.');
    if (d.token !== this.core.options.token) return this.reject(connection, 4004, 'Authentication failed.');
    const session = this.session;
    const fromSequence = typeof d.seq === 'number' ? d.seq : 0;
    if (
      !session ||
      session.invalidated ||
      session.id !== d.session_id ||
      !session.canReplayFrom(fromSequence)
    ) {
      connection.send({ op: Opcode.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.connection && session.connection !== connection) session.connection.socket.terminate();
    session.connection = connection;
    connection.session = session;
    const missed = session.dispatchesAfter(fromSequence);
    for (const frame of missed) connection.send(frame);
    this.resumeCount += 1;
    this.dispatch('RESUMED', { _trace: ['emulator'] });
    this.core.emit('resume', { sessionId: session.id, fromSequence, replayed: missed.length });
  }

  private onClose(connection: GatewayConnection, code: number): void {
    this.connections.delete(connection);
    const session = connection.session;
    if (session?.connection === connection) {
      session.connection = undefined;
      // A client closing with 1000/1001 ends its session, as on Discord; 4xxx keeps it resumable.
      if (!connection.closingByServer && (code === 1000 || code === 1001)) session.invalidated = true;
    }
    this.core.emit('gatewayClose', { code, initiatedBy: connection.closingByServer ? 'server' : 'client' });
  }
}
