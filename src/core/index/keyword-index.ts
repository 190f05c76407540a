import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { STOPWORDS } from '../text/stopwords.js';
import { stem, tokenize } from '../text/terms.js';
import type { Passage } from '../corpus/types.js';

/** One keyword hit: the passage's position in the store and its BM25 score. */
export interface KeywordHit {
  label: number;
  score: number;
}

interface KeywordDocument {
  id: number;
  text: string;
  section: string;
}

/**
 * Tokens keep names and numbers whole ("100,000", "08:00", "U.S." → "us"): exactly what the
 * word-vector model cannot tell apart, so keyword search must carry them.
 */
function tokenizeForSearch(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}

function processTerm(term: string): string | null {
  if (STOPWORDS.has(term)) return null;
  return stem(term);
}

/** Options shared by indexing and loading: MiniSearch needs the same ones to read its JSON. */
const OPTIONS: Options<KeywordDocument> = {
  fields: ['text', 'section'],
  storeFields: [],
  tokenize: tokenizeForSearch,
  processTerm,
  searchOptions: { boost: { text: 1, section: 0.5 }, combineWith: 'OR', bm25: { k: 1.2, b: 0.75, d: 0.5 } },
};

/** Bumped whenever tokenising or options change, so old keyword indexes are rebuilt. */
export const KEYWORD_INDEX_VERSION = 3;

/** BM25 over passages, through MiniSearch. */
export class KeywordIndex {
  private constructor(private readonly search_: MiniSearch<KeywordDocument>) {}

  static build(passages: readonly Passage[]): KeywordIndex {
    const search = new MiniSearch<KeywordDocument>(OPTIONS);
    search.addAll(passages.map((passage, id) => ({ id, text: passage.text, section: passage.section ?? '' })));
    return new KeywordIndex(search);
  }

  static fromJSON(json: string): KeywordIndex {
    return new KeywordIndex(MiniSearch.loadJSON<KeywordDocument>(json, OPTIONS));
  }

  get size(): number {
    return this.search_.documentCount;
  }

  /** The `k` best passages for the query, best first; empty when no term matches. */
  search(query: string, k: number): KeywordHit[] {
    const results: SearchResult[] = this.search_.search(query);
    return results.slice(0, k).map((result) => ({ label: result.id as number, score: result.score }));
  }

  toJSON(): string {
    return JSON.stringify(this.search_);
  }
}
