import { STOPWORDS } from '../text/stopwords.js';
import { isNumberTerm, matchedTokens, stem, termOfMatch, terms } from '../text/terms.js';
import type { Passage } from '../corpus/types.js';
import { decodePostings, encodePostings } from './postings-file.js';
import { PostingsBuilder, type FieldPostings, type Postings, type TermAnalyzer } from './postings.js';
import { SearchScratch } from './search-scratch.js';

/** One keyword hit: the passage's position in the store and its BM25 score. */
export interface KeywordHit {
  label: number;
  score: number;
}

/**
 * Tokens keep names and numbers whole ("100,000", "08:00", "U.S." → "us"): exactly what the
 * word-vector model cannot tell apart, so keyword search must carry them.
 */
function tokenizeForSearch(text: string): string[] {
  return terms(text);
}

function processTerm(term: string): string | null {
  if (STOPWORDS.has(term)) return null;
  return stem(term);
}

/** `contentTerms`' rule for one normalised term: stopwords and single letters are left out. */
function contentTerm(term: string): string | null {
  if (STOPWORDS.has(term) || (term.length < 2 && !isNumberTerm(term))) return null;
  return stem(term);
}

/**
 * `tokenizeForSearch` and `processTerm`, split so the index builder can cache per raw token; and
 * the content-term rule, so the index also counts the document frequencies answers need.
 */
const ANALYZER: TermAnalyzer = {
  tokens: matchedTokens,
  normalize: termOfMatch,
  indexTerm: processTerm,
  countedTerm: contentTerm,
};

/** Indexed fields in order, with their weight in the score. */
const FIELDS = [
  { name: 'text', boost: 1 },
  { name: 'section', boost: 0.5 },
] as const;

/** BM25+ parameters (k1, b, and the lower bound d for a matching term). */
const BM25 = { k: 1.2, b: 0.75, d: 0.5 } as const;

/** Bumped whenever tokenising, options or the file layout change, so old keyword indexes are rebuilt. */
export const KEYWORD_INDEX_VERSION = 5;

/** BM25+ exactly as MiniSearch 7 scores one term in one field (same operations in the same order). */
function bm25(
  termFrequency: number,
  matching: number,
  total: number,
  fieldLength: number,
  averageLength: number,
): number {
  const { k, b, d } = BM25;
  const inverseFrequency = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return (
    inverseFrequency *
    (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * fieldLength) / averageLength)))
  );
}

/**
 * BM25 over passages' text and section titles. The scoring reproduces MiniSearch 7 (which this
 * replaced) bit for bit, ties included, over a compact typed-array index (see postings.ts):
 * retrieval results are unchanged, while building, loading and memory are many times cheaper.
 */
export class KeywordIndex {
  /** Per-passage accumulators, made on the first search and reused: searches never overlap. */
  private scratch: SearchScratch | undefined;

  private constructor(private readonly postings: Postings) {}

  static build(passages: readonly Passage[]): KeywordIndex {
    const builder = new PostingsBuilder(FIELDS.length, ANALYZER);
    for (const passage of passages) builder.add([passage.text, passage.section ?? '']);
    return new KeywordIndex(builder.finish());
  }

  /** Reads what {@link KeywordIndex.serialize} wrote; throws when it is corrupt or from another version. */
  static deserialize(data: Buffer): KeywordIndex {
    return new KeywordIndex(decodePostings(data, KEYWORD_INDEX_VERSION));
  }

  get size(): number {
    return this.postings.documentCount;
  }

  /** The `k` best passages for the query, best first; empty when no term matches. */
  search(query: string, k: number): KeywordHit[] {
    const queryTerms = tokenizeForSearch(query)
      .map(processTerm)
      .filter((term): term is string => Boolean(term));
    const scratch = (this.scratch ??= new SearchScratch(this.postings.documentCount));
    scratch.reset();
    const counted = new Set<string>();
    for (const term of queryTerms) {
      // A repeated query term adds its score again but counts once among the matched terms.
      this.addTerm(term, scratch, !counted.has(term));
      counted.add(term);
    }
    return scratch.best(k);
  }

  /**
   * Adds one query term's BM25+ scores. The term's own score for a passage (text, then section)
   * is summed first and then added to the passage's total, the order MiniSearch's "OR" merge
   * adds in, so totals match it to the last bit.
   */
  private addTerm(term: string, scratch: SearchScratch, countMatch: boolean): void {
    const id = this.postings.termIds.get(term);
    if (id === undefined) return;
    scratch.nextTerm();
    FIELDS.forEach(({ boost }, fieldIndex) => {
      const field = this.postings.fields[fieldIndex] as FieldPostings;
      const start = field.offsets[id] ?? 0;
      const end = field.offsets[id + 1] ?? 0;
      const matching = end - start;
      for (let position = start; position < end; position += 1) {
        const label = field.documents[position] ?? 0;
        const raw = bm25(
          field.frequencies[position] ?? 0,
          matching,
          this.postings.documentCount,
          field.lengths[label] ?? 0,
          field.averageLength,
        );
        scratch.addFieldScore(label, boost * raw, countMatch);
      }
    });
    scratch.commitTerm();
  }

  /**
   * In how many passages' text each content term occurs: exactly what counting `contentTerms`
   * over every passage gives, counted while the index was built.
   */
  contentTermFrequencies(): Map<string, number> {
    const frequencies = new Map<string, number>();
    this.postings.terms.forEach((term, id) => {
      const count = this.postings.counted[id] ?? 0;
      if (count > 0) frequencies.set(term, count);
    });
    return frequencies;
  }

  serialize(): Buffer {
    return encodePostings(this.postings, KEYWORD_INDEX_VERSION);
  }
}
