import { SlashCommandBuilder } from 'discord.js';
import type { BotContext, Command } from '../command.js';
import { aboutReply } from '../replies/about-reply.js';
import { toReplyOptions } from '../replies/reply-payload.js';

/** Passages of the documents this server sees (a server's view shares the whole index's passage list). */
function countVisible(index: BotContext['engine']['index']): number {
  const visible = new Set(index.documents.map((document) => document.id));
  return index.passages.filter((passage) => visible.has(passage.docId)).length;
}

/** `/about`: the article, passage count, embedding model, index build time and answer mode. */
export const about = {
  data: new SlashCommandBuilder().setName('about').setDescription('What article I answer from, and how'),

  async execute(interaction, context) {
    const engine = context.engines.forGuild(interaction.guildId);
    const { index } = engine;
    const reply = aboutReply({
      titles: index.documents.map((document) => document.title),
      passages: countVisible(index),
      embeddingModel: index.manifest.model.id,
      builtAt: index.manifest.builtAt,
      answerMode: engine.answerMode(),
    });
    await interaction.reply(toReplyOptions(reply));
  },
} satisfies Command;
