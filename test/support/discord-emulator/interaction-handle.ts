/**
 * What a test holds for one dispatched interaction: every callback, reply, edit,
 * follow-up and rejection the bot produced for it, with timings and wait helpers.
 */
import { performance } from 'node:perf_hooks';
import type { EmulatorCore } from './core.js';
import type { FormErrorTree } from './discord-errors.js';
import type { EmulatedMessage } from './types.js';
import { waitUntil, type WaitOptions } from './wait.js';

/** The kinds of interaction the emulator dispatches. */
export type InteractionKind = 'slashCommand' | 'button' | 'autocomplete';

const EPHEMERAL = 64;

/** One `POST /interactions/{id}/{token}/callback` of the bot, accepted or not. */
export interface CallbackRecord {
  /** Callback type: 4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  type: number;
  data: Record<string, unknown> | undefined;
  /** HTTP status the emulator answered. */
  status: number;
  /** `performance.now()` of arrival. */
  at: number;
}

/** A visible state of the interaction's response message (never the "thinking…" state). */
export interface InteractionReply {
  /** Snapshot of the message right after this reply/edit. */
  message: EmulatedMessage;
  content: string;
  embeds: EmulatedMessage['embeds'];
  components: EmulatedMessage['components'];
  flags: number;
  ephemeral: boolean;
  /** How it became visible: a type 4/7 callback, an edit of @original, or the first follow-up after a defer. */
  source: 'callback' | 'edit' | 'followUp';
  /** `performance.now()` when it became visible. */
  at: number;
  /** Milliseconds from dispatch of the interaction to this reply. */
  latencyMs: number;
}

/** A request about this interaction that the emulator refused, like Discord would. */
export interface RejectedRequest {
  route: 'callback' | 'editMessage' | 'followUp' | 'fetchMessage' | 'deleteMessage';
  status: number;
  code: number;
  message: string;
  errors?: FormErrorTree;
  at: number;
}

/** Test-facing record of one dispatched interaction. */
export class InteractionHandle {
  readonly dispatchedAt = performance.now();
  readonly callbacks: CallbackRecord[] = [];
  readonly replies: InteractionReply[] = [];
  readonly followUps: EmulatedMessage[] = [];
  readonly rejections: RejectedRequest[] = [];
  /** Id of the message `@original` refers to, once there is one. */
  originalMessageId: string | undefined;
  /** Choices of an autocomplete result (callback type 8). */
  autocompleteChoices: Array<Record<string, unknown>> | undefined;
  /** The modal shown (callback type 9). */
  modal: Record<string, unknown> | undefined;
  /** Whether the acknowledgement deadline passed without a callback. */
  expired = false;
  private readonly deadlineTimer: NodeJS.Timeout;

  constructor(
    private readonly core: EmulatorCore,
    readonly kind: InteractionKind,
    /** The INTERACTION_CREATE payload as dispatched. */
    readonly payload: Record<string, unknown> & { id: string; token: string; channel_id: string },
    /** For component interactions: the message the component is on. */
    readonly sourceMessageId?: string,
  ) {
    this.deadlineTimer = setTimeout(() => {
      if (this.acknowledged) return;
      this.expired = true;
      core.emit('interactionExpired', this);
      core.emit('interactionUpdate', this);
    }, core.options.ackDeadlineMs);
    this.deadlineTimer.unref();
  }

  get id(): string {
    return this.payload.id;
  }

  get token(): string {
    return this.payload.token;
  }

  /** The first accepted callback (the acknowledgement). */
  get acknowledgement(): CallbackRecord | undefined {
    return this.callbacks.find((callback) => callback.status < 300);
  }

  get acknowledged(): boolean {
    return this.acknowledgement !== undefined;
  }

  /** Milliseconds from dispatch to the acknowledgement. */
  get ackLatencyMs(): number | undefined {
    const ack = this.acknowledgement;
    return ack === undefined ? undefined : ack.at - this.dispatchedAt;
  }

