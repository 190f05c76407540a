import { SlashCommandBuilder } from 'discord.js';
import type { SectionInfo, SummaryLength, SummaryRequest } from '../../../core/summary/types.js';
import type { Command } from '../command.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { summaryReply } from '../replies/summary-reply.js';
import { toEditOptions } from '../replies/reply-payload.js';

const LENGTHS: SummaryLength[] = ['short', 'medium', 'long'];

/**
 * The value a section choice carries: its number, prefixed with the document id when the
 * corpus has several documents. Typed text that is not a choice is matched by title instead.
 */
export function sectionChoiceValue(section: SectionInfo, documentCount: number): string {
  return documentCount > 1 ? `${section.docId}#${section.number}` : String(section.number);
}

/** Reads a section option back into a summary request. */
export function sectionRequest(
  value: string,
  documentIds: readonly string[],
): Pick<SummaryRequest, 'docId' | 'section'> {
  const match = /^(.+)#(\d+)$/.exec(value);
  if (match?.[1] !== undefined && match[2] !== undefined && documentIds.includes(match[1]))
    return { docId: match[1], section: match[2] };
  return { section: value };
}

/** Choices for what the user has typed so far: sections whose label contains it. */
export function sectionChoices(
  sections: readonly SectionInfo[],
  typed: string,
  documentCount: number,
): Array<{ name: string; value: string }> {
  const wanted = typed.toLowerCase().trim();
  return sections
    .filter(
      (section) =>
        wanted === '' || section.label.toLowerCase().includes(wanted) || String(section.number) === wanted,
    )
    .slice(0, DISCORD_LIMITS.choices)
    .map((section) => ({
      name: truncate(
        documentCount > 1 ? `${section.label} (${section.docId})` : section.label,
        DISCORD_LIMITS.choiceName,
      ),
      value: truncate(sectionChoiceValue(section, documentCount), DISCORD_LIMITS.choiceValue),
    }));
}

/** `/summary [length] [section]`: the article's (or one section's) key sentences, quoted and cited. */
export const summary = {
  data: new SlashCommandBuilder()
    .setName('summary')
    .setDescription('Summarise the article, or one of its sections, with citations')
    .addStringOption((option) =>
      option
        .setName('length')
        .setDescription('How long (default: medium)')
        .addChoices(...LENGTHS.map((length) => ({ name: length, value: length }))),
    )
    .addStringOption((option) =>
      option
        .setName('section')
        .setDescription('Only this section of the article')
        .setAutocomplete(true)
        .setMaxLength(DISCORD_LIMITS.choiceValue),
    ),

  async execute(interaction, context) {
    const lengthOption = interaction.options.getString('length');
    const length = LENGTHS.find((candidate) => candidate === lengthOption) ?? 'medium';
    const sectionOption = interaction.options.getString('section');
    const engine = context.engines.forGuild(interaction.guildId);
    const target =
      sectionOption === null
        ? {}
        : sectionRequest(
            sectionOption,
            engine.documents().map((document) => document.id),
          );
    // An unknown section is the user's to fix: say so at once, privately, before deferring.
    if (target.section !== undefined) engine.validateSummary(target);
    context.questions.admitWork(interaction.user.id);
    await interaction.deferReply();
    const result = await context.questions.runLimited(() => engine.summarize({ length, ...target }));
    await interaction.editReply(toEditOptions(summaryReply(result)));
  },

  async autocomplete(interaction, context) {
    const engine = context.engines.forGuild(interaction.guildId);
    const sections = engine.sections();
    const documentCount = engine.documents().length;
    await interaction.respond(sectionChoices(sections, interaction.options.getFocused(), documentCount));
  },
} satisfies Command;
