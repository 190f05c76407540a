import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { StoredArticle, ArticleVersion } from '../../../core/articles/article-store.js';
import type { Conversation } from '../../../core/conversation/types.js';
import type { Vote } from '../custom-ids.js';
import { ABOUT_TABLE_MIGRATION, checkStateFormat, recordWriter } from './state-format.js';
import {
  normalizeQuestion,
  type AnswerRecord,
  type BotStatistics,
  type LateAcknowledgementRecord,
  type PruneCounts,
  type StateStore,
  type VoteOutcome,
} from './state-store.js';

/** The file under the state directory. */
export const STATE_FILE = 'bot-state.sqlite';

/**
 * Schema changes are applied in order; `user_version` records how many have run. Append only:
 * a database already at version n has run the first n, so a new change goes at the end.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE answers (
     answer_id TEXT PRIMARY KEY,
     asked_at INTEGER NOT NULL,
     guild_id TEXT,
     via TEXT NOT NULL,
     question TEXT NOT NULL,
     normalized TEXT NOT NULL,
     abstained INTEGER NOT NULL,
     mode TEXT NOT NULL,
     citations TEXT NOT NULL
   );
   CREATE INDEX answers_by_guild ON answers (guild_id, abstained, normalized);
   CREATE TABLE votes (
     answer_id TEXT NOT NULL,
     user_id TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     voted_at INTEGER NOT NULL,
     PRIMARY KEY (answer_id, user_id)
   );`,
  // Retention deletes by age.
  `CREATE INDEX answers_by_time ON answers (asked_at);`,
  // Buttons check who may see an answer; /stats counts late acknowledgements.
  `ALTER TABLE answers ADD COLUMN asker_id TEXT;
   ALTER TABLE answers ADD COLUMN private INTEGER;
   CREATE TABLE late_acks (
     interaction_id TEXT PRIMARY KEY,
     guild_id TEXT,
     delay_ms INTEGER NOT NULL,
     refused INTEGER NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE INDEX late_acks_by_guild ON late_acks (guild_id, at);`,
  // Added articles (add, /article add): extracted text, owner; seq keeps the order they were added.
  `CREATE TABLE articles (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     doc_id TEXT NOT NULL UNIQUE,
     title TEXT NOT NULL,
     source TEXT NOT NULL,
     format TEXT NOT NULL,
     text TEXT NOT NULL,
     hash TEXT NOT NULL,
     guild_id TEXT,
     added_by TEXT,
     added_at INTEGER NOT NULL
   );`,
  // Conversations (threads, DMs, reply chains): their recent turns as JSON, and which messages belong to them.
  `CREATE TABLE conversations (
     conversation_id TEXT PRIMARY KEY,
     updated_at INTEGER NOT NULL,
     turns TEXT NOT NULL
   );
   CREATE INDEX conversations_by_time ON conversations (updated_at);
   CREATE TABLE conversation_messages (
     message_id TEXT PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     linked_at INTEGER NOT NULL
   );
   CREATE INDEX conversation_messages_by_time ON conversation_messages (linked_at);`,
  // Which version wrote the file's format, so an older version can name it (see state-format.ts).
  ABOUT_TABLE_MIGRATION,
];

/** Options of {@link SqliteStateStore.open}. */
export interface StateStoreOptions {
  /** This article-qa's version, recorded when it changes the file's format (see state-format.ts). */
  version?: string;
}

interface ArticleRow {
  doc_id: string;
  title: string;
  source: string;
  format: StoredArticle['format'];
  text: string;
  hash: string;
  guild_id: string | null;
  added_by: string | null;
  added_at: number;
}

const toArticle = (row: ArticleRow): StoredArticle => ({
  docId: row.doc_id,
  title: row.title,
  source: row.source,
  format: row.format,
  text: row.text,
  hash: row.hash,
  guildId: row.guild_id,
  addedBy: row.added_by,
  addedAt: new Date(row.added_at),
});

interface AnswerRow {
  answer_id: string;
  asked_at: number;
  guild_id: string | null;
  via: AnswerRecord['via'];
  asker_id: string | null;
  private: number | null;
  question: string;
  abstained: number;
  mode: AnswerRecord['mode'];
  citations: string;
}

/** The state file and SQLite's companions (write-ahead log, shared memory), which take its mode. */
const STATE_FILES = [STATE_FILE, `${STATE_FILE}-wal`, `${STATE_FILE}-shm`, `${STATE_FILE}-journal`];

/**
 * Creates the folder (0700) and the file (0600) before SQLite does, and tightens them when an
 * earlier version left them readable by others (0755/0644). A folder that holds anything else
 * is not ours to change: only the files are tightened there.
 */
function restrictAccess(stateDir: string, file: string): void {
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  if (readdirSync(stateDir).every((name) => STATE_FILES.includes(name))) chmodSync(stateDir, 0o700);
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const name of STATE_FILES) {
    const companion = path.join(stateDir, name);
    if (existsSync(companion)) chmodSync(companion, 0o600);
  }
}

