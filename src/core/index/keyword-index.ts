import Database from 'better-sqlite3';
import { indexTerms, isWordLength } from '../text/terms.js';
import type { Passage } from '../corpus/types.js';
import { TermPostings } from './term-postings.js';

/** One keyword hit: the passage's position in the store and its BM25 score. */
export interface KeywordHit {
  label: number;
  score: number;
}

/** Bumped whenever tokenising, options or the file layout change, so old keyword indexes are rebuilt. */
export const KEYWORD_INDEX_VERSION = 9;

/** How much a match in a passage's section title counts against one in its text. */
const SECTION_WEIGHT = 0.5;

/**
 * SQLite's FTS5 sees text we have already tokenised, terms separated by single spaces. Its
 * tokenizer must then split on spaces only: every Unicode category but separators and controls
 * is a token character, so "100,000" and "08:00" stay one token.
 */
const TABLE = `
  CREATE VIRTUAL TABLE passages USING fts5(
    text, section,
    content = '', columnsize = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'"
  )`;

/** FTS5's per-column term counts; kept out of the saved file (it is a view over the index). */
const VOCABULARY = `CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, passages, col)`;

/** The filter of a restricted view: no label inside any excluded `[first, last]` range. */
const EXCLUDED_RANGES = `
  AND NOT EXISTS (SELECT 1 FROM json_each(@excluded) AS item
                  WHERE passages.rowid BETWEEN item.value ->> 0 AND item.value ->> 1)`;

/** A term as an FTS5 string literal; our terms never hold a double quote, but stay safe. */
const quoted = (term: string): string => `"${term.replaceAll('"', '""')}"`;

/** The BM25 of a passage, as ranked: passage text counts fully, its section title at SECTION_WEIGHT. */
const SCORE = `-bm25(passages, 1.0, ${SECTION_WEIGHT})`;

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
  }

  /** How many passages are indexed. */
  get size(): number {
    return this.count;
  }

  /** Indexes passages; label `i` is `passages[i]`. */
  static build(passages: readonly Passage[]): KeywordIndex {
    const database = new Database(':memory:');
    database.exec(TABLE);
    database.exec(VOCABULARY);
    const insert = database.prepare<[number, string, string]>(
      'INSERT INTO passages (rowid, text, section) VALUES (?, ?, ?)',
    );
    database.transaction(() => {
      passages.forEach((passage, label) =>
        insert.run(label, indexTerms(passage.text).join(' '), indexTerms(passage.section ?? '').join(' ')),
      );
    })();
    // One merged b-tree per term: smaller to save and faster to query than many incremental segments.
    database.exec(`INSERT INTO passages (passages) VALUES ('optimize')`);
    return new KeywordIndex(new SharedDatabase(database), passages.length);
  }

  /**
   * Indexes more passages under the next labels (an added article), without touching the
   * rest. FTS5 keeps them in a new segment and merges segments as they accumulate.
   */
  append(passages: readonly Passage[]): void {
    const insert = this.database.prepare<[number, string, string]>(
      'INSERT INTO passages (rowid, text, section) VALUES (?, ?, ?)',
    );
    const first = this.count;
    this.database.transaction(() => {
      passages.forEach((passage, offset) =>
        insert.run(first + offset, indexTerms(passage.text).join(' '), indexTerms(passage.section ?? '').join(' ')),
      );
    })();
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
    const database = new Database(data);
    try {
      const version = database.pragma('user_version', { simple: true }) as number;
      if (version !== KEYWORD_INDEX_VERSION)
        throw new Error(`keyword index version ${version}, expected ${KEYWORD_INDEX_VERSION}`);
      database.exec(VOCABULARY);
      const { size } = database.prepare('SELECT count(*) AS size FROM passages_docsize').get() as {
        size: number;
      };
      return new KeywordIndex(new SharedDatabase(database), size);
    } catch (error) {
      database.close();
      throw error;
    }
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
    this.database.pragma(`user_version = ${KEYWORD_INDEX_VERSION}`);
    return this.database.serialize();
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

/** An index's SQLite database and the requests reading it, shared by the index and its views. */
class SharedDatabase {
  readers = 0;
  retired = false;
  /** Each phrase's contribution to every passage holding it, as remembered for ranking. */
  readonly postings: TermPostings;

  constructor(readonly database: Database.Database) {
    // Two plain lists in label order: cheaper than an array per passage (≈ 30 % of a first reading).
    const labels = database.prepare<[string], number>(`SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rowid`).pluck();
    const contributions = database
      .prepare<[string], number>(`SELECT ${SCORE} FROM passages WHERE passages MATCH ? ORDER BY rowid`)
      .pluck();
    this.postings = new TermPostings((phrase) => ({ labels: labels.all(phrase), contributions: contributions.all(phrase) }));
  }

  close(): void {
    if (this.database.open) this.database.close();
  }
}
