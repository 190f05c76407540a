/**
 * What simulated users do: run slash commands, click buttons, type into autocomplete,
 * and post messages (in guild channels or DMs). Each becomes a gateway dispatch.
 */
import type { ChannelRecord } from './api-objects.js';
import type { EmulatorCore } from './core.js';
import { InteractionHandle, type InteractionKind } from './interaction-handle.js';
import {
  buildOptions,
  componentData,
  findCommand,
  findComponent,
  interactionBase,
  interactionMessage,
  InteractionType,
  type CommandOption,
  type OptionValue,
} from './interaction-payloads.js';
import { deliverMessageCreate, deliverThreadCreate } from './message-events.js';
import { nextSnowflake } from './snowflake.js';
import type { EmulatedAttachment, EmulatedMessage, EmulatedUser } from './types.js';

/** Who acts and where: a guild channel (default: the first one) or the user's DM with the bot. */
export interface ActorInput {
  /** The acting user (default: the first configured human). */
  user?: EmulatedUser;
  /** A guild text channel id (default: the first channel of the first guild). */
  channelId?: string;
  /** Act in the user's DM channel with the bot instead of a guild channel. */
  dm?: boolean;
}

/** A slash command invocation. */
export interface SlashCommandInput extends ActorInput {
  name: string;
  /** `{ question: "…" }` (types from the registered command, else inferred) or raw wire options. */
  options?: Record<string, OptionValue> | CommandOption[];
  subcommand?: string;
  subcommandGroup?: string;
  /** Attachment options by name (upload them first with `emulator.uploadAttachment`). */
  attachments?: Record<string, EmulatedAttachment>;
}

/** An autocomplete request: the options typed so far and which one has focus. */
export interface AutocompleteInput extends SlashCommandInput {
  focused: string;
}

/** A click on a button (or a choice in a select menu, with `values`) of a stored message. */
export interface ComponentInput {
  message: EmulatedMessage | string;
  customId: string;
  user?: EmulatedUser;
  values?: string[];
  /**
   * Send `customId` even though the message has no such component: what a modified client can
   * do. The interaction then carries a button with that id on that (real) message.
   */
  forged?: boolean;
}

/** A message a user posts. Mentions are parsed from `<@id>` in the content, as Discord does. */
export interface UserMessageInput extends ActorInput {
  content: string;
  /** Posts the message as a reply to this one. */
  replyTo?: EmulatedMessage | string;
  /**
   * A system message's type, which Discord posts with the member who caused it as author:
   * 4 a channel (thread) renamed, with the new name as content; 6 a message pinned; 7 a member joined.
   */
  systemType?: number;
}

function actorOf(core: EmulatorCore, input: ActorInput): { user: EmulatedUser; channel: ChannelRecord } {
  const user = input.user ?? core.humans[0];
  if (!user) throw new Error('Discord emulator: no user configured to act');
  if (input.dm) return { user, channel: core.dmChannelFor(user) };
  const channelId = input.channelId ?? [...core.guilds.values()][0]?.channelIds[0];
  const channel = channelId === undefined ? undefined : core.channels.get(channelId);
  if (!channel) throw new Error(`Discord emulator: unknown channel ${String(channelId)}`);
  return { user, channel };
}

function dispatchInteraction(
  core: EmulatorCore,
  kind: InteractionKind,
  payload: ReturnType<typeof interactionBase>,
  sourceMessageId?: string,
): InteractionHandle {
  const handle = new InteractionHandle(core, kind, payload, sourceMessageId);
  core.interactionsById.set(handle.id, handle);
  core.interactionsByToken.set(handle.token, handle);
  if (!core.gateway?.dispatch('INTERACTION_CREATE', payload)) {
    handle.dispose();
    throw new Error('Discord emulator: no gateway session to dispatch to (await waitForReady() first)');
  }
  core.emit('interactionCreate', handle);
  return handle;
}

function commandData(
  core: EmulatorCore,
  input: SlashCommandInput,
  guildId: string | undefined,
  focused?: string,
): Record<string, unknown> {
  const command = findCommand(core, input.name, guildId);
  if (!command && core.options.requireRegisteredCommands) {
    throw new Error(`Discord emulator: the bot never registered a /${input.name} command`);
  }
  const attachments = Object.entries(input.attachments ?? {});
  const values = {
    ...(Array.isArray(input.options) ? {} : input.options),
    ...Object.fromEntries(attachments.map(([name, attachment]) => [name, attachment.id])),
  };
  const options = buildOptions(Array.isArray(input.options) ? input.options : values, command, {
    subcommand: input.subcommand,
    subcommandGroup: input.subcommandGroup,
    focused,
  });
  // Attachment options carry the attachment's id; the object itself is in `resolved`, as on Discord.
  const resolved =
    attachments.length === 0
      ? {}
      : { resolved: { attachments: Object.fromEntries(attachments.map(([, attachment]) => [attachment.id, attachment])) } };
  return {
    id: command?.id ?? nextSnowflake(),
    name: input.name,
    type: 1,
    options,
    ...resolved,
    ...(command?.guild_id === undefined ? {} : { guild_id: command.guild_id }),
  };
}

