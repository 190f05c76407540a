/**
 * Builders of Discord API objects (users, channels, guilds, members, messages) in the
 * shapes the gateway and REST API send, with the fields discord.js reads.
 */
import { nextSnowflake } from './snowflake.js';
import type { EmulatedMessage, EmulatedUser, UserSpec } from './types.js';

/** Discord channel types the emulator models. */
export const ChannelKind = { GuildText: 0, DirectMessage: 1, PublicThread: 11 } as const;

/** A channel known to the emulator. */
export interface ChannelRecord {
  id: string;
  type: (typeof ChannelKind)[keyof typeof ChannelKind];
  name: string;
  guildId?: string;
  /** The other side of a DM channel. */
  recipient?: EmulatedUser;
  position: number;
  /** A thread's channel; threads started from a message share that message's id. */
  parentId?: string;
  /** Who started a thread. */
  ownerId?: string;
  /** Minutes of inactivity before a thread archives (60, 1440, 4320 or 10080). */
  autoArchiveDuration?: number;
  createdAt?: string;
}

/** A guild known to the emulator. */
export interface GuildRecord {
  id: string;
  name: string;
  channelIds: string[];
  joinedAt: string;
  /** Roles besides @everyone. */
  roles: Array<{ id: string; name: string }>;
}

/**
 * Permissions of the bot (and of members) in every channel: view, send, embed, attach,
 * history, reactions, external emoji, threads and application commands — what a Q&A bot needs.
 */
export const DEFAULT_PERMISSIONS = (
  (1n << 6n) |
  (1n << 10n) |
  (1n << 11n) |
  (1n << 14n) |
  (1n << 15n) |
  (1n << 16n) |
  (1n << 18n) |
  (1n << 31n) |
  (1n << 38n)
).toString();

/** Turns a user spec from the options into a wire user. */
export function makeUser(spec: UserSpec, fallbackId?: string): EmulatedUser {
  const user: EmulatedUser = {
    id: spec.id ?? fallbackId ?? nextSnowflake(),
    username: spec.username,
    global_name: spec.bot ? null : spec.username,
    discriminator: spec.bot ? '0001' : '0',
    avatar: null,
  };
  if (spec.bot) user.bot = true;
  return user;
}

/** A channel object as REST and interaction payloads carry it. */
export function channelJson(channel: ChannelRecord, lastMessageId: string | null): Record<string, unknown> {
  if (channel.type === ChannelKind.PublicThread) {
    return {
      id: channel.id,
      type: ChannelKind.PublicThread,
      guild_id: channel.guildId,
      parent_id: channel.parentId,
      owner_id: channel.ownerId,
      name: channel.name,
      last_message_id: lastMessageId,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      flags: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: channel.autoArchiveDuration ?? 1440,
        archive_timestamp: channel.createdAt ?? new Date().toISOString(),
        locked: false,
        create_timestamp: channel.createdAt ?? new Date().toISOString(),
      },
    };
  }
  if (channel.type === ChannelKind.DirectMessage) {
    return {
      id: channel.id,
      type: 1,
      last_message_id: lastMessageId,
      flags: 0,
      recipients: [channel.recipient],
    };
  }
  return {
    id: channel.id,
    type: 0,
    guild_id: channel.guildId,
    name: channel.name,
    position: channel.position,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: lastMessageId,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

/** A guild member object; the gateway omits `user` where the author is given separately. */
export function memberJson(user: EmulatedUser | undefined, joinedAt: string): Record<string, unknown> {
  return {
    ...(user ? { user } : {}),
    roles: [],
    joined_at: joinedAt,
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    premium_since: null,
    pending: false,
    communication_disabled_until: null,
  };
}

/** A role object as Discord sends it (in GUILD_CREATE and in interactions' resolved data). */
export function roleJson(role: { id: string; name: string }, position: number): Record<string, unknown> {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: position === 0 ? DEFAULT_PERMISSIONS : '0',
    managed: false,
    mentionable: true,
    flags: 0,
  };
}

/** The GUILD_CREATE payload for a guild, with its channels, roles and members. */
export function guildCreateJson(
  guild: GuildRecord,
  channels: ChannelRecord[],
  members: EmulatedUser[],
  ownerId: string,
  threads: ChannelRecord[] = [],
): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    // The @everyone role shares the guild's id.
    roles: [
      { ...roleJson({ id: guild.id, name: '@everyone' }, 0), mentionable: false },
      ...guild.roles.map((role, index) => roleJson(role, index + 1)),
    ],
    emojis: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    preferred_locale: 'en-US',
    premium_tier: 0,
    nsfw_level: 0,
    stickers: [],
    premium_progress_bar_enabled: false,
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: members.length,
    members: members.map((user) => memberJson(user, guild.joinedAt)),
    channels: channels.map((channel) => {
      const { guild_id: _guildId, ...rest } = channelJson(channel, null);
      return rest;
    }),
    // Active threads: discord.js caches them, so messages in them after a restart find their channel.
    threads: threads.map((thread) => channelJson(thread, null)),
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** Finds the users mentioned as `<@id>` or `<@!id>` in a message's content. */
export function parseMentions(content: string, users: ReadonlyMap<string, EmulatedUser>): EmulatedUser[] {
  const found = new Map<string, EmulatedUser>();
  for (const match of content.matchAll(/<@!?(\d{15,21})>/g)) {
    const user = match[1] === undefined ? undefined : users.get(match[1]);
    if (user) found.set(user.id, user);
  }
  return [...found.values()];
}

/** A new message with every field discord.js reads set to Discord's defaults. */
export function newMessage(
  fields: Pick<EmulatedMessage, 'channel_id' | 'author'> & Partial<EmulatedMessage>,
): EmulatedMessage {
  return {
    id: nextSnowflake(),
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    flags: 0,
    type: 0,
    tts: false,
    pinned: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    ...fields,
  };
}
