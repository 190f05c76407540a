import { LRUCache } from 'lru-cache';
import type { KeywordHit } from './keyword-index.js';

/** One phrase's passages, in label order, and what the phrase adds to each one's BM25. */
interface Postings {
  labels: Int32Array;
  contributions: Float64Array;
  /** One past the highest label. */
  end: number;
}

/** What FTS5 reports of one phrase: the passages holding it and its contribution to each one's score. */
export interface PhrasePostings {
  labels: readonly number[];
  contributions: readonly number[];
}

/**
 * How many postings (a label and a contribution, 12 bytes) are remembered: ≈ 24 MB. The 100
 * sampled questions of `npm run bench` at 100,008 passages need ≈ 0.93 million, the 18 dev
 * questions ≈ 0.13 million.
 */
export const DEFAULT_POSTINGS_CAPACITY = 2_000_000;

/**
 * FTS5's BM25 ranking of an OR query, recomputed from each phrase's remembered postings.
 *
 * FTS5 ranks `a OR b OR …` by calling bm25() for every passage that holds any of the phrases:
 * at 100,008 passages a question matches ≈ 9,000–12,000 of them, and that call (about 1 µs a
 * passage, in C) was half of a warm question's time. A passage's score is the sum, in the
 * query's phrase order, of each phrase's own contribution, and a contribution depends only on
 * the phrase and the passage (its IDF is over the whole table, the passage's length and its
 * counts of the phrase), never on the other phrases. So `-bm25()` of a query of one phrase gives
 * that phrase's contribution to every passage exactly, and adding them in the same order in
 * doubles gives FTS5's own scores bit for bit (a test compares both on thousands of queries).
 * Phrases recur from question to question ("russia", "nato"), so their postings are read once
 * and remembered, least recently used first out, within a bounded number of postings.
 */
export class TermPostings {
  private readonly cache: LRUCache<string, Postings>;
  private scores = new Float64Array(0);
  private seen = new Uint8Array(0);
  private touched = new Int32Array(0);

  /**
   * @param read the labels of the passages holding the phrase, in order, and for each `-bm25()` of a query of that phrase alone
   * @param capacity postings remembered at most; a phrase with more is never remembered
   */
  constructor(
    private readonly read: (phrase: string) => PhrasePostings,
    private readonly capacity = DEFAULT_POSTINGS_CAPACITY,
  ) {
    this.cache = new LRUCache({
      maxSize: capacity,
      sizeCalculation: (postings) => Math.max(1, postings.labels.length),
    });
  }

  /**
   * The `k` best passages for `a OR b OR …` over `phrases` (in query order, repeats kept, as FTS5
   * counts them), best first, equal scores by label; `excluded` labels are left out. Undefined
   * when a phrase holds more postings than are ever remembered: reading it for every question
   * would cost more than FTS5's own ranking.
   */
  rank(
    phrases: readonly string[],
    k: number,
    excluded?: (label: number) => boolean,
  ): KeywordHit[] | undefined {
    const lists: Postings[] = [];
    let end = 0;
    for (const phrase of phrases) {
      const postings = this.postings(phrase);
      if (!postings) return undefined;
      lists.push(postings);
      end = Math.max(end, postings.end);
    }
    this.reserve(end);
    const { scores, seen, touched } = this;
    let count = 0;
    for (const { labels, contributions } of lists) {
      for (let position = 0; position < labels.length; position += 1) {
        const label = labels[position] as number;
        if (seen[label] === 0) {
          seen[label] = 1;
          scores[label] = 0;
          touched[count] = label;
          count += 1;
        }
        scores[label] = (scores[label] as number) + (contributions[position] as number);
      }
    }
    const best: KeywordHit[] = [];
    for (let position = 0; position < count; position += 1) {
      const label = touched[position] as number;
      seen[label] = 0;
      const score = scores[label] as number;
      const last = best[k - 1];
      if (last && (score < last.score || (score === last.score && label > last.label))) continue;
      if (excluded?.(label)) continue;
      let at = best.length;
      while (at > 0 && ranksBelow(best[at - 1] as KeywordHit, score, label)) at -= 1;
      best.splice(at, 0, { label, score });
      if (best.length > k) best.pop();
    }
    return best;
  }

  /**
   * Whether a passage labelled `first` to `last` (inclusive) that holds the phrase passes `accept`,
   * from the phrase's remembered postings (read once, as for ranking). Undefined when the phrase
   * holds more postings than are ever remembered.
   */
  holdsWithin(phrase: string, first: number, last: number, accept: (label: number) => boolean = () => true): boolean | undefined {
    const postings = this.postings(phrase);
    if (!postings) return undefined;
    const { labels } = postings;
    let low = 0;
    let high = labels.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((labels[middle] as number) < first) low = middle + 1;
      else high = middle;
    }
    for (let position = low; position < labels.length && (labels[position] as number) <= last; position += 1) {
      if (accept(labels[position] as number)) return true;
    }
    return false;
  }

  /** Forgets every phrase: after passages are added, every IDF and the mean length change. */
  clear(): void {
    this.cache.clear();
  }

  private postings(phrase: string): Postings | undefined {
    let postings = this.cache.get(phrase);
    if (!postings) {
      const { labels, contributions } = this.read(phrase);
      if (labels.length > this.capacity) return undefined;
      postings = {
        labels: Int32Array.from(labels),
        contributions: Float64Array.from(contributions),
        end: labels.reduce((end, label) => Math.max(end, label + 1), 0),
      };
      this.cache.set(phrase, postings);
    }
    return postings;
  }

  /** Scratch arrays for one ranking, one slot per label, kept between questions (1.3 MB at 100k passages). */
  private reserve(labels: number): void {
    if (this.scores.length >= labels) return;
    this.scores = new Float64Array(labels);
    this.seen = new Uint8Array(labels);
    this.touched = new Int32Array(labels);
  }
}

/** Whether `hit` ranks below a passage of this score and label (best score first, then lowest label). */
function ranksBelow(hit: KeywordHit, score: number, label: number): boolean {
  return hit.score < score || (hit.score === score && hit.label > label);
}
