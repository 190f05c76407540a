import { createHash, randomBytes } from 'node:crypto';
import { parseDocument } from '../corpus/parse-document.js';
import type { CorpusDocument } from '../corpus/types.js';
import type { AddedDocument } from '../index/added-articles.js';
import type { ArticleStore, StoredArticle } from './article-store.js';

/** Longest slug in an article id, before its random suffix. */
const SLUG_CHARS = 40;

/** A readable, unique id for a new article: `harbour-reopens-3f9a1c`. */
export function newArticleId(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_CHARS)
    .replace(/-+$/, '');
  return `${slug || 'article'}-${randomBytes(3).toString('hex')}`;
}

/** The hash an article's index entry depends on: its text, title, source and owner. */
export function articleHash(article: Pick<StoredArticle, 'text' | 'title' | 'source' | 'guildId'>): string {
  return createHash('sha256')
    .update([article.title, article.source, article.guildId ?? '', article.text].join('\u0000'))
    .digest('hex');
}

/** A stored article as the index takes it: parsed the same way every time it is read. */
export function articleDocument(article: StoredArticle): CorpusDocument {
  const document = parseDocument({
    id: article.docId,
    path: article.source,
    source: article.source,
    text: article.text,
    metadataTitle: article.title,
  });
  return { ...document, added: { at: article.addedAt.toISOString(), guildId: article.guildId } };
}

/** The index's view of the store: each article's id and hash, and its document read only when needed. */
export function addedDocuments(store: ArticleStore): () => Promise<AddedDocument[]> {
  return async () =>
    store.articleVersions().map((version) => ({
      id: version.docId,
      hash: version.hash,
      load: () => {
        const article = store.findArticle(version.docId);
        if (!article) throw new Error(`added article ${version.docId} disappeared while indexing`);
        return articleDocument(article);
      },
    }));
}
