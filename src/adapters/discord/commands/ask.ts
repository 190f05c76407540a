import { ChannelType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { DEFAULT_ENGINE_OPTIONS } from '../../../core/engine-options.js';
import type { Command } from '../command.js';
import { threadConversation } from '../conversations/conversation-keys.js';
import { conversationPlace } from '../conversations/conversation-place.js';
import { readMentions } from '../mentions.js';
import { answerReply } from '../replies/answer-reply.js';
import { draftReply } from '../replies/draft-reply.js';
import { DraftUpdates } from '../replies/draft-updates.js';
import { toEditOptions } from '../replies/reply-payload.js';

/** The most characters Discord lets a string option take. */
const DISCORD_OPTION_MAX_CHARS = 6000;

/**
 * The `/ask` builder: Discord itself stops a question longer than the engine accepts
 * (`limits.questionMaxChars`, within Discord's own ceiling), so the member sees the limit as they type.
 */
export function askBuilder(maxQuestionChars: number) {
  return new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the article; the answer cites its sources')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('Your question')
        .setRequired(true)
        .setMaxLength(Math.min(maxQuestionChars, DISCORD_OPTION_MAX_CHARS)),
    )
    .addBooleanOption((option) =>
      option.setName('private').setDescription('Only you see the answer (default: everyone in the channel)'),
    );
}

/**
 * `/ask question:<text> [private:<boolean>]`: an answer with citations, sources and feedback
 * buttons, read in its conversation's context (a bot thread's, a DM's). A public answer in a
 * channel gets Follow up, which opens a thread on it.
 */
export const ask = {
  data: askBuilder(DEFAULT_ENGINE_OPTIONS.maxQuestionChars),
  definition: (settings) => askBuilder(settings.questionMaxChars).toJSON(),

  async execute(interaction, context) {
    const isPrivate = interaction.options.getBoolean('private') ?? false;
    // Checked before deferring: a bad question or a cooldown gets an immediate private reply.
    const question = context.questions.admit(
      interaction.user.id,
      readMentions(interaction.options.getString('question', true)),
    );
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    // A language model writes for seconds: show its answer as it comes, then the checked one.
    const drafts =
      context.engine.answerMode().mode === 'generated'
        ? new DraftUpdates(
            (draft) =>
              interaction.editReply(
                toEditOptions(draftReply(question.shown, draft, { echoQuestion: true, ephemeral: isPrivate })),
              ),
            { logger: context.logger, signal: context.abandoned },
          )
        : undefined;
    const origin = {
      answerId: interaction.id,
      userId: interaction.user.id,
      guildId: interaction.guildId,
      via: 'command',
      // A DM is seen by the asker alone, like a private answer.
      isPrivate: isPrivate || !interaction.inGuild(),
    } as const;
    const inBotThread = interaction.inGuild() && context.questions.isConversationThread(threadConversation(interaction.channelId));
    const place = conversationPlace({
      questionId: interaction.id,
      userId: interaction.user.id,
      guildId: interaction.guildId,
      ...(inBotThread ? { botThreadId: interaction.channelId } : {}),
      private: isPrivate,
    });
    const answer = drafts
      ? await drafts.follow((progress) => context.questions.answer(question, origin, place, progress))
      : await context.questions.answer(question, origin, place);
    // A thread can be opened on a public answer in a text channel (not in a thread or a DM).
    const channelType = interaction.channel?.type;
    const followUp = !isPrivate && (channelType === ChannelType.GuildText || channelType === ChannelType.GuildAnnouncement);
    const reply = await interaction.editReply(
      toEditOptions(
        answerReply(answer, { answerId: interaction.id, echoQuestion: true, ephemeral: isPrivate, followUp }),
      ),
    );
    if (place.record) context.questions.link(reply.id, place.conversationId);
  },
} satisfies Command;
