import type Database from 'better-sqlite3';
import { indexTerms, isWordLength } from '../text/terms.js';
import type { Passage } from '../corpus/types.js';
import {
  createDatabase,
  EXCLUDED_RANGES,
  insertPassages,
  openDatabase,
  quoted,
  SCORE,
  serializeDatabase,
  SharedDatabase,
} from './keyword-database.js';

export { KEYWORD_INDEX_VERSION } from './keyword-database.js';

/** One keyword hit: the passage's position in the store and its BM25 score. */
export interface KeywordHit {
  label: number;
  score: number;
}

/**
 * BM25 over passages' text and section titles through SQLite's FTS5 (via better-sqlite3, which
 * the bot already uses for its own state). The index lives in an in-memory database that is
 * saved and loaded whole as one file: at 100k passages it takes tens of megabytes, where a
 * JavaScript inverted index took hundreds. Queries are ranked from each term's BM25
 * contributions, read from FTS5 once per term and remembered (see TermPostings), with FTS5's
 * own scores and order.
 */
export class KeywordIndex {
  private readonly query: Database.Statement<unknown[], { label: number; score: number }>;
  private readonly holding: Database.Statement<unknown[], { label: number }>;
  private frequencies: Map<string, number> | undefined;
  private readonly database: Database.Database;
  /** {@link KeywordIndex.excludedRanges} as JSON, for SQLite. */
  private readonly excluded: string | undefined;

  private constructor(
    /** The database and its readers, shared with every view of it. */
    private readonly shared: SharedDatabase,
    private count: number,
    /** Label ranges a view leaves out (see {@link KeywordIndex.restrictedTo}), inclusive `[first, last]` pairs. */
    private readonly excludedRanges: ReadonlyArray<readonly [number, number]> = [],
  ) {
    this.database = shared.database;
    const excluded = excludedRanges.length > 0 ? JSON.stringify(excludedRanges) : undefined;
    this.excluded = excluded;
    // bm25() is negative, best first; rowid breaks ties so results are deterministic.
    this.query = this.database.prepare(
      `SELECT rowid AS label, ${SCORE} AS score FROM passages
       WHERE passages MATCH ?${excluded ? EXCLUDED_RANGES : ''} ORDER BY score DESC, rowid LIMIT ?`,
    );
    this.holding = this.database.prepare(
      `SELECT rowid AS label FROM passages
       WHERE passages MATCH ? AND rowid BETWEEN ? AND ?${excluded ? EXCLUDED_RANGES : ''} LIMIT 1`,
    );
  }

  /** How many passages are indexed. */
  get size(): number {
    return this.count;
  }

  /** Indexes passages; label `i` is `passages[i]`. */
  static build(passages: readonly Passage[]): KeywordIndex {
    return new KeywordIndex(new SharedDatabase(createDatabase(passages)), passages.length);
  }

  /**
   * Indexes more passages under the next labels (an added article), without touching the
   * rest. FTS5 keeps them in a new segment and merges segments as they accumulate.
   */
  append(passages: readonly Passage[]): void {
    insertPassages(this.database, passages, this.count);
    this.count += passages.length;
    this.frequencies = undefined;
    // New passages change every phrase's IDF and the mean length: remembered contributions are stale.
    this.shared.postings.clear();
  }

  /**
   * A view of this index that never returns labels inside the `excluded` ranges (inclusive
   * `[first, last]` label pairs), sharing the database and its term counts: a server sees the
   * shared articles and its own, while the statistics answers use stay those of the whole index.
   */
  restrictedTo(excluded: ReadonlyArray<readonly [number, number]>): KeywordIndex {
    if (excluded.length === 0) return this;
    const view = new KeywordIndex(this.shared, this.count, excluded);
    view.frequencies = this.contentTermFrequencies() as Map<string, number>;
    return view;
  }

  /** Reads what {@link KeywordIndex.serialize} wrote; throws when it is corrupt or from another version. */
  static deserialize(data: Buffer): KeywordIndex {
    const { shared, size } = openDatabase(data);
    return new KeywordIndex(shared, size);
  }

  /**
   * The `k` best passages for the query (any of its terms, BM25), best first; empty when no term
   * matches. Ranked from remembered postings (see TermPostings), exactly as {@link rankedBySqlite}.
   */
  search(query: string, k: number): KeywordHit[] {
    const words = indexTerms(query);
    if (words.length === 0 || k <= 0) return [];
    const phrases = words.map(quoted);
    const excluded = this.excludedRanges.length > 0 ? (label: number) => this.isExcluded(label) : undefined;
    return this.shared.postings.rank(phrases, k, excluded) ?? this.sqliteRanking(phrases, k);
  }

