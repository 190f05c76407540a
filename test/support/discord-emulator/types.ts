/**
 * Public data shapes of the Discord emulator: its options and what it records.
 * Payload objects use Discord's own snake_case field names, as on the wire.
 */

/** A Discord user as sent on the wire (a subset of Discord's user object). */
export interface EmulatedUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

/** A user given in the options; missing fields get defaults. */
export interface UserSpec {
  id?: string;
  username: string;
  bot?: boolean;
  /** The member's permissions in guild interactions, as a decimal bit string (default: a regular member's). */
  permissions?: string;
}

/** A guild given in the options. Every guild gets at least one text channel. */
export interface GuildSpec {
  id?: string;
  name: string;
  /** Text channels of the guild (default: one named "general"). */
  channels?: Array<{ id?: string; name: string }>;
  /** Roles besides @everyone (default: none); members can be mentioned as `<@&id>`. */
  roles?: Array<{ id?: string; name: string }>;
}

/** Options of {@link startDiscordEmulator}. Everything has a test-friendly default. */
export interface DiscordEmulatorOptions {
  /** The bot token the emulator accepts (default "emulator-bot-token"). */
  token?: string;
  /** The application id (default: a fresh snowflake, also used as the bot user's id). */
  applicationId?: string;
  /** The bot's user (default: username "article-qa"). */
  botUser?: Partial<UserSpec>;
  /** Application flags sent in READY (default 0). */
  applicationFlags?: number;
  /** Guilds the bot is in (default: one guild "Emulated Guild" with a #general channel). */
  guilds?: GuildSpec[];
  /** Human users that appear in every guild (default: one user "tester"). */
  users?: UserSpec[];
  /** Time to acknowledge an interaction before it becomes unknown (default 3000 ms, as on Discord). */
  ackDeadlineMs?: number;
  /** Heartbeat interval announced in HELLO (default 41250 ms, as on Discord; use ~1000 in tests). */
  heartbeatIntervalMs?: number;
  /** Default bound of every `waitFor…` helper (default 10000 ms). */
  waitTimeoutMs?: number;
  /**
   * Refuse to dispatch slash commands / autocomplete for commands the bot never registered,
   * as Discord would never send them (default false).
   */
  requireRegisteredCommands?: boolean;
  /**
   * Privileged intents the application may use (default: all three). An IDENTIFY asking for one
   * not allowed here is closed with 4014 (Disallowed intent(s)), as when it is off in the
   * Developer Portal. Bits: GUILD_MEMBERS 1 << 1, GUILD_PRESENCES 1 << 8, MESSAGE_CONTENT 1 << 15.
   */
  allowedPrivilegedIntents?: number;
}

/** A stored message, in Discord's message object shape (current state after edits). */
export interface EmulatedMessage {
  id: string;
  channel_id: string;
  /** Present when the channel is in a guild (the gateway sends it; REST responses omit it). */
  guild_id?: string;
  author: EmulatedUser;
  content: string;
  embeds: Array<Record<string, unknown>>;
  components: Array<Record<string, unknown>>;
  attachments: Array<Record<string, unknown>>;
  mentions: EmulatedUser[];
  mention_roles: string[];
  mention_everyone: boolean;
  flags: number;
  type: number;
  tts: boolean;
  pinned: boolean;
  timestamp: string;
  edited_timestamp: string | null;
  message_reference?: { type: number; message_id: string; channel_id: string; guild_id?: string };
  referenced_message?: EmulatedMessage | null;
  webhook_id?: string;
  application_id?: string;
  /** The thread started from this message (Discord adds it with the HAS_THREAD flag, 32). */
  thread?: Record<string, unknown>;
  interaction_metadata?: Record<string, unknown>;
}

/** A file a user attached, as Discord's attachment object describes it (served by the emulator as its CDN). */
export interface EmulatedAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

/** A REST request as the emulator received and answered it. */
export interface RecordedRequest {
  method: string;
  /** Path below `/api/v10`, percent-decoded (e.g. `/webhooks/1/tok/messages/@original`). */
  path: string;
  query: Record<string, string>;
  /** The `Authorization` header, if any. */
  authorization: string | undefined;
  /** JSON body, or the parsed `payload_json` part of a multipart body. */
  body: unknown;
  /** Files of a multipart body. */
  files: Array<{ field: string; name: string; size: number; contentType: string }>;
  status: number;
  /** The JSON answer (undefined for 204). */
  response: unknown;
  /** `performance.now()` when the request arrived. */
  receivedAt: number;
  /** Name of the injected fault that answered it, if one did. */
  fault?: string;
}

/** Where application commands are registered. */
export type CommandScope = 'global' | { guildId: string };

/** A registered application command as Discord returns it. */
export interface RegisteredCommand {
  id: string;
  application_id: string;
  guild_id?: string;
  version: string;
  type: number;
  name: string;
  description: string;
  options?: Array<Record<string, unknown>>;
  default_member_permissions: string | null;
  nsfw: boolean;
  [field: string]: unknown;
}

/** What IDENTIFY carried. */
export interface IdentifyRecord {
  token: string;
  intents: number;
  properties: Record<string, unknown>;
  shard: unknown;
  at: number;
}
