import { normalizeQuestion } from '../../core/validation.js';

/** A question with Discord's markup read: as the member wrote it, and as the engine should analyse it. */
export interface ReadQuestion {
  /** As written (normalised): Discord itself shows its mentions as names wherever it is echoed. */
  shown: string;
  /**
   * Mentions of members, roles and channels, custom emoji and @everyone/@here left out (as spaces);
   * timestamps as dates; formatting marks left out. Not yet normalised: the engine's validation does that.
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
 * Discord's text formatting, each with what it keeps: a code block's code (without its language
 * tag), inline code, a spoiler, bold, underline and strikethrough text, italics written with `*` or
 * `_` (only as marks around words: not "5 * 3" or "snake_case"), and a line's text after a
 * heading (`#`, `##`, `###`) or subtext (`-#`) mark. Quotation marks (`>`, `>>>`) stay: the engine
 * reads a quoted line as the context of the question after it (core/intent/quoted-lines.ts).
 */
const FORMATTING: ReadonlyArray<[RegExp, string]> = [
  [/```(?:[\w+-]*\n)?([\s\S]*?)```/g, '$1'],
  [/(`{1,2})([^`]+)\1/g, '$2'],
  [/\|\|([\s\S]+?)\|\|/g, '$1'],
  [/(\*{2,3}|__|~~)(?=\S)([\s\S]+?)(?<=\S)\1/g, '$2'],
  [/(^|[^\p{L}\p{N}*_])([*_])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, '$1$3'],
  [/^[ \t]*(?:#{1,3}|-#)[ \t]+/gm, ''],
];

/**
 * The text without Discord's formatting marks (see {@link FORMATTING}). Left in, they stuck to the
 * words they enclose: "`what day did the first meeting happen`" lost its question word (its
 * answer's date was no longer asked for), and "`what's the main topic of the article`" was not
 * read as a request for the summary.
 */
export function withoutFormatting(text: string): string {
  return FORMATTING.reduce((plain, [pattern, kept]) => plain.replace(pattern, kept), text);
}

/**
 * Reads Discord markup in a question before analysis. The ids in mentions would be read as
 * numbers the article lacks (and a member's name as a name it lacks), making the bot say the
 * article does not answer; so the engine never sees them. A timestamp becomes its date, and
 * formatting marks go (see {@link withoutFormatting}). The
 * member's own text is kept for echoes and statistics, where Discord shows mentions as names.
 */
export function readMentions(text: string): ReadQuestion {
  const analysed = withoutFormatting(
    text.replace(MARKUP, (_token, seconds?: string) => (seconds === undefined ? ' ' : timestampDate(seconds))),
  );
  return { shown: normalizeQuestion(text), analysed };
}
