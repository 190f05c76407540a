import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../../../core/errors.js';
import type { Command } from '../command.js';
import { toReplyOptions } from '../replies/reply-payload.js';
import { statsReply } from '../replies/stats-reply.js';

/**
 * `/stats`: question statistics for server admins. Discord hides the command from members
 * without Manage Server (`default_member_permissions`), but server admins can override that
 * per role or channel, so the permission is checked here too.
 */
export const stats = {
  data: new SlashCommandBuilder()
    .setName('stats')
    .setDescription('Question statistics and feedback for this server (Manage Server only)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),

  async execute(interaction, context) {
    if (!interaction.inGuild())
      throw new UserError('stats-guild-only', 'Statistics are per server: use /stats in a server.');
    if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserError(
        'stats-forbidden',
        'Only members with the Manage Server permission can see statistics.',
      );
    }
    const guildName = interaction.guild?.name ?? 'this server';
    await interaction.reply(
      toReplyOptions(statsReply(context.state.statistics(interaction.guildId), guildName)),
    );
  },
} satisfies Command;
