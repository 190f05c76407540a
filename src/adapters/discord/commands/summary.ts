import { SlashCommandBuilder } from 'discord.js';
import type { CorpusDocument } from '../../../core/corpus/types.js';
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

/** What the article option needs of a document. */
export type ArticleChoice = Pick<CorpusDocument, 'id' | 'title'>;

/** Choices for the article option: the articles this server can see whose title or id holds the typed text, valued by id. */
export function articleChoices(documents: readonly ArticleChoice[], typed: string): Array<{ name: string; value: string }> {
  const wanted = typed.toLowerCase().trim();
  const shown = documents.filter((document) => wanted === '' || document.title.toLowerCase().includes(wanted) || document.id.includes(wanted)).slice(0, DISCORD_LIMITS.choices);
  return shown.map((document) => {
    // Two articles with one title are told apart by their ids.
    const twin = shown.some((other) => other !== document && other.title === document.title);
    return { name: truncate(twin ? `${document.title} (${document.id})` : document.title, DISCORD_LIMITS.choiceName), value: truncate(document.id, DISCORD_LIMITS.choiceValue) };
  });
}

/**
 * Reads the article option back into a document id: a choice carries the id; typed text that
 * is not one is matched by title (whole, then a part only one title has). Anything else is
 * passed on as it is, for the engine to refuse with the list of ids.
 */
export function articleRequest(value: string, documents: readonly ArticleChoice[]): string {
  if (documents.some((document) => document.id === value)) return value;
  const wanted = value.toLowerCase().trim();
  const whole = documents.filter((document) => document.title.toLowerCase() === wanted);
  const partly = documents.filter((document) => document.title.toLowerCase().includes(wanted));
  return (whole.length === 1 ? whole[0] : partly.length === 1 ? partly[0] : undefined)?.id ?? value;
}

/**
 * `/summary [length] [section] [article]`: the article's (or one section's) key sentences,
 * quoted and cited. Without an article, the first one; in a server that added its own articles,
 * the article option is the only way to summarise one of them whole.
 */
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
    )
    .addStringOption((option) =>
      option
        .setName('article')
        .setDescription('Which article, when there are several (default: the first)')
        .setAutocomplete(true)
        .setMaxLength(DISCORD_LIMITS.choiceValue),
    ),

  async execute(interaction, context) {
    const lengthOption = interaction.options.getString('length');
    const length = LENGTHS.find((candidate) => candidate === lengthOption) ?? 'medium';
    const sectionOption = interaction.options.getString('section');
    const articleOption = interaction.options.getString('article');
    const engine = context.engines.forGuild(interaction.guildId);
    const documents = engine.documents();
    const sectionTarget =
      sectionOption === null
        ? {}
        : sectionRequest(
            sectionOption,
            documents.map((document) => document.id),
          );
    // The article chosen wins over one a section choice carried: the section is then looked up in it.
    const target = articleOption === null ? sectionTarget : { ...sectionTarget, docId: articleRequest(articleOption, documents) };
    // An unknown article or section is the user's to fix: say so at once, privately, before deferring.
    if (target.section !== undefined || target.docId !== undefined) engine.validateSummary(target);
    context.questions.admitWork(interaction.user.id);
    await interaction.deferReply();
    const result = await context.questions.runLimited(() => engine.summarize({ length, ...target }));
    await interaction.editReply(toEditOptions(summaryReply(result)));
  },

  async autocomplete(interaction, context) {
    const engine = context.engines.forGuild(interaction.guildId);
    const documents = engine.documents();
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'article') return interaction.respond(articleChoices(documents, focused.value));
    // With an article chosen, only its sections are offered.
    const articleOption = interaction.options.getString('article');
    const docId = articleOption === null ? undefined : articleRequest(articleOption, documents);
    const sections = engine.sections().filter((section) => docId === undefined || section.docId === docId);
    await interaction.respond(sectionChoices(sections, focused.value, docId === undefined ? documents.length : 1));
  },
} satisfies Command;
