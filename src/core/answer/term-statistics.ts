import type { KeywordIndex } from '../index/keyword-index.js';

/** Document frequencies of content terms over the passages of one index. */
export class TermStatistics {
  private constructor(
    private readonly documentFrequency: ReadonlyMap<string, number>,
    private readonly passageCount: number,
  ) {}

  /** Statistics from document frequencies the keyword index counted while it was built. */
  static fromDocumentFrequencies(
    documentFrequency: ReadonlyMap<string, number>,
    passageCount: number,
  ): TermStatistics {
    return new TermStatistics(documentFrequency, passageCount);
  }

  /** True when the term occurs somewhere in the corpus. */
  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** How many passages hold the term (0 when none does). */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** Smoothed inverse document frequency; a term absent from the corpus gets the highest weight. */
  idf(term: string): number {
    const frequency = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.passageCount + 1) / (frequency + 0.5));
  }
}

const cache = new WeakMap<KeywordIndex, TermStatistics>();

/** Statistics for a loaded index, made once from the counts its keyword index already holds. */
export function termStatisticsFor(keywords: KeywordIndex): TermStatistics {
  let statistics = cache.get(keywords);
  if (!statistics) {
    statistics = TermStatistics.fromDocumentFrequencies(keywords.contentTermFrequencies(), keywords.size);
    cache.set(keywords, statistics);
  }
  return statistics;
}
