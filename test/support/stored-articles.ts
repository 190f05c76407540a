import { articleHash } from '../../src/core/articles/article-documents.js';
import type { StoredArticle } from '../../src/core/articles/article-store.js';

/** An article added to every server (no guild), by nobody, with its real hash. */
export function storedArticle(docId: string, text: string): StoredArticle {
  const fields = { title: docId, source: `${docId}.txt`, text, guildId: null };
  return { ...fields, docId, format: 'text', hash: articleHash(fields), addedBy: null, addedAt: new Date('2026-01-01T00:00:00Z') };
}

/** Two small articles written for the tests of indexes shared by state folders. */
export const ORCHARD = storedArticle('orchard', 'The orchard on Pell Hill grows forty kinds of apple, and the oldest tree was planted in 1820.');
export const FERRY = storedArticle('ferry', 'The night ferry from Vesby to Ormholm will stop in November, after the last crossing.');
