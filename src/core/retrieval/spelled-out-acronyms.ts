import type { Passage } from '../corpus/types.js';
import type { TermStatistics } from '../answer/term-statistics.js';
import { normalizeTerm } from '../text/terms.js';
import { LINKING_WORDS } from './defined-abbreviations.js';

/**
 * Acronyms a member writes for a name the corpus only spells out: "what did the AP report" of an
 * article that writes "According to the Associated Press" and never "AP". The letters are no
 * word any passage holds, so the question heard "doesn't say" (0.04) where "what did the
 * associated press report" is answered (0.59). The corpus's own names are the resource: an
 * acronym is read as the one run of capitalised words whose initials spell it exactly, and left
 * alone when the corpus writes the letters themselves or spells them more than one way.
 */

/** An acronym as written: two to six capitals, with or without dots ("AP", "U.N."). */
const ACRONYM = /(?<![\p{L}\d])(?:\p{Lu}\.?){2,6}(?![\p{L}\d])/gu;

/** Acronyms remembered per corpus before the memory starts again. */
const REMEMBERED = 5_000;

/** A linking word between a name's words, as a pattern: "of", "for", "and" … */
const LINK = `(?:${[...LINKING_WORDS].join('|')})`;

/**
 * A pattern for the runs of capitalised words whose initials spell `letters`, linking words
 * allowed between them, ending where the capitals do ("Associated Press" for AP, not the
 * "Associated Press Television" of APT). A sentence's first word or an earlier capital may come
 * before it: "According to the Associated Press" holds "Associated Press".
 */
function runPattern(letters: string): RegExp {
  const words = [...letters].map((letter) => `${letter}[\\p{Ll}'’-][\\p{L}'’-]*`);
  return new RegExp(`(?<![\\p{L}\\d'’-])${words.join(`(?:\\s+${LINK})*\\s+`)}(?![\\p{L}\\d'’-])(?!\\s+\\p{Lu})`, 'gu');
}

/** Reads a question's acronyms as the names a corpus spells out for them, each acronym looked up once. */
export class SpelledOutAcronyms {
  private readonly longForms = new Map<string, string | undefined>();

  constructor(private readonly passages: readonly Passage[]) {}

  /** The question with each acronym the corpus never writes, but spells out one way, written out. */
  written(question: string, statistics: TermStatistics): string {
    return question.replace(ACRONYM, (acronym) => {
      if (statistics.has(normalizeTerm(acronym))) return acronym;
      const letters = acronym.replace(/\./g, '');
      if (!this.longForms.has(letters)) {
        // A long-running bot meets many acronyms; a few thousand remembered is plenty.
        if (this.longForms.size >= REMEMBERED) this.longForms.clear();
        this.longForms.set(letters, this.read(letters));
      }
      return this.longForms.get(letters) ?? acronym;
    });
  }

  /** The one run the corpus spells the letters with, or undefined when it has none or several. */
  private read(letters: string): string | undefined {
    const pattern = runPattern(letters);
    let found: string | undefined;
    for (const passage of this.passages) {
      // Cheap test first: most passages hold no word opening with the first letter.
      if (!passage.text.includes(letters[0] as string)) continue;
      for (const [run] of passage.text.matchAll(pattern)) {
        const spaced = run.replace(/\s+/g, ' ');
        if (found === undefined) found = spaced;
        else if (found.toLowerCase() !== spaced.toLowerCase()) return undefined;
      }
    }
    return found;
  }
}