  /** What {@link search} returns, ranked by FTS5 itself in one query: the reference tests compare with. */
  searchBySqlite(query: string, k: number): KeywordHit[] {
    const words = indexTerms(query);
    if (words.length === 0 || k <= 0) return [];
    return this.sqliteRanking(words.map(quoted), k);
  }

  /** FTS5's ranking of `a OR b OR …`: bm25() of every passage holding any phrase, then the best k. */
  private sqliteRanking(phrases: readonly string[], k: number): KeywordHit[] {
    const match = phrases.join(' OR ');
    return this.excluded ? this.query.all(match, k, { excluded: this.excluded }) : this.query.all(match, k);
  }

  /** Whether the label is inside one of this view's excluded ranges. */
  private isExcluded(label: number): boolean {
    return this.excludedRanges.some(([first, last]) => label >= first && label <= last);
  }

  /**
   * Up to `k` labels of passages whose text holds `term`, an index term as {@link indexTerms}
   * makes it (a stem: "walru"), best first. The slip mender reads them to show a stem as the
   * corpus writes the word ("walrus").
   */
  labelsHolding(term: string, k: number): number[] {
    if (term === '' || k <= 0) return [];
    const match = `text : ${quoted(term)}`;
    const hits = this.excluded ? this.query.all(match, k, { excluded: this.excluded }) : this.query.all(match, k);
    return hits.map((hit) => hit.label);
  }

  /**
   * Whether the text of a passage labelled `first` to `last` (inclusive) holds one of `terms`,
   * index terms as {@link indexTerms} makes them: whether an article (its passages' labels) names
   * something, asked of FTS5's postings instead of reading the article again.
   */
  holdsAnyWithin(terms: readonly string[], first: number, last: number): boolean {
    const wanted = terms.filter((term) => term !== '');
    if (wanted.length === 0 || last < first) return false;
    const match = `text : (${wanted.map(quoted).join(' OR ')})`;
    const found = this.excluded ? this.holding.get(match, first, last, { excluded: this.excluded }) : this.holding.get(match, first, last);
    return found !== undefined;
  }

  /**
   * What {@link holdsAnyWithin} says of one term, from the term's remembered postings (see
   * TermPostings): a question's own terms were just read for its search, so asking about each of
   * its candidate articles costs no query. The postings count a passage's section heading too, so
   * a passage whose heading holds the term (`headingHolds`) is asked of its text alone.
   */
  holdsWithin(term: string, first: number, last: number, headingHolds: (label: number) => boolean): boolean {
    if (term === '' || last < first) return false;
    const inText = (label: number): boolean =>
      !this.isExcluded(label) && (!headingHolds(label) || this.holdsAnyWithin([term], label, label));
    return this.shared.postings.holdsWithin(quoted(term), first, last, inText) ?? this.holdsAnyWithin([term], first, last);
  }

  /**
   * In how many passages' text each content term occurs (as `contentTerms` counts it), for
   * answer scoring. Read once from FTS5's own vocabulary, which counted them while indexing.
   */
  contentTermFrequencies(): ReadonlyMap<string, number> {
    if (!this.frequencies) {
      const rows = this.database
        .prepare(`SELECT term, doc FROM temp.vocabulary WHERE col = 'text'`)
        .raw()
        .all() as Array<[string, number]>;
      // As contentTerms counts them: without stray letters.
      this.frequencies = new Map(rows.filter(([term]) => isWordLength(term)));
    }
    return this.frequencies;
  }

  serialize(): Buffer {
    return serializeDatabase(this.database);
  }

  /**
   * Counts a reader (a request in flight) until the returned function is called, so that
   * {@link KeywordIndex.retire} waits for it. Views share their index's readers.
   */
  retain(): () => void {
    this.shared.readers += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.shared.readers -= 1;
      if (this.shared.retired && this.shared.readers === 0) this.shared.close();
    };
  }

  /**
   * Says no new reader will come (a newer index replaced this one): the database is freed now
   * if nobody reads it, or when the last reader is done.
   */
  retire(): void {
    this.shared.retired = true;
    if (this.shared.readers === 0) this.shared.close();
  }

  /** Whether the database is still open (it closes once retired and unread). */
  get isOpen(): boolean {
    return this.database.open;
  }

  /** Frees the database at once, for this index and its views; they cannot be searched afterwards. */
  close(): void {
    this.shared.close();
  }
}
