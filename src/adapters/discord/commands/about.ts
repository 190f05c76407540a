import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../command.js';
import { aboutReply } from '../replies/about-reply.js';
import { toReplyOptions } from '../replies/reply-payload.js';

/** `/about`: the article, passage count, embedding model, index build time and answer mode. */
export const about = {
  data: new SlashCommandBuilder().setName('about').setDescription('What article I answer from, and how'),

  async execute(interaction, context) {
    const { index } = context.engine;
    const reply = aboutReply({
      titles: index.documents.map((document) => document.title),
      passages: index.passages.length,
      embeddingModel: index.manifest.model.id,
      builtAt: index.manifest.builtAt,
      answerMode: context.engine.answerMode(),
    });
    await interaction.reply(toReplyOptions(reply));
  },
} satisfies Command;
