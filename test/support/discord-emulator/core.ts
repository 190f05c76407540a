/**
 * The emulator's shared state: users, guilds, channels, messages, commands, interactions
 * and recorded requests, plus the event emitter every wait helper listens on.
 */
import { EventEmitter } from 'node:events';
import {
  ChannelKind,
  channelJson,
  makeUser,
  newMessage,
  parseMentions,
  type ChannelRecord,
  type GuildRecord,
} from './api-objects.js';
import type { InteractionHandle } from './interaction-handle.js';
import { nextSnowflake } from './snowflake.js';
import type {
  CommandScope,
  DiscordEmulatorOptions,
  EmulatedMessage,
  EmulatedUser,
  IdentifyRecord,
  RecordedRequest,
  RegisteredCommand,
} from './types.js';
import { STATE_CHANGED } from './wait.js';

/** The privileged gateway intents: GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT. */
export const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

/** Message flag: a thread was started from this message. */
export const HAS_THREAD = 32;

/** Every event of `emulator.events`; `update` follows each of the others. */
export interface EmulatorEventMap {
  request: [RecordedRequest];
  /** A request held by a `delayMs` fault, when the hold begins (it is recorded when answered). */
  requestHeld: [{ method: string; path: string; fault: string }];
  gatewayConnect: [{ url: string }];
  gatewayClose: [{ code: number; initiatedBy: 'client' | 'server' }];
  identify: [IdentifyRecord];
  ready: [{ sessionId: string }];
  resume: [{ sessionId: string; fromSequence: number; replayed: number }];
  heartbeat: [{ sequence: number | null }];
  dispatch: [{ t: string; s: number; d: unknown }];
  interactionCreate: [InteractionHandle];
  interactionUpdate: [InteractionHandle];
  interactionExpired: [InteractionHandle];
  messageCreate: [EmulatedMessage];
  messageUpdate: [EmulatedMessage];
  messageDelete: [EmulatedMessage];
  threadCreate: [{ id: string; name: string; parentId: string; ownerId: string }];
  typing: [{ channelId: string; at: number }];
  commandsRegistered: [{ scope: CommandScope; commands: RegisteredCommand[] }];
  update: [];
}

/** What the core needs from the gateway to deliver events. */
export interface GatewayDispatcher {
  /** Sends (or queues for replay) a dispatch on the current session; false when there is none. */
  dispatch(eventName: string, data: unknown): boolean;
  /** Intents of the current session, if any. */
  sessionIntents(): number | undefined;
}

/** Options with every default filled in. */
export type ResolvedOptions = Required<Omit<DiscordEmulatorOptions, 'botUser' | 'guilds' | 'users'>>;

export class EmulatorCore {
  readonly events = new EventEmitter<EmulatorEventMap>();
  readonly options: ResolvedOptions;
  readonly botUser: EmulatedUser;
  /** Every user, humans and the bot, by id. */
  readonly users = new Map<string, EmulatedUser>();
  readonly humans: EmulatedUser[];
  /** Guild permissions of humans whose spec set them; the others have DEFAULT_PERMISSIONS. */
  readonly memberPermissions = new Map<string, string>();
  readonly guilds = new Map<string, GuildRecord>();
  readonly channels = new Map<string, ChannelRecord>();
  readonly messages = new Map<string, EmulatedMessage>();
  readonly deletedMessageIds = new Set<string>();
  readonly interactionsById = new Map<string, InteractionHandle>();
  readonly interactionsByToken = new Map<string, InteractionHandle>();
  /** Registered commands by scope key: "global" or a guild id. */
  readonly commands = new Map<string, RegisteredCommand[]>();
  readonly requests: RecordedRequest[] = [];
  /** Uploaded attachments' bytes by attachment id, served under `/attachments/` like Discord's CDN. */
  readonly attachmentFiles = new Map<string, { data: Buffer; contentType: string }>();
  gateway: GatewayDispatcher | undefined;
  private readonly dmChannelIdByUserId = new Map<string, string>();

  constructor(options: DiscordEmulatorOptions) {
    const applicationId = options.applicationId ?? nextSnowflake();
    this.options = {
      token: options.token ?? 'emulator-bot-token',
      applicationId,
      applicationFlags: options.applicationFlags ?? 0,
      ackDeadlineMs: options.ackDeadlineMs ?? 3000,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      waitTimeoutMs: options.waitTimeoutMs ?? 10_000,
      requireRegisteredCommands: options.requireRegisteredCommands ?? false,
      allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? PRIVILEGED_INTENTS,
    };
    // Many tests wait concurrently; each waiter is one listener.
    this.events.setMaxListeners(200);
    this.botUser = makeUser({ username: 'article-qa', ...options.botUser, bot: true }, applicationId);
    this.humans = (options.users ?? [{ username: 'tester' }]).map((spec) => {
      const user = makeUser(spec);
      if (spec.permissions !== undefined) this.memberPermissions.set(user.id, spec.permissions);
      return user;
    });
    for (const user of [this.botUser, ...this.humans]) this.users.set(user.id, user);
    for (const spec of options.guilds ?? [{ name: 'Emulated Guild' }]) {
      const guild: GuildRecord = {
        id: spec.id ?? nextSnowflake(),
        name: spec.name,
        channelIds: [],
        joinedAt: new Date().toISOString(),
        roles: (spec.roles ?? []).map((role) => ({ id: role.id ?? nextSnowflake(), name: role.name })),
      };
      (spec.channels ?? [{ name: 'general' }]).forEach((channelSpec, position) => {
        const channel: ChannelRecord = {
          id: channelSpec.id ?? nextSnowflake(),
          type: ChannelKind.GuildText,
          name: channelSpec.name,
          guildId: guild.id,
          position,
        };
        this.channels.set(channel.id, channel);
        guild.channelIds.push(channel.id);
      });
      this.guilds.set(guild.id, guild);
    }
  }