/** Dispatches a slash command (interaction type 2). */
export function dispatchSlashCommand(core: EmulatorCore, input: SlashCommandInput): InteractionHandle {
  const { user, channel } = actorOf(core, input);
  const payload = interactionBase(core, InteractionType.ApplicationCommand, user, channel);
  payload.data = commandData(core, input, channel.guildId);
  return dispatchInteraction(core, 'slashCommand', payload);
}

/** Dispatches an autocomplete request (interaction type 4). */
export function dispatchAutocomplete(core: EmulatorCore, input: AutocompleteInput): InteractionHandle {
  const { user, channel } = actorOf(core, input);
  const payload = interactionBase(core, InteractionType.Autocomplete, user, channel);
  payload.data = commandData(core, input, channel.guildId, input.focused);
  return dispatchInteraction(core, 'autocomplete', payload);
}

/** Dispatches a component interaction (type 3) for a component that exists on the message. */
export function dispatchComponent(core: EmulatorCore, input: ComponentInput): InteractionHandle {
  const messageId = typeof input.message === 'string' ? input.message : input.message.id;
  const message = core.messages.get(messageId);
  if (!message || core.deletedMessageIds.has(messageId))
    throw new Error(`Discord emulator: unknown message ${messageId}`);
  const component = input.forged
    ? { type: 2, custom_id: input.customId }
    : findComponent(message.components, input.customId);
  if (!component)
    throw new Error(`Discord emulator: message ${messageId} has no component "${input.customId}"`);
  const channel = core.channels.get(message.channel_id);
  const user = input.user ?? core.humans[0];
  if (!channel || !user)
    throw new Error('Discord emulator: component message has no channel or no user to click');
  const payload = interactionBase(core, InteractionType.MessageComponent, user, channel);
  payload.data = componentData(component, input.values);
  payload.message = interactionMessage(message);
  return dispatchInteraction(core, 'button', payload, message.id);
}

/** A public thread a user starts in a guild text channel, on its own or from a message. */
export interface UserThreadInput {
  name: string;
  user?: EmulatedUser;
  /** The parent channel (default: the first channel of the first guild). */
  channelId?: string;
  /** Start the thread from this message (the thread then takes its id). */
  message?: EmulatedMessage | string;
}

/** Starts a thread as a user and delivers THREAD_CREATE; returns the thread's channel. */
export function startUserThread(core: EmulatorCore, input: UserThreadInput): ChannelRecord {
  const { user, channel } = actorOf(core, { ...(input.user ? { user: input.user } : {}), ...(input.channelId ? { channelId: input.channelId } : {}) });
  const startMessage =
    input.message === undefined ? undefined : core.messages.get(typeof input.message === 'string' ? input.message : input.message.id);
  if (input.message !== undefined && !startMessage) throw new Error('Discord emulator: unknown message to start a thread from');
  const thread = core.createThread({
    parentId: channel.id,
    name: input.name,
    ownerId: user.id,
    ...(startMessage ? { startMessage } : {}),
  });
  deliverThreadCreate(core, thread);
  return thread;
}

/** Posts a user message and delivers MESSAGE_CREATE (subject to the bot's intents). */
export function postUserMessage(core: EmulatorCore, input: UserMessageInput): EmulatedMessage {
  const { user, channel } = actorOf(core, input);
  if (core.gateway?.sessionIntents() === undefined) {
    throw new Error('Discord emulator: no gateway session to dispatch to (await waitForReady() first)');
  }
  const message = core.createMessage({ channel_id: channel.id, author: user, content: input.content });
  if (input.systemType !== undefined) message.type = input.systemType;
  if (input.replyTo !== undefined) {
    const referenced = core.messages.get(
      typeof input.replyTo === 'string' ? input.replyTo : input.replyTo.id,
    );
    if (referenced) {
      message.type = 19;
      message.message_reference = {
        type: 0,
        message_id: referenced.id,
        channel_id: channel.id,
        ...(channel.guildId ? { guild_id: channel.guildId } : {}),
      };
      const { referenced_message: _nested, ...copy } = structuredClone(referenced);
      message.referenced_message = copy;
    }
  }
  deliverMessageCreate(core, message);
  return message;
}
