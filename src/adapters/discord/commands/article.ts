import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { visibleIn } from '../../../core/articles/article-library.js';
import { UserError } from '../../../core/errors.js';
import type { BotContext, Command } from '../command.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { articleAddedReply, articleListReply, articleRemovedReply } from '../replies/article-replies.js';
import { toEditOptions, toReplyOptions } from '../replies/reply-payload.js';

/** The server of an interaction from a member with Manage Server; a user error otherwise. */
function managedGuild(interaction: ChatInputCommandInteraction): string {
  if (!interaction.inGuild())
    throw new UserError('article-guild-only', 'Articles are added per server: use /article in a server.');
  if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserError(
      'article-forbidden',
      'Only members with the Manage Server permission can add, list or remove articles.',
    );
  }
  return interaction.guildId;
}

async function add(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  guildId: string,
): Promise<void> {
  const file = interaction.options.getAttachment('file');
  const url = interaction.options.getString('url')?.trim();
  if ((file ? 1 : 0) + (url ? 1 : 0) !== 1) {
    throw new UserError(
      'article-source',
      'Give exactly one article: attach a `file` (txt, md, html, pdf, docx) or give a `url`.',
    );
  }
  const { library, access } = context.articles;
  if (file && file.size > library.maxBytes) {
    throw new UserError(
      'article-too-large',
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB, over the ${Math.round(library.maxBytes / 1024 / 1024)} MB limit.`,
    );
  }
  if (file && !(access.trustedHosts ?? []).includes(new URL(file.url).host)) {
    throw new UserError(
      'article-attachment-host',
      'That attachment is not on Discord’s file servers, so I will not fetch it.',
    );
  }
  context.questions.admitWork(interaction.user.id);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const owner = { guildId, addedBy: interaction.user.id };
  const added = await context.questions.runLimited(() =>
    file
      ? library.addUrl(file.url, owner, access, {
          name: file.name,
          ...(file.contentType ? { contentType: file.contentType } : {}),
        })
      : // Only attachments may come from Discord's own hosts; a member's URL must be public.
        library.addUrl(url ?? '', owner, { publicOnly: access.publicOnly }),
  );
  context.logger.info(
    { guildId, docId: added.docId, source: added.source, passages: added.passages },
    'article added',
  );
  await interaction.editReply(toEditOptions(articleAddedReply(added)));
}

async function remove(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  guildId: string,
): Promise<void> {
  const docId = interaction.options.getString('article', true);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const removed = await context.articles.library.remove(docId, { guildId });
  context.logger.info({ guildId, docId }, 'article removed');
  await interaction.editReply(toEditOptions(articleRemovedReply(removed.title, docId)));
}

/**
 * `/article add|list|remove`: members with Manage Server add articles (an attachment or a web
 * address) that are answered in their server only, list what members can ask about, and remove
 * their server's additions. Every reply is private. Discord hides the command from other members
 * (`default_member_permissions`), and the permission is checked here too, since admins can
 * override that per role or channel.
 */
export const article = {
  data: new SlashCommandBuilder()
    .setName('article')
    .setDescription('Add, list or remove the articles I answer from in this server (Manage Server only)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((subcommand) =>
      subcommand
        .setName('add')
        .setDescription('Add an article from a file (txt, md, html, pdf, docx) or a web address')
        .addAttachmentOption((option) =>
          option.setName('file').setDescription('The article as a .txt, .md, .html, .pdf or .docx file'),
        )
        .addStringOption((option) =>
          option
            .setName('url')
            .setDescription('An http(s) address of a web page or document')
            .setMaxLength(2000),
        ),
    )
    .addSubcommand((subcommand) =>
      subcommand.setName('list').setDescription('The articles members of this server can ask about'),
    )
    .addSubcommand((subcommand) =>
      subcommand
        .setName('remove')
        .setDescription('Remove an article added in this server')
        .addStringOption((option) =>
          option
            .setName('article')
            .setDescription('The article (start typing its title)')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(DISCORD_LIMITS.choiceValue),
        ),
    ),

  async execute(interaction, context) {
    const guildId = managedGuild(interaction);
    const subcommand = interaction.options.getSubcommand();
    if (subcommand === 'add') return add(interaction, context, guildId);
    if (subcommand === 'remove') return remove(interaction, context, guildId);
    const articles = context.engine.articles(visibleIn(guildId));
    await interaction.reply(
      toReplyOptions(articleListReply(articles, interaction.guild?.name ?? 'this server')),
    );
  },

  async autocomplete(interaction, context) {
    if (!interaction.inGuild() || !interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild))
      return interaction.respond([]);
    const typed = interaction.options.getFocused().toLowerCase().trim();
    const own = context.engine.articles().filter((article) => article.guildId === interaction.guildId);
    const choices = own
      .filter(
        (article) => typed === '' || article.title.toLowerCase().includes(typed) || article.docId.includes(typed),
      )
      .slice(0, DISCORD_LIMITS.choices)
      // Two articles with one title are told apart by their ids.
      .map((article, _index, shown) => {
        const twin = shown.some((other) => other !== article && other.title === article.title);
        return { name: truncate(twin ? `${article.title} (${article.docId})` : article.title, DISCORD_LIMITS.choiceName), value: article.docId };
      });
    await interaction.respond(choices);
  },
} satisfies Command;