/**
 * The state store in SQLite (better-sqlite3): durable, crash-safe (WAL), and safe to share
 * between shard processes on one volume. `:memory:` gives a throwaway store for tests.
 * Conversations are kept as JSON (at most a few turns each), read and written whole per question.
 */
export class SqliteStateStore implements StateStore {
  private readonly database: Database.Database;

  private constructor(file: string, options: StateStoreOptions) {
    this.database = new Database(file);
    try {
      this.database.pragma('journal_mode = WAL');
      // Shards share the file: wait for another process's write instead of failing.
      this.database.pragma('busy_timeout = 5000');
      // A file from a newer version is refused before anything reads or changes it.
      checkStateFormat(this.database, file, MIGRATIONS.length);
      this.migrate(options.version);
    } catch (error) {
      this.database.close();
      throw error;
    }
  }

  /**
   * Opens the store in `stateDir` only if it exists (commands that only read need not create it).
   * A folder this user may not enter is no missing store: the error is thrown, since answering
   * without the added articles in it would also rebuild a shared index without them.
   */
  static openExisting(stateDir: string, options: StateStoreOptions = {}): SqliteStateStore | undefined {
    try {
      statSync(path.join(stateDir, STATE_FILE));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw error;
    }
    return SqliteStateStore.open(stateDir, options);
  }

  /**
   * Opens (creating if needed) the store in `stateDir`, or in memory for `':memory:'`. The
   * file holds user ids and questions: it is readable by this user only (0600, in a 0700 folder).
   * Throws a StateFormatTooNewError when a newer version of article-qa wrote the file.
   */
  static open(stateDir: string, options: StateStoreOptions = {}): SqliteStateStore {
    if (stateDir === ':memory:') return new SqliteStateStore(':memory:', options);
    const file = path.join(stateDir, STATE_FILE);
    restrictAccess(stateDir, file);
    return new SqliteStateStore(file, options);
  }

  /**
   * Applies the migrations the file lacks, all in one write transaction that reads the format
   * again once it holds the lock: shards opening a new file at once then migrate it once.
   */
  private migrate(version: string | undefined): void {
    if ((this.database.pragma('user_version', { simple: true }) as number) >= MIGRATIONS.length) return;
    this.database.transaction(() => {
      const applied = this.database.pragma('user_version', { simple: true }) as number;
      if (applied >= MIGRATIONS.length) return;
      MIGRATIONS.slice(applied).forEach((sql, offset) => {
        this.database.exec(sql);
        this.database.pragma(`user_version = ${applied + offset + 1}`);
      });
      if (version !== undefined) recordWriter(this.database, version);
    }).immediate();
  }

