import type { Logger } from 'pino';
import type { ChunkingOptions } from '../corpus/chunk-passages.js';
import type { Embedder } from '../embedding/embedder.js';
import type { SkippedInput } from '../ingest/types.js';
import type { AddedDocument } from './added-articles.js';
import type { RetrievalIndex } from './retrieval-index.js';
import type { HnswParameters } from './vector-index.js';

/** What to index and how. */
export interface IndexRequest {
  corpusPath: string;
  indexDir: string;
  embedder: Embedder;
  chunking: ChunkingOptions;
  hnsw: HnswParameters;
  /** Largest corpus file read (larger ones are reported as too large). */
  maxFileBytes?: number;
  /** The added articles, in the order they were added; indexed after the corpus. */
  addedDocuments?: () => Promise<AddedDocument[]>;
  /** The state folder the added articles come from (absolute), recorded in the manifest. */
  articleSource?: string;
  /**
   * Refuse (ArticleSourceConflictError) to rebuild or append when that would change the added
   * articles of an index built from another state folder: the CLI, which may be run with another
   * ARTICLE_QA_STATE_DIR than the bot's. Without it (the bot, whose state folder decides what it
   * answers) or with `force`, the write goes on with a warning.
   */
  guardArticleSource?: boolean;
  /** Rebuild even when the saved index is current. */
  force?: boolean;
  /**
   * The index already loaded (the bot's, on a hot-reload check): when the saved one is still
   * the same generation and current, it is returned as it is instead of read and checked again.
   */
  current?: RetrievalIndex;
  /** The caller shows the skipped files itself (the CLI's `index`): they are logged at info, not warned twice. */
  reportsSkipped?: boolean;
  /**
   * The answer model's fingerprint, recorded in the manifest. A different one later does not
   * rebuild: the model only reads features computed at question time (see create-engine.ts).
   */
  answerModelFingerprint?: string;
  logger: Logger;
  /** Called as passages are embedded, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** The loaded index and how it was obtained. */
export interface IndexResult {
  index: RetrievalIndex;
  /** True when a new generation was written (a full build, or added articles appended). */
  rebuilt: boolean;
  /** Added articles appended to the saved index without rebuilding it. */
  appended: number;
  /** Why it was rebuilt, for logs. */
  reasons: string[];
  /** Corpus files that yield no passages, with the reason (also when the index was reused). */
  skipped: SkippedInput[];
}
