/**
 * The articles table: the added articles' extracted text and owners, in the order they were
 * added (`seq`), which is the order they are indexed in.
 */
import type Database from 'better-sqlite3';
import type { ArticleVersion, StoredArticle } from '../../../core/articles/article-store.js';
import { textFingerprint } from '../../../core/text/same-text.js';

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

/** What the copy check reports of an article already stored. */
export type StoredCopy = Pick<StoredArticle, 'docId' | 'title' | 'guildId'>;

/**
 * Stores an added article (its id must be new: the column is unique) unless one with the same
 * text once normalised (`text_key`, see same-text.ts) is stored where both would be answered,
 * and returns that one instead. The check and the insert are one IMMEDIATE transaction, which
 * takes the write lock first: of two adds at once, in this process or another (a shard, the
 * CLI), the second sees the first. A unique index could not say "where both would be answered"
 * (a shared article and a server's own), and would fail on files that already hold copies.
 */
export function insertArticleOnce(database: Database.Database, article: StoredArticle): StoredCopy | undefined {
  const key = textFingerprint(article.text);
  return database
    .transaction((): StoredCopy | undefined => {
      const copy = database
        .prepare(
          `SELECT doc_id AS docId, title, guild_id AS guildId FROM articles
           WHERE text_key = ? AND (? IS NULL OR guild_id IS NULL OR guild_id = ?) ORDER BY seq LIMIT 1`,
        )
        .get(key, article.guildId, article.guildId) as StoredCopy | undefined;
      if (copy) return copy;
      database
        .prepare(
          `INSERT INTO articles (doc_id, title, source, format, text, hash, guild_id, added_by, added_at, text_key)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
          key,
        );
      return undefined;
    })
    .immediate();
}

/** Each added article's id and hash, in the order they were added, without their text. */
export function selectArticleVersions(database: Database.Database): ArticleVersion[] {
  return database.prepare('SELECT doc_id AS docId, hash FROM articles ORDER BY seq').all() as ArticleVersion[];
}

/** Every added article, in the order they were added. */
export function selectArticles(database: Database.Database): StoredArticle[] {
  return (database.prepare('SELECT * FROM articles ORDER BY seq').all() as ArticleRow[]).map(toArticle);
}

/** The added article with this id, if any. */
export function selectArticle(database: Database.Database, docId: string): StoredArticle | undefined {
  const row = database.prepare('SELECT * FROM articles WHERE doc_id = ?').get(docId) as ArticleRow | undefined;
  return row ? toArticle(row) : undefined;
}

/** Deletes an added article; false when there was none with this id. */
export function deleteArticle(database: Database.Database, docId: string): boolean {
  return database.prepare('DELETE FROM articles WHERE doc_id = ?').run(docId).changes > 0;
}
