import { embedLength, type APIEmbed } from 'discord.js';

// Discord's embed size count and the project's one cut rule, under the names the adapter uses.
export { embedLength } from 'discord.js';
export { truncate } from '../../core/display.js';

/** Discord's message limits; requests over them are refused with 400 50035. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Characters of all embeds of one message together. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  customId: 100,
  buttonLabel: 80,
  choiceName: 100,
  choiceValue: 100,
  choices: 25,
} as const;

/** Where text may be split, best first: paragraphs, lines, sentences, words. */
const BREAKS = ['\n\n', '\n', '. ', ' '];

/**
 * Splits text into pieces of at most `max` characters, preferring paragraph, line, sentence
 * and word boundaries; only a single overlong word is cut mid-way. Joining the pieces with
 * the separators they were split at gives the text back (whitespace at the cuts aside).
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = -1;
    for (const separator of BREAKS) {
      const at = window.lastIndexOf(separator);
      // Keep the sentence's full stop with it; other separators are dropped.
      const end = separator === '. ' ? at + 1 : at;
      if (at > 0 && end <= max && end >= max * 0.3) {
        cut = end;
        break;
      }
    }
    if (cut <= 0) cut = max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/**
 * Groups embeds into as few messages as fit Discord's per-message limits (10 embeds and
 * 6,000 characters), keeping their order. Each embed must itself be within the limits.
 */
export function packEmbeds(embeds: readonly APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (
      current.length > 0 &&
      (current.length >= DISCORD_LIMITS.embedsPerMessage || size + length > DISCORD_LIMITS.embedsTotal)
    ) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}
