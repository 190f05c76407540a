import { z } from 'zod';
import type { ChunkingOptions } from '../corpus/chunk-passages.js';
import { SKIP_REASONS } from '../ingest/types.js';
import type { HnswParameters } from './vector-index.js';

/**
 * Bumped when the on-disk layout or what is embedded changes (v2: passages embedded without their
 * section title; v3: passages stored without their text, which is restored from the document; v4:
 * documents extracted from HTML, PDF and Word files, with their source, and added articles; v5:
 * sentences no longer end after an initialism that a name or title follows, "U.S. Navy", "9 a.m.
 * Thursday", so passages are cut elsewhere).
 */
export const SCHEMA_VERSION = 5;

/**
 * Why an index saved in another format is rebuilt. One built by a newer version (the admin went
 * back to an older one) says so: that version will rebuild it again in its own format.
 */
export function formatChangeReason(format: number): string {
  return format > SCHEMA_VERSION
    ? `index built by a newer version of article-qa (format v${format}; this version uses v${SCHEMA_VERSION})`
    : `index format changed (v${format} → v${SCHEMA_VERSION})`;
}

const fileEntry = z.object({ sha256: z.string().length(64), bytes: z.number().int().nonnegative() });

/** What `manifest.json` holds: everything the index was built from, and checksums of its files. */
export const manifestSchema = z.object({
  schemaVersion: z.number().int(),
  generation: z.string().regex(/^gen-[\w-]+$/),
  builtAt: z.string(),
  buildMs: z.number().nonnegative(),
  model: z.object({ id: z.string(), fingerprint: z.string(), dimension: z.number().int().positive() }),
  chunking: z.object({ minWords: z.number(), maxWords: z.number(), overlapSentences: z.number() }),
  hnsw: z.object({ m: z.number(), efConstruction: z.number(), randomSeed: z.number() }),
  keywordIndexVersion: z.number().int(),
  /** The answer model the index was built beside (see src/core/answer/answer-model.ts). */
  answerModel: z.object({ fingerprint: z.string() }).optional(),
  corpus: z.object({
    root: z.string(),
    contentHash: z.string(),
    /**
     * The corpus files as listed, compared with a new listing to tell whether the corpus must be
     * read again. `ctimeMs` is absent in indexes built before it was recorded (see sameFiles).
     */
    files: z.array(z.object({ path: z.string(), size: z.number(), mtimeMs: z.number(), ctimeMs: z.number().optional() })),
    documents: z.number().int().nonnegative(),
    passages: z.number().int().nonnegative(),
    /** Corpus files that yield no passages, with the reason. */
    skipped: z.array(z.object({ path: z.string(), reason: z.enum(SKIP_REASONS), detail: z.string() })),
  }),
  /**
   * Every added article, in the order they were added: its id and content hash. `setAside` marks
   * one left out of the index because a corpus file has its id (see added-articles.ts); it is
   * recorded all the same, so the next load knows it was seen. Absent means indexed.
   */
  articles: z.array(z.object({ docId: z.string(), hash: z.string(), setAside: z.boolean().optional() })),
  /**
   * The state folder the added articles came from (absolute), so that a process reading another
   * one can tell this index is not its own (see article-source.ts). Absent in indexes built
   * before it was recorded, or without a state folder (benchmarks).
   */
  articleSource: z.string().optional(),
  files: z.record(z.string(), fileEntry),
});

export type IndexManifest = z.infer<typeof manifestSchema>;

/** The inputs an index must have been built from to be reused. */
export interface IndexInputs {
  model: { id: string; fingerprint: string; dimension: number };
  chunking: ChunkingOptions;
  hnsw: HnswParameters;
  keywordIndexVersion: number;
  corpusRoot: string;
}

/**
 * Why a saved index cannot serve these inputs; empty when it can (the corpus itself is
 * compared separately, since that needs reading the files).
 */
export function staleReasons(manifest: IndexManifest, inputs: IndexInputs): string[] {
  const reasons: string[] = [];
  if (manifest.schemaVersion !== SCHEMA_VERSION) reasons.push(formatChangeReason(manifest.schemaVersion));
  if (manifest.model.id !== inputs.model.id) reasons.push(`model changed (${manifest.model.id} → ${inputs.model.id})`);
  else if (manifest.model.fingerprint !== inputs.model.fingerprint) reasons.push('model files changed');
  if (manifest.model.dimension !== inputs.model.dimension) reasons.push('embedding dimension changed');
  const { chunking } = manifest;
  if (
    chunking.minWords !== inputs.chunking.minWords ||
    chunking.maxWords !== inputs.chunking.maxWords ||
    chunking.overlapSentences !== inputs.chunking.overlapSentences
  ) {
    reasons.push('chunking parameters changed');
  }
  if (manifest.hnsw.m !== inputs.hnsw.m || manifest.hnsw.efConstruction !== inputs.hnsw.efConstruction || manifest.hnsw.randomSeed !== inputs.hnsw.randomSeed) {
    reasons.push('HNSW parameters changed');
  }
  if (manifest.keywordIndexVersion !== inputs.keywordIndexVersion) reasons.push('keyword index format changed');
  if (manifest.corpus.root !== inputs.corpusRoot) reasons.push(`corpus path changed (${manifest.corpus.root} → ${inputs.corpusRoot})`);
  return reasons;
}
