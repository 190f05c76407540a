/**
 * The keyword index's SQLite database: its FTS5 table, how passages are written into it, how it
 * is saved and loaded, and the state its views share. KeywordIndex (keyword-index.ts) searches it.
 */
import Database from 'better-sqlite3';
import type { Passage } from '../corpus/types.js';
import { indexTerms } from '../text/terms.js';
import { TermPostings } from './term-postings.js';

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
export const EXCLUDED_RANGES = `
  AND NOT EXISTS (SELECT 1 FROM json_each(@excluded) AS item
                  WHERE passages.rowid BETWEEN item.value ->> 0 AND item.value ->> 1)`;

/** A term as an FTS5 string literal; our terms never hold a double quote, but stay safe. */
export const quoted = (term: string): string => `"${term.replaceAll('"', '""')}"`;

/** The BM25 of a passage, as ranked: passage text counts fully, its section title at SECTION_WEIGHT. */
export const SCORE = `-bm25(passages, 1.0, ${SECTION_WEIGHT})`;

/** A new in-memory database holding the passages; label `i` is `passages[i]`. */
export function createDatabase(passages: readonly Passage[]): Database.Database {
  const database = new Database(':memory:');
  database.exec(TABLE);
  database.exec(VOCABULARY);
  insertPassages(database, passages, 0);
  // One merged b-tree per term: smaller to save and faster to query than many incremental segments.
  database.exec(`INSERT INTO passages (passages) VALUES ('optimize')`);
  return database;
}

/** Writes passages under the labels from `first` on, in one transaction. */
export function insertPassages(database: Database.Database, passages: readonly Passage[], first: number): void {
  const insert = database.prepare<[number, string, string]>(
    'INSERT INTO passages (rowid, text, section) VALUES (?, ?, ?)',
  );
  database.transaction(() => {
    passages.forEach((passage, offset) =>
      insert.run(first + offset, indexTerms(passage.text).join(' '), indexTerms(passage.section ?? '').join(' ')),
    );
  })();
}

/** Marks the database with {@link KEYWORD_INDEX_VERSION} and returns it as one file's bytes. */
export function serializeDatabase(database: Database.Database): Buffer {
  database.pragma(`user_version = ${KEYWORD_INDEX_VERSION}`);
  return database.serialize();
}

/**
 * Opens what {@link serializeDatabase} wrote, ready to share, with its passage count; throws (and
 * closes it) when it is corrupt or from another version.
 */
export function openDatabase(data: Buffer): { shared: SharedDatabase; size: number } {
  const database = new Database(data);
  try {
    const version = database.pragma('user_version', { simple: true }) as number;
    if (version !== KEYWORD_INDEX_VERSION)
      throw new Error(`keyword index version ${version}, expected ${KEYWORD_INDEX_VERSION}`);
    database.exec(VOCABULARY);
    const { size } = database.prepare('SELECT count(*) AS size FROM passages_docsize').get() as {
      size: number;
    };
    return { shared: new SharedDatabase(database), size };
  } catch (error) {
    database.close();
    throw error;
  }
}

/** An index's SQLite database and the requests reading it, shared by the index and its views. */
export class SharedDatabase {
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
