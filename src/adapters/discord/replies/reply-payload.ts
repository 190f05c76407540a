import {
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type MessageCreateOptions,
  type MessageMentionOptions,
  type MessageReplyOptions,
} from 'discord.js';

/** Pings nobody: no @everyone, roles or users, and no ping of the author replied to. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const satisfies MessageMentionOptions;

/**
 * A message the bot sends, as plain data: built by pure functions, checked by unit tests, and
 * turned into discord.js options at the edge. Every payload carries {@link NO_MENTIONS}.
 */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<APIActionRowComponent<APIComponentInMessageActionRow>>;
  /** Shown only to the user who acted (interactions only). */
  ephemeral: boolean;
  allowedMentions: typeof NO_MENTIONS;
}

/** Builds a payload; `allowedMentions` is always {@link NO_MENTIONS}. */
export function replyPayload(
  fields: Omit<ReplyPayload, 'allowedMentions' | 'ephemeral'> & { ephemeral?: boolean },
): ReplyPayload {
  return { ephemeral: false, ...fields, allowedMentions: NO_MENTIONS };
}

function body(
  payload: ReplyPayload,
): Pick<InteractionReplyOptions, 'content' | 'embeds' | 'components' | 'allowedMentions'> {
  return {
    ...(payload.content === undefined ? {} : { content: payload.content }),
    ...(payload.embeds === undefined ? {} : { embeds: payload.embeds }),
    ...(payload.components === undefined ? {} : { components: payload.components }),
    allowedMentions: { ...payload.allowedMentions, parse: [] },
  };
}

/** Options for `interaction.reply` / `followUp`. */
export function toReplyOptions(payload: ReplyPayload): InteractionReplyOptions {
  return { ...body(payload), ...(payload.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** Options for `interaction.editReply` (ephemerality was fixed when the reply was deferred). */
export function toEditOptions(payload: ReplyPayload): InteractionEditReplyOptions {
  // An edit keeps fields it does not mention: clear the content when the payload has none.
  return { content: '', ...body(payload) };
}

/** Options for `message.reply` (mentions and DMs); never fails when the question was deleted. */
export function toMessageReplyOptions(payload: ReplyPayload): MessageReplyOptions {
  return { ...body(payload), failIfNotExists: false };
}

/** Options for `channel.send` (a message of the bot's own, e.g. in a thread it opened). */
export function toMessageOptions(payload: ReplyPayload): MessageCreateOptions {
  return body(payload);
}