  recordAnswer(record: AnswerRecord): void {
    this.database
      .prepare(
        `INSERT OR REPLACE INTO answers (answer_id, asked_at, guild_id, via, asker_id, private, question, normalized, abstained, mode, citations)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        record.answerId,
        record.askedAt.getTime(),
        record.guildId,
        record.via,
        record.askerId,
        record.isPrivate === null ? null : record.isPrivate ? 1 : 0,
        record.question,
        normalizeQuestion(record.question),
        record.abstained ? 1 : 0,
        record.mode,
        JSON.stringify(record.citations),
      );
  }

  findAnswer(answerId: string): AnswerRecord | undefined {
    const row = this.database.prepare('SELECT * FROM answers WHERE answer_id = ?').get(answerId) as
      AnswerRow | undefined;
    if (!row) return undefined;
    return {
      answerId: row.answer_id,
      askedAt: new Date(row.asked_at),
      guildId: row.guild_id,
      via: row.via,
      askerId: row.asker_id,
      isPrivate: row.private === null ? null : row.private === 1,
      question: row.question,
      abstained: row.abstained === 1,
      mode: row.mode,
      citations: JSON.parse(row.citations) as AnswerRecord['citations'],
    };
  }

  recordVote(answerId: string, userId: string, vote: Vote): VoteOutcome {
    return this.database.transaction((): VoteOutcome => {
      const previous = this.database
        .prepare('SELECT vote FROM votes WHERE answer_id = ? AND user_id = ?')
        .get(answerId, userId) as { vote: number } | undefined;
      if (previous?.vote === vote) return 'unchanged';
      this.database
        .prepare('INSERT OR REPLACE INTO votes (answer_id, user_id, vote, voted_at) VALUES (?, ?, ?, ?)')
        .run(answerId, userId, vote, Date.now());
      return previous ? 'changed' : 'recorded';
    })();
  }

  recordLateAcknowledgement(late: LateAcknowledgementRecord): void {
    this.database
      .prepare(
        'INSERT OR REPLACE INTO late_acks (interaction_id, guild_id, delay_ms, refused, at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(late.interactionId, late.guildId, Math.round(late.delayMs), late.refused ? 1 : 0, late.at.getTime());
  }

  statistics(guildId: string, options: { topUnanswered?: number } = {}): BotStatistics {
    const totals = this.database
      .prepare(
        'SELECT COUNT(*) AS questions, COALESCE(SUM(abstained), 0) AS unanswered FROM answers WHERE guild_id = ?',
      )
      .get(guildId) as { questions: number; unanswered: number };
    const topUnanswered = this.database
      .prepare(
        `SELECT (SELECT question FROM answers latest WHERE latest.guild_id = grouped.guild_id AND latest.normalized = grouped.normalized
                   AND latest.abstained = 1 ORDER BY asked_at DESC LIMIT 1) AS question,
                COUNT(*) AS count
         FROM answers grouped WHERE guild_id = ? AND abstained = 1
         GROUP BY normalized ORDER BY count DESC, MAX(asked_at) DESC LIMIT ?`,
      )
      .all(guildId, options.topUnanswered ?? 5) as Array<{ question: string; count: number }>;
    const votes = this.database
      .prepare(
        `SELECT COALESCE(SUM(vote = 1), 0) AS up, COALESCE(SUM(vote = -1), 0) AS down
         FROM votes JOIN answers USING (answer_id) WHERE answers.guild_id = ?`,
      )
      .get(guildId) as { up: number; down: number };
    const late = this.database
      .prepare(
        `SELECT COUNT(*) AS count, COALESCE(SUM(refused), 0) AS refused, MAX(delay_ms) AS slowestMs
         FROM late_acks WHERE guild_id = ?`,
      )
      .get(guildId) as { count: number; refused: number; slowestMs: number | null };
    return {
      questions: totals.questions,
      answered: totals.questions - totals.unanswered,
      unanswered: totals.unanswered,
      topUnanswered,
      votes,
      lateAcknowledgements: late,
    };
  }

  prune(cutoff: Date): PruneCounts {
    return this.database.transaction((): PruneCounts => {
      const before = cutoff.getTime();
      this.database
        .prepare('DELETE FROM votes WHERE answer_id IN (SELECT answer_id FROM answers WHERE asked_at < ?)')
        .run(before);
      this.database.prepare('DELETE FROM late_acks WHERE at < ?').run(before);
      const answers = this.database.prepare('DELETE FROM answers WHERE asked_at < ?').run(before).changes;
      const conversations = this.database.prepare('DELETE FROM conversations WHERE updated_at < ?').run(before).changes;
      this.database.prepare('DELETE FROM conversation_messages WHERE linked_at < ?').run(before);
      return { answers, conversations };
    })();
  }

  addArticle(article: StoredArticle): void {
    this.database
      .prepare(
        `INSERT INTO articles (doc_id, title, source, format, text, hash, guild_id, added_by, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        article.docId,
        article.title,
        article.source,
        article.format,
        article.text,
        article.hash,
        article.guildId,
        article.addedBy,
        article.addedAt.getTime(),
      );
  }

  articleVersions(): ArticleVersion[] {
    return this.database.prepare('SELECT doc_id AS docId, hash FROM articles ORDER BY seq').all() as ArticleVersion[];
  }

  listArticles(): StoredArticle[] {
    return (this.database.prepare('SELECT * FROM articles ORDER BY seq').all() as ArticleRow[]).map(toArticle);
  }

  findArticle(docId: string): StoredArticle | undefined {
    const row = this.database.prepare('SELECT * FROM articles WHERE doc_id = ?').get(docId) as ArticleRow | undefined;
    return row ? toArticle(row) : undefined;
  }

  removeArticle(docId: string): boolean {
    return this.database.prepare('DELETE FROM articles WHERE doc_id = ?').run(docId).changes > 0;
  }

  loadConversation(id: string): Conversation | undefined {
    const row = this.database
      .prepare('SELECT updated_at, turns FROM conversations WHERE conversation_id = ?')
      .get(id) as { updated_at: number; turns: string } | undefined;
    return row ? { id, updatedAt: row.updated_at, turns: JSON.parse(row.turns) as Conversation['turns'] } : undefined;
  }

  saveConversation(conversation: Conversation): void {
    this.database
      .prepare('INSERT OR REPLACE INTO conversations (conversation_id, updated_at, turns) VALUES (?, ?, ?)')
      .run(conversation.id, conversation.updatedAt, JSON.stringify(conversation.turns));
  }

  linkMessage(messageId: string, conversationId: string, at: Date): void {
    this.database
      .prepare('INSERT OR REPLACE INTO conversation_messages (message_id, conversation_id, linked_at) VALUES (?, ?, ?)')
      .run(messageId, conversationId, at.getTime());
  }

  conversationOfMessage(messageId: string): string | undefined {
    const row = this.database
      .prepare('SELECT conversation_id FROM conversation_messages WHERE message_id = ?')
      .get(messageId) as { conversation_id: string } | undefined;
    return row?.conversation_id;
  }

  close(): void {
    if (this.database.open) this.database.close();
  }
}
