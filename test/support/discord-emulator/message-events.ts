/**
 * Delivery of MESSAGE_CREATE / MESSAGE_UPDATE / MESSAGE_DELETE to the bot, gated by its
 * intents the way Discord gates them. Getting this right matters for a Q&A bot: without
 * the MESSAGE_CONTENT intent a guild message arrives with empty content unless it
 * mentions the bot, and the bot receives its own messages back.
 */
import { ChannelKind, channelJson, type ChannelRecord } from './api-objects.js';
import type { EmulatorCore } from './core.js';
import type { EmulatedMessage } from './types.js';

/** Gateway intent bits the emulator honours. */
export const Intent = {
  Guilds: 1 << 0,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

const EPHEMERAL = 64;

/** The gateway form of a message: adds `member` in guilds and `channel_type`, blanks unreadable content. */
export function gatewayMessage(
  core: EmulatorCore,
  message: EmulatedMessage,
  intents: number,
): Record<string, unknown> {
  const channel = core.channels.get(message.channel_id);
  const guild = channel?.guildId === undefined ? undefined : core.guilds.get(channel.guildId);
  const isDirect = channel?.type === ChannelKind.DirectMessage;
  const mentionsBot = message.mentions.some((user) => user.id === core.botUser.id);
  const canReadContent =
    (intents & Intent.MessageContent) !== 0 ||
    isDirect ||
    mentionsBot ||
    message.author.id === core.botUser.id;
  const payload: Record<string, unknown> = {
    ...message,
    // discord.js needs channel_type to build an uncached DM channel (with Partials.Channel).
    channel_type: channel?.type ?? ChannelKind.GuildText,
    mentions: message.mentions.map((user) =>
      guild ? { ...user, member: memberStub(guild.joinedAt) } : user,
    ),
  };
  if (guild) {
    payload.guild_id = guild.id;
    if (!message.webhook_id) payload.member = memberStub(guild.joinedAt);
  }
  if (!canReadContent) Object.assign(payload, { content: '', embeds: [], attachments: [], components: [] });
  return payload;
}

function memberStub(joinedAt: string): Record<string, unknown> {
  return { roles: [], joined_at: joinedAt, deaf: false, mute: false, flags: 0 };
}

/** Whether the current session subscribed to messages of this message's channel. */
function subscribed(core: EmulatorCore, message: EmulatedMessage): number | undefined {
  const intents = core.gateway?.sessionIntents();
  if (intents === undefined || (message.flags & EPHEMERAL) !== 0) return undefined;
  const isDirect = core.channels.get(message.channel_id)?.type === ChannelKind.DirectMessage;
  const needed = isDirect ? Intent.DirectMessages : Intent.GuildMessages;
  return (intents & needed) !== 0 ? intents : undefined;
}

/** Announces a new message to tests and, if subscribed, to the bot. */
export function deliverMessageCreate(core: EmulatorCore, message: EmulatedMessage): void {
  const intents = subscribed(core, message);
  if (intents !== undefined) core.gateway?.dispatch('MESSAGE_CREATE', gatewayMessage(core, message, intents));
  core.emit('messageCreate', message);
}

/** Announces an edited message to tests and, if subscribed, to the bot. */
export function deliverMessageUpdate(core: EmulatorCore, message: EmulatedMessage): void {
  const intents = subscribed(core, message);
  if (intents !== undefined) core.gateway?.dispatch('MESSAGE_UPDATE', gatewayMessage(core, message, intents));
  core.emit('messageUpdate', message);
}

/**
 * Announces a new thread to tests and, with the GUILDS intent, to the bot (THREAD_CREATE, as
 * Discord sends it to the members who can see the parent channel).
 */
export function deliverThreadCreate(core: EmulatorCore, thread: ChannelRecord): void {
  const intents = core.gateway?.sessionIntents();
  if (intents !== undefined && (intents & Intent.Guilds) !== 0) {
    core.gateway?.dispatch('THREAD_CREATE', { ...channelJson(thread, null), newly_created: true });
  }
  core.emit('threadCreate', {
    id: thread.id,
    name: thread.name,
    parentId: thread.parentId ?? '',
    ownerId: thread.ownerId ?? '',
  });
}

/** Marks a message deleted and announces it. */
export function deliverMessageDelete(core: EmulatorCore, message: EmulatedMessage): void {
  const intents = subscribed(core, message);
  core.deletedMessageIds.add(message.id);
  if (intents !== undefined) {
    const channel = core.channels.get(message.channel_id);
    core.gateway?.dispatch('MESSAGE_DELETE', {
      id: message.id,
      channel_id: message.channel_id,
      ...(channel?.guildId === undefined ? {} : { guild_id: channel.guildId }),
    });
  }
  core.emit('messageDelete', message);
}
