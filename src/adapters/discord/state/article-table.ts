/**
 * The articles table: the added articles' extracted text and owners, in the order they were
 * added (`seq`), which is the order they are indexed in.
 */
import type Database from 'better-sqlite3';
import type { ArticleVersion, StoredArticle } from '../../../core/articles/article-store.js';

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

/** Stores an added article; its id must be new (the column is unique). */
export function insertArticle(database: Database.Database, article: StoredArticle): void {
  database
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
