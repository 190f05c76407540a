import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../core/articles/article-store.js';
import { isUserError } from '../../../core/errors.js';
import { SqliteStateStore, STATE_FILE } from './sqlite-state-store.js';
import { MIGRATIONS } from './state-migrations.js';

const TEXT = 'The harbour of Lumen reopened on Monday after three weeks of repairs to the north pier.';
const article = (docId: string, guildId: string | null, text = TEXT): StoredArticle => ({
  docId,
  title: 'Harbour reopens',
  source: `${docId}.txt`,
  format: 'text',
  text,
  hash: docId,
  guildId,
  addedBy: guildId === null ? null : 'admin',
  addedAt: new Date('2026-12-01T00:00:00Z'),
});

const roots: string[] = [];
const opened: SqliteStateStore[] = [];
function stateDir(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'article-qa-copies-'));
  roots.push(root);
  return path.join(root, 'state');
}
const open = (directory: string): SqliteStateStore => {
  const store = SqliteStateStore.open(directory);
  opened.push(store);
  return store;
};
afterEach(() => {
  opened.splice(0).forEach((store) => store.close());
  roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true }));
});

const refusal = (run: () => void): string => {
  try {
    run();
  } catch (error) {
    expect(isUserError(error) && error.code).toBe('article-duplicate');
    return (error as Error).message;
  }
  throw new Error('expected the article to be refused as a copy');
};

describe('SqliteStateStore refusing an article added twice at once', () => {
  it('keeps the first of two copies stored by two processes that both checked first, wherever both would be answered', () => {
    const directory = stateDir();
    // The bot and another process (a shard, the CLI) on one state file, each past its own check.
    const bot = open(directory);
    const other = open(directory);
    expect(bot.listArticles()).toEqual([]);
    expect(other.listArticles()).toEqual([]);
    bot.addArticle(article('harbour-aaaaaa', 'guild-a'));
    // Re-wrapped, the text is the same article.
    expect(refusal(() => other.addArticle(article('harbour-bbbbbb', 'guild-a', `${TEXT.replace('Monday ', 'Monday\n')}\n`)))).toBe(
      'That article is already added, as harbour-aaaaaa ("Harbour reopens"). It was added at the same time as this one.',
    );
    // The command line's would be answered in guild-a too; another server's own is not.
    expect(refusal(() => other.addArticle(article('harbour-cccccc', null)))).toMatch(
      /^That article is already added, as harbour-aaaaaa \("Harbour reopens"\), for one server only; remove it/,
    );
    other.addArticle(article('harbour-dddddd', 'guild-b'));
    expect(bot.listArticles().map((item) => item.docId)).toEqual(['harbour-aaaaaa', 'harbour-dddddd']);
  });

  it('migrates a file that already holds two copies without a fault, keeps both, and refuses a third', () => {
    const directory = stateDir();
    mkdirSync(directory, { mode: 0o700 });
    // A file of the previous format, with the copies two adds at once kept before this check.
    const old = new Database(path.join(directory, STATE_FILE));
    const previous = MIGRATIONS.length - 1;
    MIGRATIONS.slice(0, previous).forEach((sql) => old.exec(sql));
    old.pragma(`user_version = ${previous}`);
    const insert = old.prepare(
      `INSERT INTO articles (doc_id, title, source, format, text, hash, guild_id, added_by, added_at)
       VALUES (?, 'Harbour reopens', 'harbour.txt', 'text', ?, ?, 'guild-a', 'admin', 0)`,
    );
    insert.run('harbour-111111', TEXT, 'h1');
    insert.run('harbour-222222', TEXT, 'h2');
    old.close();

    const store = open(directory);
    expect(store.listArticles().map((item) => item.docId)).toEqual(['harbour-111111', 'harbour-222222']);
    expect(refusal(() => store.addArticle(article('harbour-333333', 'guild-a')))).toMatch(/^That article is already added, as harbour-111111 /);
    // Once the copies are removed, the article can be added again.
    store.removeArticle('harbour-111111');
    store.removeArticle('harbour-222222');
    store.addArticle(article('harbour-333333', 'guild-a'));
    expect(store.articleVersions().map((item) => item.docId)).toEqual(['harbour-333333']);
  });
});
