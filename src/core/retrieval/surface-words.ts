import type { Passage } from '../corpus/types.js';
import type { KeywordIndex } from '../index/keyword-index.js';
import { stem, tokenize } from '../text/terms.js';

/** The corpus's words as its passages write them, which the slip mender shows and reads by. */
export interface WrittenWords {
  /** A stem's word as the corpus writes it, or undefined when no passage one can see holds it. */
  surfaceOf(stem: string): string | undefined;
  /** Whether the passages write this plain lower-case word as it is. */
  writes(word: string): boolean;
}

/** Enough passages to see a word's usual forms; reading them costs well under a millisecond. */
const PASSAGES_READ = 8;
/** Stems remembered per index: a question has a handful of slips, a long-running bot many. */
const REMEMBERED = 10_000;

/**
 * The words of an index as its passages write them, found by stem. The keyword index keeps only
 * stems ("walru"), and a slip mended to a stem-alike that is no word ("walruses" → "walrues",
 * which stems as "walrus" does) must still be shown as a word: the one the corpus uses. Only the
 * passages the keyword index's view can see are read, so a server is never shown a word of an
 * article it cannot see.
 */
export class SurfaceWords implements WrittenWords {
  private readonly found = new Map<string, ReadonlyMap<string, number>>();

  constructor(
    private readonly keywords: KeywordIndex,
    private readonly passages: readonly Passage[],
  ) {}

  /**
   * The commonest plain lower-case word (letters a–z only) with this stem in the passages that
   * hold it, ties alphabetically so the answer is stable; undefined when none does.
   */
  surfaceOf(term: string): string | undefined {
    let best: string | undefined;
    let bestCount = 0;
    for (const [word, count] of this.forms(term)) {
      if (count > bestCount || (count === bestCount && best !== undefined && word < best)) {
        best = word;
        bestCount = count;
      }
    }
    return best;
  }

  /** Whether the passages write this plain lower-case word as it is ("reuters", not only "reuter"). */
  writes(word: string): boolean {
    return this.forms(stem(word)).has(word);
  }

  /** The plain words with this stem in (the first few of) the passages holding it, with how often each occurs. */
  private forms(term: string): ReadonlyMap<string, number> {
    const known = this.found.get(term);
    if (known) return known;
    const counts = new Map<string, number>();
    for (const label of this.keywords.labelsHolding(term, PASSAGES_READ)) {
      for (const token of tokenize(this.passages[label]?.text ?? '')) {
        if (/^[a-z]+$/.test(token.term) && stem(token.term) === term) counts.set(token.term, (counts.get(token.term) ?? 0) + 1);
      }
    }
    if (this.found.size >= REMEMBERED) this.found.clear();
    this.found.set(term, counts);
    return counts;
  }
}