  /** Emits an event, then the generic state-change event the wait helpers re-check on. */
  emit<Name extends keyof EmulatorEventMap>(name: Name, ...args: EmulatorEventMap[Name]): void {
    (this.events.emit as (event: string, ...rest: unknown[]) => boolean)(name, ...args);
    this.events.emit(STATE_CHANGED);
  }

  /** The DM channel between the bot and a user, created on first use (ids are stable per user). */
  dmChannelFor(user: EmulatedUser): ChannelRecord {
    const existingId = this.dmChannelIdByUserId.get(user.id);
    const existing = existingId === undefined ? undefined : this.channels.get(existingId);
    if (existing) return existing;
    const channel: ChannelRecord = {
      id: nextSnowflake(),
      type: ChannelKind.DirectMessage,
      name: '',
      recipient: user,
      position: 0,
    };
    this.channels.set(channel.id, channel);
    this.dmChannelIdByUserId.set(user.id, channel.id);
    return channel;
  }

  /**
   * Opens a public thread in a guild text channel. A thread started from a message takes that
   * message's id (as on Discord), and the message gets the HAS_THREAD flag and a `thread` field.
   */
  createThread(fields: {
    parentId: string;
    name: string;
    ownerId: string;
    startMessage?: EmulatedMessage;
    autoArchiveDuration?: number;
  }): ChannelRecord {
    const parent = this.channels.get(fields.parentId);
    if (!parent || parent.type !== ChannelKind.GuildText || parent.guildId === undefined) {
      throw new Error(`Discord emulator: threads need a guild text channel, not ${fields.parentId}`);
    }
    const thread: ChannelRecord = {
      id: fields.startMessage?.id ?? nextSnowflake(),
      type: ChannelKind.PublicThread,
      name: fields.name,
      guildId: parent.guildId,
      parentId: parent.id,
      ownerId: fields.ownerId,
      autoArchiveDuration: fields.autoArchiveDuration ?? 1440,
      createdAt: new Date().toISOString(),
      position: 0,
    };
    this.channels.set(thread.id, thread);
    if (fields.startMessage) {
      fields.startMessage.flags |= HAS_THREAD;
      fields.startMessage.thread = channelJson(thread, null);
    }
    return thread;
  }

  /** The active threads of a guild. */
  threadsOf(guildId: string): ChannelRecord[] {
    return [...this.channels.values()].filter(
      (channel) => channel.type === ChannelKind.PublicThread && channel.guildId === guildId,
    );
  }

  /** Id of the newest live message of a channel, as channel objects report it. */
  lastMessageId(channelId: string): string | null {
    let last: string | null = null;
    for (const message of this.messages.values()) {
      if (message.channel_id === channelId && !this.deletedMessageIds.has(message.id)) last = message.id;
    }
    return last;
  }

  /** Creates and stores a message; the caller decides about gateway delivery. */
  createMessage(
    fields: Pick<EmulatedMessage, 'channel_id' | 'author'> & Partial<EmulatedMessage>,
  ): EmulatedMessage {
    const channel = this.channels.get(fields.channel_id);
    const message = newMessage({
      ...(channel?.guildId === undefined ? {} : { guild_id: channel.guildId }),
      ...fields,
    });
    this.parseMessageMentions(message);
    this.messages.set(message.id, message);
    return message;
  }

  /** Applies a create/edit body to a stored message (only the fields the body carries). */
  applyMessageBody(message: EmulatedMessage, body: Record<string, unknown>, isEdit: boolean): void {
    if (typeof body.content === 'string' || body.content === null) message.content = body.content ?? '';
    if (Array.isArray(body.embeds)) message.embeds = body.embeds as EmulatedMessage['embeds'];
    if (Array.isArray(body.components)) message.components = body.components as EmulatedMessage['components'];
    if (Array.isArray(body.attachments))
      message.attachments = body.attachments as EmulatedMessage['attachments'];
    if (typeof body.tts === 'boolean' && !isEdit) message.tts = body.tts;
    if (typeof body.flags === 'number') {
      // Ephemeral (64) can only be chosen on creation; edits may toggle SUPPRESS_EMBEDS (4).
      const editable = isEdit ? 4 : 4 | 64 | 4096 | 32768;
      message.flags = (message.flags & ~editable) | (body.flags & editable);
    }
    if (isEdit) message.edited_timestamp = new Date().toISOString();
    this.parseMessageMentions(message);
  }

  /** Users and roles mentioned in a message's content, as Discord reports them. */
  private parseMessageMentions(message: EmulatedMessage): void {
    message.mentions = parseMentions(message.content, this.users);
    const guildId = this.channels.get(message.channel_id)?.guildId;
    const roles = guildId === undefined ? [] : (this.guilds.get(guildId)?.roles ?? []);
    message.mention_roles = [...message.content.matchAll(/<@&(\d{15,21})>/g)]
      .map((match) => match[1] ?? '')
      .filter((id, index, ids) => roles.some((role) => role.id === id) && ids.indexOf(id) === index);
  }

  /** All registered commands of a scope. */
  commandsOf(scope: CommandScope): RegisteredCommand[] {
    return this.commands.get(scope === 'global' ? 'global' : scope.guildId) ?? [];
  }
}
