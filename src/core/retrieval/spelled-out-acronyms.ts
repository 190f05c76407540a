import type { Passage } from '../corpus/types.js';
import type { TermStatistics } from '../answer/term-statistics.js';
import { normalizeTerm } from '../text/terms.js';

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
/** Words a name's initials skip: "Organization for Security and Co-operation in Europe". */
const LINKING_WORDS = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'to', 'at', 'de', 'du', 'des', 'la', 'le', 'del', 'von', 'van', '&']);
/** A word of a name: capitalised, hyphenated parts allowed ("Saint-Germain", "Co-operation"). */
const WORD = /[\p{L}'’&-]+/gu;

/** The initials of a capitalised word: the capitals that open its hyphenated parts ("Saint-Germain" SG, "Co-operation" C). */
function initialsOf(word: string): string {
  return word
    .split('-')
    .filter((part) => /^\p{Lu}/u.test(part))
    .map((part) => part[0] as string)
    .join('');
}

/**
 * Every run of capitalised words in a text that ends a longest one, linking words allowed inside
 * it but not at its ends, with at least two capitalised words: "Associated Press", "Organization
 * for Security and Co-operation in Europe". Sentence breaks end a run.
 */
function capitalisedRuns(text: string): string[] {
  const runs: string[] = [];
  for (const sentence of text.split(/(?<=[.!?;:,"“”()])\s*/u)) {
    let run: string[] = [];
    const close = (): void => {
      while (run.length > 0 && LINKING_WORDS.has((run[run.length - 1] as string).toLowerCase())) run.pop();
      // Each tail from a capitalised word: a sentence's first word is capitalised too, and
      // "According to the Associated Press" holds "Associated Press".
      run.forEach((word, start) => {
        const tail = run.slice(start);
        if (/^\p{Lu}/u.test(word) && !LINKING_WORDS.has(word.toLowerCase()) && tail.filter((item) => /^\p{Lu}/u.test(item)).length >= 2) runs.push(tail.join(' '));
      });
      run = [];
    };
    for (const [word] of sentence.matchAll(WORD)) {
      if (/^\p{Lu}/u.test(word)) run.push(word);
      else if (run.length > 0 && LINKING_WORDS.has(word.toLowerCase())) run.push(word);
      else close();
    }
    close();
  }
  return runs;
}

/** Reads a question's acronyms as the names a corpus spells out for them, the corpus read on first need. */
export class SpelledOutAcronyms {
  private longForms: ReadonlyMap<string, string | undefined> | undefined;

  constructor(private readonly passages: readonly Passage[]) {}

  /** The question with each acronym the corpus never writes, but spells out one way, written out. */
  written(question: string, statistics: TermStatistics): string {
    return question.replace(ACRONYM, (acronym) => {
      if (statistics.has(normalizeTerm(acronym))) return acronym;
      this.longForms ??= this.read();
      return this.longForms.get(acronym.replace(/\./g, '')) ?? acronym;
    });
  }

  /** Each run's initials and the run, or undefined where two different runs share them. */
  private read(): ReadonlyMap<string, string | undefined> {
    const found = new Map<string, string | undefined>();
    for (const passage of this.passages) {
      for (const run of capitalisedRuns(passage.text)) {
        const initials = run
          .split(' ')
          .filter((word) => !LINKING_WORDS.has(word.toLowerCase()))
          .map(initialsOf)
          .join('');
        if (initials.length < 2 || initials.length > 6) continue;
        const known = found.get(initials);
        if (!found.has(initials)) found.set(initials, run);
        else if (known !== undefined && known.toLowerCase() !== run.toLowerCase()) found.set(initials, undefined);
      }
    }
    return found;
  }
}
