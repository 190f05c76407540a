import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../command.js';
import { aboutReply } from '../replies/about-reply.js';
import { toReplyOptions } from '../replies/reply-payload.js';

/** `/about`: the article, passage count, embedding model, index build time and answer mode. */
export const about = {
  data: new SlashCommandBuilder().setName('about').setDescription('What article I answer from, and how'),

  async execute(interaction, context) {
    // The server's own view: its articles and the shared ones, with their passages.
    const { documents, ...about } = context.engines.forGuild(interaction.guildId).about();
    const reply = aboutReply({ titles: documents.map((document) => document.title), ...about });
    await interaction.reply(toReplyOptions(reply));
  },
} satisfies Command;
