import { distance } from 'fastest-levenshtein';
import type { Passage } from '../corpus/types.js';
import { contentTerms } from '../text/terms.js';

/** Document frequencies of content terms over the passages of one index. */
export class TermStatistics {
  private constructor(
    private readonly documentFrequency: ReadonlyMap<string, number>,
    private readonly passageCount: number,
  ) {}

  static fromPassages(passages: readonly Passage[]): TermStatistics {
    const frequency = new Map<string, number>();
    for (const passage of passages) {
      for (const term of contentTerms(passage.text)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
    return new TermStatistics(frequency, passages.length);
  }

  /**
   * Statistics from document frequencies counted elsewhere (the keyword index counts them while
   * it is built), which spares tokenising every passage again at the first question.
   */
  static fromDocumentFrequencies(documentFrequency: ReadonlyMap<string, number>, passageCount: number): TermStatistics {
    return new TermStatistics(documentFrequency, passageCount);
  }

  /** True when the term occurs somewhere in the corpus. */
  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /**
   * True when the term, or a close spelling of it, occurs in the corpus: one edit for words of
   * five letters or more, two for nine or more ("Emmrich" finds "Emmerich"). Numbers must match exactly.
   */
  hasOrSimilar(term: string): boolean {
    if (this.documentFrequency.has(term)) return true;
    const allowed = /^\d/.test(term) || term.length < 5 ? 0 : term.length < 9 ? 1 : 2;
    if (allowed === 0) return false;
    for (const known of this.documentFrequency.keys()) {
      if (Math.abs(known.length - term.length) <= allowed && distance(known, term) <= allowed) return true;
    }
    return false;
  }

  /** Smoothed inverse document frequency; a term absent from the corpus gets the highest weight. */
  idf(term: string): number {
    const frequency = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.passageCount + 1) / (frequency + 0.5));
  }
}

const cache = new WeakMap<readonly Passage[], TermStatistics>();

/**
 * Statistics for an index's passages, computed once per loaded index: from `documentFrequencies`
 * when given (the same counts, already made), else by reading every passage.
 */
export function termStatisticsFor(passages: readonly Passage[], documentFrequencies?: () => ReadonlyMap<string, number>): TermStatistics {
  let statistics = cache.get(passages);
  if (!statistics) {
    statistics = documentFrequencies ? TermStatistics.fromDocumentFrequencies(documentFrequencies(), passages.length) : TermStatistics.fromPassages(passages);
    cache.set(passages, statistics);
  }
  return statistics;
}
