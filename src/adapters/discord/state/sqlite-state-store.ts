import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { alreadyAddedError } from '../../../core/articles/added-article.js';
import type { StoredArticle, ArticleVersion } from '../../../core/articles/article-store.js';
import type { Conversation } from '../../../core/conversation/types.js';
import type { Vote } from '../custom-ids.js';
import { guildStatistics, insertAnswer, insertLateAcknowledgement, selectAnswer, upsertVote } from './answer-tables.js';
import { deleteArticle, insertArticleOnce, selectArticle, selectArticles, selectArticleVersions } from './article-table.js';
import {
  insertMessageLink,
  selectConversation,
  selectConversationOfMessage,
  upsertConversation,
} from './conversation-tables.js';
import { restrictAccess, STATE_FILE } from './state-file.js';
import { checkStateFormat } from './state-format.js';
import { openReadOnlyDatabase, stateWritable } from './read-only-state.js';
import { migrate, MIGRATIONS } from './state-migrations.js';
import type {
  AnswerRecord,
  BotStatistics,
  LateAcknowledgementRecord,
  PruneCounts,
  StateStore,
  VoteOutcome,
} from './state-store.js';

export { STATE_FILE } from './state-file.js';

/** Options of {@link SqliteStateStore.open}. */
export interface StateStoreOptions {
  /** This article-qa's version, recorded when it changes the file's format (see state-format.ts). */
  version?: string;
  /**
   * The caller only reads (commands such as `ask` and `list`): a file this user may not write is
   * opened read-only, as it is, neither migrated nor its mode tightened (see read-only-state.ts).
   */
  readOnly?: boolean;
}

/**
 * The state store in SQLite (better-sqlite3): durable, crash-safe (WAL), and safe to share
 * between shard processes on one volume. `:memory:` gives a throwaway store for tests.
 * Each table's SQL is in its own module (answer-tables.ts, article-table.ts,
 * conversation-tables.ts); the schema and its migrations are in state-migrations.ts.
 */
export class SqliteStateStore implements StateStore {
  private constructor(private readonly database: Database.Database) {}

  /** Opens a file for reading and writing, migrated to this version's format. */
  private static writable(file: string, options: StateStoreOptions): SqliteStateStore {
    const database = new Database(file);
    try {
      database.pragma('journal_mode = WAL');
      // Shards share the file: wait for another process's write instead of failing.
      database.pragma('busy_timeout = 5000');
      // A file from a newer version is refused before anything reads or changes it.
      checkStateFormat(database, file, MIGRATIONS.length);
      migrate(database, options.version);
    } catch (error) {
      database.close();
      throw error;
    }
    return new SqliteStateStore(database);
  }

  /**
   * Opens the store in `stateDir` only if it exists (commands that only read need not create it).
   * A folder this user may not enter is no missing store: the error is thrown, since answering
   * without the added articles in it would also rebuild a shared index without them.
   */
  static openExisting(stateDir: string, options: StateStoreOptions = {}): SqliteStateStore | undefined {
    const file = path.join(stateDir, STATE_FILE);
    try {
      statSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw error;
    }
    if (options.readOnly && !stateWritable(stateDir, file)) {
      const database = openReadOnlyDatabase(file);
      // Unreadable too (a file of another user's, 0600): the usual open below says why.
      if (database) return SqliteStateStore.readOnly(database, file);
    }
    return SqliteStateStore.open(stateDir, options);
  }

  /**
   * A store over a file opened read-only. Its format is not migrated: a newer one is refused as
   * usual, and one from before added articles existed has none (undefined: no store).
   */
  private static readOnly(database: Database.Database, file: string): SqliteStateStore | undefined {
    try {
      checkStateFormat(database, file, MIGRATIONS.length);
    } catch (error) {
      database.close();
      throw error;
    }
    if (!database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").get()) {
      database.close();
      return undefined;
    }
    return new SqliteStateStore(database);
  }

  /**
   * Opens (creating if needed) the store in `stateDir`, or in memory for `':memory:'`. The
   * file holds user ids and questions: it is readable by this user only (0600, in a 0700 folder).
   * Throws a StateFormatTooNewError when a newer version of article-qa wrote the file.
   */
  static open(stateDir: string, options: StateStoreOptions = {}): SqliteStateStore {
    if (stateDir === ':memory:') return SqliteStateStore.writable(':memory:', options);
    const file = path.join(stateDir, STATE_FILE);
    restrictAccess(stateDir, file);
    // SQLite opens a file it may not write read-only without a word, and the first write then
    // failed as a bug: this throws EACCES naming the file, which the app layer explains.
    accessSync(file, constants.W_OK);
    return SqliteStateStore.writable(file, options);
  }

  recordAnswer(record: AnswerRecord): void {
    insertAnswer(this.database, record);
  }

  findAnswer(answerId: string): AnswerRecord | undefined {
    return selectAnswer(this.database, answerId);
  }

  recordVote(answerId: string, userId: string, vote: Vote): VoteOutcome {
    return upsertVote(this.database, answerId, userId, vote);
  }

  recordLateAcknowledgement(late: LateAcknowledgementRecord): void {
    insertLateAcknowledgement(this.database, late);
  }

  statistics(guildId: string, options: { topUnanswered?: number } = {}): BotStatistics {
    return guildStatistics(this.database, guildId, options);
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

  /** Stores an article, refusing one whose text was added meanwhile where it would be answered (see insertArticleOnce). */
  addArticle(article: StoredArticle): void {
    const copy = insertArticleOnce(this.database, article);
    if (copy) throw alreadyAddedError(copy, article, { concurrent: true });
  }

  articleVersions(): ArticleVersion[] {
    return selectArticleVersions(this.database);
  }

  listArticles(): StoredArticle[] {
    return selectArticles(this.database);
  }

  findArticle(docId: string): StoredArticle | undefined {
    return selectArticle(this.database, docId);
  }

  removeArticle(docId: string): boolean {
    return deleteArticle(this.database, docId);
  }

  loadConversation(id: string): Conversation | undefined {
    return selectConversation(this.database, id);
  }

  saveConversation(conversation: Conversation): void {
    upsertConversation(this.database, conversation);
  }

  linkMessage(messageId: string, conversationId: string, at: Date): void {
    insertMessageLink(this.database, messageId, conversationId, at);
  }

  conversationOfMessage(messageId: string): string | undefined {
    return selectConversationOfMessage(this.database, messageId);
  }

  close(): void {
    if (this.database.open) this.database.close();
  }
}
