import { articleDocument } from '../../src/core/articles/article-documents.js';
import type { StoredArticle } from '../../src/core/articles/article-store.js';
import { DEFAULT_CHUNKING } from '../../src/core/corpus/chunk-passages.js';
import type { IndexRequest } from '../../src/core/index/build-index.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { HashingEmbedder } from './hashing-embedder.js';

/** An index of a workspace's corpus in its index folder: the hashing embedder, default settings, no logs. */
export function workspaceIndexRequest(workspace: { corpusDir: string; indexDir: string }, options: Partial<IndexRequest> = {}): IndexRequest {
  return {
    corpusPath: workspace.corpusDir,
    indexDir: workspace.indexDir,
    embedder: new HashingEmbedder(),
    chunking: DEFAULT_CHUNKING,
    hnsw: DEFAULT_CONFIG.hnsw,
    logger: createSilentLogger(),
    ...options,
  };
}

/** The same, read by a process whose state folder `folder` holds `articles`. */
export function stateFolderIndexRequest(
  workspace: { corpusDir: string; indexDir: string },
  folder: string,
  articles: readonly StoredArticle[],
  options: Partial<IndexRequest> = {},
): IndexRequest {
  return workspaceIndexRequest(workspace, {
    addedDocuments: async () => articles.map((item) => ({ id: item.docId, hash: item.hash, load: () => articleDocument(item) })),
    articleSource: folder,
    ...options,
  });
}