  /** Current state of the `@original` message (none once it is deleted). */
  get original(): EmulatedMessage | undefined {
    if (this.originalMessageId === undefined || this.core.deletedMessageIds.has(this.originalMessageId)) return undefined;
    return this.core.messages.get(this.originalMessageId);
  }

  /** Whether the response is ephemeral (flags & 64), once acknowledged with a message. */
  get ephemeral(): boolean | undefined {
    const original = this.original;
    return original === undefined ? undefined : (original.flags & EPHEMERAL) !== 0;
  }

  /** The newest visible reply. */
  get latestReply(): InteractionReply | undefined {
    return this.replies.at(-1);
  }

  /** Time the emulator deemed the callback too late, from dispatch. */
  isPastDeadline(now = performance.now()): boolean {
    return this.expired || now - this.dispatchedAt > this.core.options.ackDeadlineMs;
  }

  /** Records a visible state of the response message. */
  recordReply(message: EmulatedMessage, source: InteractionReply['source']): void {
    const at = performance.now();
    const snapshot = structuredClone(message);
    this.replies.push({
      message: snapshot,
      content: snapshot.content,
      embeds: snapshot.embeds,
      components: snapshot.components,
      flags: snapshot.flags,
      ephemeral: (snapshot.flags & EPHEMERAL) !== 0,
      source,
      at,
      latencyMs: at - this.dispatchedAt,
    });
    this.core.emit('interactionUpdate', this);
  }

  /** Records a refused request and announces it. */
  recordRejection(rejection: Omit<RejectedRequest, 'at'>): void {
    this.rejections.push({ ...rejection, at: performance.now() });
    this.core.emit('interactionUpdate', this);
  }

  /** Stops the deadline timer (on acknowledgement or shutdown). */
  dispose(): void {
    clearTimeout(this.deadlineTimer);
  }

  /** Resolves with the acknowledging callback. */
  waitForAck(options: WaitOptions = {}): Promise<CallbackRecord> {
    return this.wait(() => this.acknowledgement, 'the interaction to be acknowledged', options);
  }

  /**
   * Resolves with the first visible reply (a type 4/7 callback, or the edit / first follow-up
   * completing a defer) that satisfies `match` (default: any). Bots that edit progressively
   * pass `match` to pick the state they consider final.
   */
  waitForFinalReply(
    options: WaitOptions & { match?: (reply: InteractionReply) => boolean } = {},
  ): Promise<InteractionReply> {
    const match = options.match ?? ((): boolean => true);
    return this.wait(() => this.replies.find(match), 'a final reply to the interaction', options);
  }

  /** Resolves with the follow-up message number `index` (default 0: the first). */
  waitForFollowUp(options: WaitOptions & { index?: number } = {}): Promise<EmulatedMessage> {
    return this.wait(() => this.followUps[options.index ?? 0], 'a follow-up message', options);
  }

  /** Resolves with the first request about this interaction that the emulator refused. */
  waitForRejection(options: WaitOptions = {}): Promise<RejectedRequest> {
    return this.wait(() => this.rejections[0], 'a rejected response', options);
  }

  /** Resolves with the choices of an autocomplete result. */
  waitForAutocompleteChoices(options: WaitOptions = {}): Promise<Array<Record<string, unknown>>> {
    return this.wait(() => this.autocompleteChoices, 'autocomplete choices', options);
  }

  /** Resolves when the acknowledgement deadline has passed without a callback. */
  waitForExpiry(options: WaitOptions = {}): Promise<true> {
    return this.wait(() => (this.expired ? true : undefined), 'the interaction to expire', options);
  }

  private wait<T>(check: () => T | undefined, description: string, options: WaitOptions): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.core.options.waitTimeoutMs;
    return waitUntil(this.core.events, check, `${description} (interaction ${this.id})`, timeoutMs);
  }
}
