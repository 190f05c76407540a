/**
 * The read side of the emulator: what it recorded (requests, messages, interactions,
 * identifies, commands) and the race-free wait helpers tests synchronise on.
 */
import type { EmulatorCore, EmulatorEventMap } from './core.js';
import type { GatewayServer } from './gateway-server.js';
import type { InteractionHandle } from './interaction-handle.js';
import type {
  CommandScope,
  EmulatedMessage,
  IdentifyRecord,
  RecordedRequest,
  RegisteredCommand,
} from './types.js';
import { waitUntil, type WaitOptions } from './wait.js';

type AnyListener = (...args: unknown[]) => void;

export class EmulatorRecords {
  /** Every event tests can wait on; see {@link EmulatorEventMap}. */
  readonly events: EmulatorCore['events'];

  protected constructor(
    protected readonly core: EmulatorCore,
    protected readonly gateway: GatewayServer,
  ) {
    this.events = core.events;
  }

  get identifies(): readonly IdentifyRecord[] {
    return this.gateway.identifies;
  }
  get identifyCount(): number {
    return this.gateway.identifies.length;
  }
  get resumeCount(): number {
    return this.gateway.resumeCount;
  }
  /** Every REST request so far, in arrival order. */
  get requests(): readonly RecordedRequest[] {
    return this.core.requests;
  }
  /** Every interaction dispatched so far. */
  get interactions(): InteractionHandle[] {
    return [...this.core.interactionsById.values()];
  }
  /** Every live (not deleted) message, in creation order, in its current state. */
  get messages(): EmulatedMessage[] {
    return [...this.core.messages.values()].filter((message) => !this.core.deletedMessageIds.has(message.id));
  }
  /** Commands the bot registered in a scope (default: global). */
  registeredCommands(scope: CommandScope = 'global'): RegisteredCommand[] {
    return this.core.commandsOf(scope);
  }

  /** Resolves once a session is identified, its guilds were sent, and a connection is open. */
  waitForReady(options: WaitOptions = {}): Promise<{ sessionId: string }> {
    return this.until(
      () => {
        const session = this.gateway.session;
        return session && !session.invalidated && session.connection ? { sessionId: session.id } : undefined;
      },
      'a ready gateway session',
      options,
    );
  }
  /** Resolves once IDENTIFY was received `count` times in total. */
  waitForIdentifyCount(count: number, options: WaitOptions = {}): Promise<number> {
    const check = (): number | undefined => (this.identifyCount >= count ? this.identifyCount : undefined);
    return this.until(check, `${count} IDENTIFY`, options);
  }
  /** Resolves once `count` RESUMEs in total succeeded (after their replay and RESUMED). */
  waitForResumeCount(count: number, options: WaitOptions = {}): Promise<number> {
    const check = (): number | undefined => (this.resumeCount >= count ? this.resumeCount : undefined);
    return this.until(check, `${count} RESUME`, options);
  }
  /** Resolves with the first message (existing or future) satisfying `match`. */
  waitForMessage(
    match: (message: EmulatedMessage) => boolean,
    options: WaitOptions = {},
  ): Promise<EmulatedMessage> {
    return this.until(() => this.messages.find(match), 'a matching message', options);
  }
  /** Resolves with the first recorded REST request (existing or future) satisfying `match`. */
  waitForRequest(
    match: (request: RecordedRequest) => boolean,
    options: WaitOptions = {},
  ): Promise<RecordedRequest> {
    return this.until(() => this.requests.find(match), 'a matching REST request', options);
  }
  /** Resolves with the arguments of the *next* such event: start waiting before triggering it. */
  waitForEvent<Name extends Exclude<keyof EmulatorEventMap, 'update'>>(
    name: Name,
    match: (...args: EmulatorEventMap[Name]) => boolean = () => true,
    options: WaitOptions = {},
  ): Promise<EmulatorEventMap[Name]> {
    let seen: EmulatorEventMap[Name] | undefined;
    const listener = ((...args: EmulatorEventMap[Name]): void => {
      if (!seen && match(...args)) seen = args;
    }) as AnyListener;
    const events = this.events as unknown as {
      on(name: string, listener: AnyListener): void;
      off(name: string, listener: AnyListener): void;
    };
    events.on(name, listener);
    return this.until(() => seen, `event ${name}`, options).finally(() => events.off(name, listener));
  }
  /**
   * Resolves with the first defined result of `check`, re-evaluated after every emulator event.
   * Only for emulator state: bot-side state changes do not wake it up.
   */
  until<T>(check: () => T | undefined, description: string, options: WaitOptions = {}): Promise<T> {
    return waitUntil(this.events, check, description, options.timeoutMs ?? this.core.options.waitTimeoutMs);
  }
}
