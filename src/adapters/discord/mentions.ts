import { normalizeQuestion } from '../../core/validation.js';

/** A question with Discord's markup read: as the member wrote it, and as the engine should analyse it. */
export interface ReadQuestion {
  /** As written (normalised): Discord itself shows its mentions as names wherever it is echoed. */
  shown: string;
  /**
   * Mentions of members, roles and channels, custom emoji and @everyone/@here left out (as spaces);
   * timestamps as dates. Not yet normalised: the engine's validation does that.
   */
  analysed: string;
}

/**
 * Discord's inline markup: user `<@id>`/`<@!id>`, role `<@&id>`, channel `<#id>`, slash command
 * `</name:id>`, custom emoji `<:name:id>`/`<a:name:id>`, timestamp `<t:seconds:style>`, and the
 * plain-text @everyone/@here.
 */
const MARKUP =
  /<(?:@!?|@&|#)\d{15,25}>|<\/[\w-]{1,32}(?: [\w-]{1,32}){0,2}:\d{15,25}>|<a?:\w{2,32}:\d{15,25}>|<t:(-?\d{1,13})(?::[tTdDfFRS])?>|@(?:everyone|here)\b/g;

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A Discord timestamp as a date ("10 January 2022"), or nothing when out of range. */
function timestampDate(seconds: string): string {
  const date = new Date(Number(seconds) * 1000);
  return Number.isNaN(date.getTime()) ? ' ' : DATE.format(date);
}

/**
 * Reads Discord markup in a question before analysis. The ids in mentions would be read as
 * numbers the article lacks (and a member's name as a name it lacks), making the bot say the
 * article does not answer; so the engine never sees them. A timestamp becomes its date. The
 * member's own text is kept for echoes and statistics, where Discord shows mentions as names.
 */
export function readMentions(text: string): ReadQuestion {
  const analysed = text.replace(MARKUP, (_token, seconds?: string) =>
    seconds === undefined ? ' ' : timestampDate(seconds),
  );
  return { shown: normalizeQuestion(text), analysed };
}
