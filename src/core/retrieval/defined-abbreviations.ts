import type { Passage } from '../corpus/types.js';

/**
 * The long names a corpus defines an abbreviation for and then writes short: "The United States
 * (US) and Russia will hold …" and "the US" twenty times after. A member who writes "who led the
 * united states delegation" asked in words only the definition holds, and was answered with it
 * ("The United States (US) and Russia will hold a three-stage meeting …", 0.25), where "who led
 * the us delegation" is answered with Sherman (0.70). The article's own definitions are the
 * resource: no list of aliases, and nothing for a name the corpus writes in full.
 */

/** Words a name's initials skip: "Organization for Security and Co-operation in Europe" is OSCE. */
export const LINKING_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'to', 'at', 'de', 'du', 'des', 'la', 'le', 'del', 'von', 'van', '&']);

/** An abbreviation in brackets: "(US)", "(the OSCE)". */
const BRACKETED = /\(\s*(?:the\s+)?(\p{Lu}[\p{Lu}.&]{1,9})\s*\)/gu;

/** The words before a bracket, as far back as a long name may reach (ten words and the linking words between). */
const WORDS_BEFORE = /(?:[\p{L}'’&-]+\s+){1,20}$/u;

/** One long form and the abbreviation the corpus writes for it. */
interface Definition {
  long: string;
  abbreviation: string;
}

/**
 * The trailing run of `words` whose capitals' initials spell `abbreviation` ("The United States"
 * → "United States" for US), or undefined.
 */
function longFormOf(words: readonly string[], abbreviation: string): string | undefined {
  const letters = abbreviation.replace(/[.&]/g, '');
  for (let start = words.length - 1; start >= 0; start -= 1) {
    const run = words.slice(start);
    const first = run[0] ?? '';
    if (LINKING_WORDS.has(first.toLowerCase())) continue;
    const initials = run
      .filter((word) => !LINKING_WORDS.has(word.toLowerCase()))
      .map((word) => word[0] ?? '')
      .join('');
    if (initials === letters) return run.join(' ');
    if (initials.length > letters.length) return undefined;
  }
  return undefined;
}

/** A regular expression's source for the text as it is. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The long form's words, a hyphen written or not ("co-operation", "cooperation"), with no edges. */
function longFormWords(long: string): string {
  return long
    .split(/\s+/)
    .map((word) => escaped(word).replace(/-/g, '[-\\s]?'))
    .join('[\\s-]+');
}

/** A pattern's source for the long form as whole words, for a pattern with the Unicode flag. */
function longFormSource(long: string): string {
  return `(?<![\\p{L}\\d-])${longFormWords(long)}(?![\\p{L}\\d-])`;
}

/** A long form as counted: lower case, without spaces or hyphens ("co-operation" and "cooperation" alike). */
function canonical(text: string): string {
  return text.toLowerCase().replace(/[-\s]+/g, '');
}

/** How often each match of `pattern` occurs in the texts, keyed by `key` of the match. */
function tally(texts: readonly string[], pattern: RegExp, key: (found: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const [found] of text.matchAll(pattern)) counts.set(key(found), (counts.get(key(found)) ?? 0) + 1);
  return counts;
}

/**
 * The corpus's definitions of abbreviations that it writes more often short than long, read on
 * first use (a scan of every passage, which a question that needs none should not pay for at
 * start-up).
 */
export class DefinedAbbreviations {
  private rewrites: Array<{ pattern: RegExp; abbreviation: string }> | undefined;

  constructor(private readonly passages: readonly Passage[]) {}

  /**
   * The question with each long name the corpus abbreviates written as the corpus writes it:
   * "who led the united states delegation" → "who led the US delegation".
   */
  written(question: string): string {
    this.rewrites ??= this.read();
    let text = question;
    for (const { pattern, abbreviation } of this.rewrites) text = text.replace(pattern, abbreviation);
    return text;
  }

  private read(): Array<{ pattern: RegExp; abbreviation: string }> {
    const texts = this.passages.map((passage) => passage.text);
    const definitions = new Map<string, Definition>();
    // How often each is defined: those are no use of either form.
    const defined = new Map<string, number>();
    for (const text of texts) {
      if (!text.includes('(')) continue;
      for (const match of text.matchAll(BRACKETED)) {
        const abbreviation = match[1] ?? '';
        // Read back from the bracket: the trailing capitalised words whose initials spell it.
        const before = WORDS_BEFORE.exec(text.slice(Math.max(0, match.index - 200), match.index))?.[0] ?? '';
        const long = longFormOf(before.trim().split(/\s+/), abbreviation);
        // A long form of one word says nothing an abbreviation would not ("Europe (EU)" is a slip).
        if (long === undefined || !/\s/.test(long)) continue;
        const key = `${canonical(long)} ${abbreviation}`;
        definitions.set(key, { long, abbreviation });
        defined.set(key, (defined.get(key) ?? 0) + 1);
      }
    }
    if (definitions.size === 0) return [];
    // Every name counted in one pass over the texts (a large corpus defines hundreds): its short
    // form as written, its long form in any case and hyphenation, and its definitions.
    const shortCounts = tally(texts, new RegExp(`(?<![\\p{L}\\d])(?:${[...new Set([...definitions.values()].map((d) => escaped(d.abbreviation)))].join('|')})(?![\\p{L}\\d])`, 'gu'), (found) => found);
    // Counted as the definition capitalises it, with ASCII word boundaries: a name of capitalised
    // words, written so; in any case and with Unicode's boundaries, this one pass took 0.8 s of a
    // 100,000-passage corpus's first question, and now about 0.3 s (the bot pays it warming up).
    const longCounts = tally(texts, new RegExp(`\\b(?:${[...definitions.values()].map((d) => longFormWords(d.long)).join('|')})\\b`, 'g'), canonical);
    const rewrites: Array<{ pattern: RegExp; abbreviation: string }> = [];
    for (const [key, { long, abbreviation }] of definitions) {
      const definedTimes = defined.get(key) ?? 0;
      const longCount = (longCounts.get(canonical(long)) ?? 0) - definedTimes;
      const shortCount = (shortCounts.get(abbreviation) ?? 0) - definedTimes;
      // Written short more often than long, after the definition: the corpus's own name for it.
      // Not where the question defines it itself ("the Australian Recording Industry Association (ARIA) Music Awards").
      if (shortCount > longCount) rewrites.push({ pattern: new RegExp(`${longFormSource(long)}(?!\\s*\\(\\s*(?:the\\s+)?${escaped(abbreviation)}\\s*\\))`, 'giu'), abbreviation });
    }
    // Longer names first, so "United States Geological Survey" is not read as "US Geological Survey".
    return rewrites.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  }
}
