import type { KeywordHit } from './keyword-index.js';

/**
 * Per-passage score accumulators for one keyword search, in typed arrays reused across searches.
 * A query with a common word touches most of a large corpus: a Map entry and an object per
 * passage (MiniSearch's way) made hundreds of megabytes of garbage per search at 100k passages.
 * Results keep MiniSearch's order: score, then the order passages were first matched in.
 */
export class SearchScratch {
  private readonly totals: Float64Array;
  private readonly termScores: Float64Array;
  private readonly matchedTerms: Uint32Array;
  /** Search and term generation that last touched each passage, so nothing is cleared between searches. */
  private readonly searchStamp: Uint32Array;
  private readonly termStamp: Uint32Array;
  /** Passages in the order they were first matched. */
  private order: number[] = [];
  /** Passages the current term touched, in order. */
  private touched: number[] = [];
  private search = 0;
  private term = 0;

  constructor(size: number) {
    this.totals = new Float64Array(size);
    this.termScores = new Float64Array(size);
    this.matchedTerms = new Uint32Array(size);
    this.searchStamp = new Uint32Array(size);
    this.termStamp = new Uint32Array(size);
  }

  reset(): void {
    this.search = this.advance(this.search, this.searchStamp);
    this.order = [];
  }

  nextTerm(): void {
    this.term = this.advance(this.term, this.termStamp);
    this.touched = [];
  }

  /** The next stamp; before a counter would wrap (a bot running for months), stamps start over. */
  private advance(stamp: number, stamps: Uint32Array): number {
    if (stamp < 0xffff_ffff) return stamp + 1;
    stamps.fill(0);
    return 1;
  }

  /** Adds one field's score of the current term to a passage. */
  addFieldScore(label: number, score: number, countMatch: boolean): void {
    if (this.termStamp[label] !== this.term) {
      this.termStamp[label] = this.term;
      this.termScores[label] = score;
      this.touched.push(label);
      if (this.searchStamp[label] !== this.search) {
        this.searchStamp[label] = this.search;
        this.totals[label] = 0;
        this.matchedTerms[label] = 0;
        this.order.push(label);
      }
      if (countMatch) this.matchedTerms[label] = (this.matchedTerms[label] ?? 0) + 1;
    } else {
      this.termScores[label] = (this.termScores[label] ?? 0) + score;
    }
  }

  /** Adds the current term's per-passage scores to the totals. */
  commitTerm(): void {
    for (const label of this.touched)
      this.totals[label] = (this.totals[label] ?? 0) + (this.termScores[label] ?? 0);
  }

  /** The best `k` passages: total × matched terms, highest first, ties in first-matched order. */
  best(k: number): KeywordHit[] {
    const hits = this.order.map((label, rank) => ({
      label,
      rank,
      score: (this.totals[label] ?? 0) * (this.matchedTerms[label] || 1),
    }));
    const limit = Math.min(k, hits.length);
    if (limit > 256)
      return hits
        .sort((a, b) => b.score - a.score || a.rank - b.rank)
        .slice(0, limit)
        .map(({ label, score }) => ({ label, score }));
    // Partial selection keeps the work near-linear when most of the corpus matched.
    const top: typeof hits = [];
    for (const hit of hits) {
      if (top.length === limit && !better(hit, top[limit - 1] as (typeof hits)[number])) continue;
      let position = Math.min(top.length, limit - 1);
      if (top.length < limit) top.push(hit);
      else top[position] = hit;
      while (position > 0 && better(hit, top[position - 1] as (typeof hits)[number])) {
        top[position] = top[position - 1] as (typeof hits)[number];
        position -= 1;
      }
      top[position] = hit;
    }
    return top.map(({ label, score }) => ({ label, score }));
  }
}

function better(a: { score: number; rank: number }, b: { score: number; rank: number }): boolean {
  return a.score > b.score || (a.score === b.score && a.rank < b.rank);
}
