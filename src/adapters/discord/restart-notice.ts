import {
  DiscordAPIError,
  InteractionResponseType,
  MessageFlags,
  REST,
  RESTJSONErrorCodes,
  Routes,
  type Client,
  type Message,
  type RepliableInteraction,
} from 'discord.js';
import { restartingReply } from './replies/notices.js';

/** Sends the restart note in place of replies that will not finish before the process stops. */
export interface RestartNotices {
  /** Replaces the interaction's reply ("thinking…", a draft) with the note, or replies with it. */
  interaction(interaction: RepliableInteraction): Promise<void>;
  /** Replies to a question asked by mention or DM with the note. */
  message(message: Message): Promise<void>;
}

const NO_MENTIONS = { parse: [], replied_user: false };

/**
 * Restart notes go through a REST client of their own: the client's queue may hold the very
 * edit that is late (a slow or rate-limited answer), and the note must not wait behind it.
 */
export function restartNotices(client: Client): RestartNotices {
  let rest: REST | undefined;
  const own = (): REST => (rest ??= new REST(client.options.rest).setToken(client.token ?? ''));
  const content = restartingReply().content ?? '';

  const edit = (interaction: RepliableInteraction): Promise<unknown> =>
    own().patch(Routes.webhookMessage(interaction.applicationId, interaction.token), {
      body: { content, embeds: [], components: [], allowed_mentions: NO_MENTIONS },
      auth: false,
    });

  return {
    async interaction(interaction) {
      if (interaction.deferred || interaction.replied) {
        await edit(interaction);
        return;
      }
      try {
        await own().post(Routes.interactionCallback(interaction.id, interaction.token), {
          body: {
            type: InteractionResponseType.ChannelMessageWithSource,
            data: { content, flags: MessageFlags.Ephemeral, allowed_mentions: NO_MENTIONS },
          },
          auth: false,
        });
      } catch (error) {
        // The handler's own acknowledgement landed first: replace what it shows instead.
        if (
          !(error instanceof DiscordAPIError) ||
          error.code !== RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged
        )
          throw error;
        await edit(interaction);
      }
    },
    async message(message) {
      await own().post(Routes.channelMessages(message.channelId), {
        body: {
          content,
          message_reference: { message_id: message.id, fail_if_not_exists: false },
          allowed_mentions: NO_MENTIONS,
        },
      });
    },
  };
}
