import type Database from 'better-sqlite3';
import { textFingerprint } from '../../../core/text/same-text.js';
import { ABOUT_TABLE_MIGRATION, recordWriter } from './state-format.js';

/** The SQL function migrations call to fill `text_key` (see same-text.ts); registered while migrating. */
const TEXT_KEY_FUNCTION = 'article_text_key';

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
  // Each article's normalised text's fingerprint, so that adding checks for a copy and stores in
  // one transaction (see article-table.ts). Not unique: a file may already hold copies (two adds
  // at once before this check), which stay as they were.
  `ALTER TABLE articles ADD COLUMN text_key TEXT;
   UPDATE articles SET text_key = ${TEXT_KEY_FUNCTION}(text);
   CREATE INDEX articles_by_text ON articles (text_key);`,
];

/**
 * Applies the migrations the file lacks, all in one write transaction that reads the format
 * again once it holds the lock: shards opening a new file at once then migrate it once.
 * `version`, when given, is recorded as the one that wrote the new format.
 */
export function migrate(database: Database.Database, version: string | undefined): void {
  if ((database.pragma('user_version', { simple: true }) as number) >= MIGRATIONS.length) return;
  database.function(TEXT_KEY_FUNCTION, { deterministic: true }, (text: unknown) => textFingerprint(String(text)));
  database.transaction(() => {
    const applied = database.pragma('user_version', { simple: true }) as number;
    if (applied >= MIGRATIONS.length) return;
    MIGRATIONS.slice(applied).forEach((sql, offset) => {
      database.exec(sql);
      database.pragma(`user_version = ${applied + offset + 1}`);
    });
    if (version !== undefined) recordWriter(database, version);
  }).immediate();
}
