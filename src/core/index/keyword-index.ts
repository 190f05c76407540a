import MiniSearch, { type Options } from 'minisearch';
import { STOPWORDS } from '../text/stopwords.js';
import { contentTerms, stem, terms } from '../text/terms.js';
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

function processTerm(term: string): string | null {
  if (STOPWORDS.has(term)) return null;
  return stem(term);
}

/**
 * MiniSearch options, shared by indexing and loading (MiniSearch needs the same ones to read its
 * JSON). Tokens keep names and numbers whole ("100,000", "08:00", "U.S." → "us"): exactly what
 * the word-vector model cannot tell apart, so keyword search must carry them.
 */
const OPTIONS: Options<KeywordDocument> = {
  fields: ['text', 'section'],
  storeFields: [],
  tokenize: terms,
  processTerm,
  searchOptions: { boost: { text: 1, section: 0.5 }, combineWith: 'OR', bm25: { k: 1.2, b: 0.75, d: 0.5 } },
};

/** Bumped whenever tokenising, options or the file layout change, so old keyword indexes are rebuilt. */
export const KEYWORD_INDEX_VERSION = 6;

/** What keywords.json holds: MiniSearch's own JSON, and the content-term counts answers need. */
interface KeywordFile {
  version: number;
  minisearch: unknown;
  /** [term, passages containing it], counted once at build time so no question re-reads the corpus. */
  contentTermFrequencies: Array<[string, number]>;
}

/** BM25 over passages' text and section titles, through MiniSearch. */
export class KeywordIndex {
  private constructor(
    private readonly engine: MiniSearch<KeywordDocument>,
    private readonly frequencies: ReadonlyMap<string, number>,
  ) {}

  static build(passages: readonly Passage[]): KeywordIndex {
    const engine = new MiniSearch<KeywordDocument>(OPTIONS);
    const frequencies = new Map<string, number>();
    passages.forEach((passage, id) => {
      engine.add({ id, text: passage.text, section: passage.section ?? '' });
      for (const term of contentTerms(passage.text)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    });
    return new KeywordIndex(engine, frequencies);
  }

  /** Reads what {@link KeywordIndex.serialize} wrote; throws when it is corrupt or from another version. */
  static deserialize(data: Buffer): KeywordIndex {
    const file = JSON.parse(data.toString('utf8')) as KeywordFile;
    if (file.version !== KEYWORD_INDEX_VERSION) throw new Error(`keyword index version ${file.version}, expected ${KEYWORD_INDEX_VERSION}`);
    const engine = MiniSearch.loadJS<KeywordDocument>(file.minisearch as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
    return new KeywordIndex(engine, new Map(file.contentTermFrequencies));
  }

  get size(): number {
    return this.engine.documentCount;
  }

  /** The `k` best passages for the query, best first; empty when no term matches. */
  search(query: string, k: number): KeywordHit[] {
    return this.engine
      .search(query)
      .slice(0, k)
      .map((result) => ({ label: result.id as number, score: result.score }));
  }

  /** In how many passages' text each content term occurs (as `contentTerms` counts it), for answer scoring. */
  contentTermFrequencies(): ReadonlyMap<string, number> {
    return this.frequencies;
  }

  serialize(): Buffer {
    const file: KeywordFile = {
      version: KEYWORD_INDEX_VERSION,
      minisearch: this.engine.toJSON(),
      contentTermFrequencies: [...this.frequencies],
    };
    return Buffer.from(JSON.stringify(file));
  }
}
