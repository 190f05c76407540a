import type { TermStatistics } from '../answer/term-statistics.js';
import type { Passage } from '../corpus/types.js';
import { growingLruCache } from '../growing-cache.js';
import { indexTerms } from '../text/terms.js';

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

/**
 * A passage's terms and how often each occurs. Sorted arrays, not a Map: up to 20,000 passages
 * are remembered, and at 100,008 passages their Maps held ≈ 2 kB each (22 MB for 10,952 of them
 * after the bench's questions); the arrays hold a quarter of that, and finding a question's few
 * terms by binary search costs next to nothing.
 */
interface TermCounts {
  /** Distinct terms in code-unit order. */
  terms: string[];
  /** `counts[i]`: occurrences of `terms[i]`. */
  counts: Uint32Array;
  length: number;
}

/** How often `term` occurs (0 when it does not). */
function countOf({ terms, counts }: TermCounts, term: string): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = terms[middle] as string;
    if (found === term) return counts[middle] as number;
    if (found < term) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/**
 * BM25 over the first stage's candidate passages, with an IDF that stays positive. SQLite FTS5
 * finds the candidates, but its IDF, log((N − n + 0.5) / (n + 0.5)), is clamped to almost zero
 * for any term in more than half the passages: in a short article "Russia", "Ukraine" and
 * "NATO" are in most passages, so a passage matching all three scored 0, like one matching none.
 * Rescoring the few candidates with the smoothed IDF the answerer uses keeps every matched term
 * worth something, however small the corpus.
 */
export class KeywordScorer {
  private readonly counts = growingLruCache<string, TermCounts>(20_000);
  private averageLength: number | undefined;

  constructor(private readonly passages: readonly Passage[]) {}

  /** BM25 of each passage for the query's terms (0 for a passage with none of them). */
  scores(query: string, candidates: readonly Passage[], statistics: TermStatistics): number[] {
    const terms = [...new Set(indexTerms(query))];
    const average = this.meanLength();
    return candidates.map((passage) => {
      const counted = this.termCounts(passage);
      const { length } = counted;
      let score = 0;
      for (const term of terms) {
        const frequency = countOf(counted, term);
        if (frequency === 0) continue;
        score += (statistics.idf(term) * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / average));
      }
      return score;
    });
  }

  private termCounts(passage: Passage): TermCounts {
    let found = this.counts.get(passage.id);
    if (!found) {
      const terms = indexTerms(passage.text);
      const byTerm = new Map<string, number>();
      for (const term of terms) byTerm.set(term, (byTerm.get(term) ?? 0) + 1);
      const distinct = [...byTerm.keys()].sort();
      found = { terms: distinct, counts: Uint32Array.from(distinct, (term) => byTerm.get(term) as number), length: terms.length };
      this.counts.set(passage.id, found);
    }
    return found;
  }

  /** The mean passage length in terms, estimated from up to 2,000 passages spread over the corpus. */
  private meanLength(): number {
    if (this.averageLength === undefined) {
      const step = Math.max(1, Math.floor(this.passages.length / 2000));
      let total = 0;
      let sampled = 0;
      for (let index = 0; index < this.passages.length; index += step) {
        total += this.termCounts(this.passages[index] as Passage).length;
        sampled += 1;
      }
      this.averageLength = sampled > 0 ? Math.max(1, total / sampled) : 1;
    }
    return this.averageLength;
  }
}
