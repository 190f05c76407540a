/**
 * Turning an article's bytes into what the store keeps: extracted as a corpus file is, refused
 * when it yields no body or is a copy of an article already answered where it would be.
 */
import { hasBody } from '../corpus/load-corpus.js';
import { parseDocument, titleFromFileName } from '../corpus/parse-document.js';
import type { CorpusDocument } from '../corpus/types.js';
import { UserError } from '../errors.js';
import { extractDocument } from '../ingest/extract-document.js';
import { findSameText } from '../text/same-text.js';
import { alreadyAddedError, answeredTogether, ArticleRejectedError, type ArticleInput, type ArticleOwner } from './added-article.js';
import { articleHash, newArticleId } from './article-documents.js';
import type { ArticleStore, StoredArticle } from './article-store.js';

/** What a new article is compared with: the added articles, and the documents the index answers from now. */
export interface KnownArticles {
  store: ArticleStore;
  currentDocuments: () => Promise<readonly CorpusDocument[]>;
}

/** Extracts and checks an article, and gives it a new id; nothing is stored yet. */
export async function prepareArticle(input: ArticleInput, owner: ArticleOwner, known: KnownArticles): Promise<StoredArticle> {
  const result = await extractDocument({
    bytes: input.bytes,
    name: input.name,
    ...(input.contentType ? { contentType: input.contentType } : {}),
  });
  if (!result.ok)
    throw new ArticleRejectedError(result.reason, `${input.source}: ${result.reason} (${result.detail}).`);
  const { text, metadataTitle, format } = result.extracted;
  const parsed: CorpusDocument = parseDocument({
    id: 'new',
    path: input.name,
    source: input.source,
    text,
    fallbackTitle: titleFromFileName(input.name) || input.source,
    ...(metadataTitle ? { metadataTitle } : {}),
  });
  if (!hasBody(parsed))
    throw new ArticleRejectedError('empty', `${input.source}: empty (only a title, no body text).`);
  const fields = { title: parsed.title, source: input.source, text, guildId: owner.guildId };
  await refuseCopy(text, owner, known);
  return {
    ...fields,
    docId: newArticleId(parsed.title),
    format,
    hash: articleHash(fields),
    addedBy: owner.addedBy,
    addedAt: new Date(),
  };
}

/**
 * Refuses an article whose text (spacing and line breaks aside, see same-text.ts) is already
 * answered where it would be: an added article its owner can see (a server's own and the
 * shared ones; every one, for the command line's, which every server sees), or a corpus file.
 * Whatever address, file name or title it comes with this time, its passages would appear twice.
 */
async function refuseCopy(text: string, owner: ArticleOwner, known: KnownArticles): Promise<void> {
  const added = findSameText(
    text,
    known.store.listArticles().filter((article) => answeredTogether(owner.guildId, article.guildId)),
  );
  if (added) throw alreadyAddedError(added, owner);
  const corpus = (await known.currentDocuments()).filter((document) => !document.added);
  const file = findSameText(text, corpus);
  if (file) {
    throw new UserError(
      'article-duplicate',
      `That article is already in the corpus, as ${file.id} ("${file.title}", ${file.path}); added again, its passages would be found and cited twice.`,
    );
  }
}
