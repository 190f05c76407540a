import { listCorpusFiles, type CorpusListing, type LoadOptions } from '../corpus/load-corpus.js';
import type { AddedDocument } from './added-articles.js';
import type { IndexRequest } from './index-request.js';
import type { IndexManifest } from './manifest.js';

/** The corpus files as the manifest records them: path, size and times. */
export type CorpusFiles = IndexManifest['corpus']['files'];

/** What an index is built from right now: the corpus folder's files and the added articles. */
export interface CurrentInputs {
  root: string;
  files: CorpusFiles;
  added: AddedDocument[];
  /** The listing `files` came from: a build reads exactly these files, without listing again. */
  listing: CorpusListing;
}

/** Lists the corpus (one `stat` per file) and reads the added articles. */
export async function currentInputs(request: IndexRequest): Promise<CurrentInputs> {
  const listing = await listCorpusFiles(request.corpusPath, request.maxFileBytes === undefined ? {} : { maxFileBytes: request.maxFileBytes });
  // Skipped files count too: replacing an image by a text file must be noticed.
  const files = [
    ...listing.files.map((file) => ({ path: file.path, size: file.size, mtimeMs: file.mtimeMs, ctimeMs: file.ctimeMs })),
    ...listing.skipped.map((item) => ({ path: `skipped:${item.path}:${item.reason}`, size: 0, mtimeMs: 0, ctimeMs: 0 })),
  ];
  return { root: listing.root, files, added: (await request.addedDocuments?.()) ?? [], listing };
}

/** How the corpus is read: the size limit, and the listing already made. */
export function readOptions(request: IndexRequest, inputs: CurrentInputs): LoadOptions {
  return { ...(request.maxFileBytes === undefined ? {} : { maxFileBytes: request.maxFileBytes }), listing: inputs.listing };
}

/**
 * Whether two listings have the same files with the same size and times. The ctime catches an
 * edit that kept the size and modification time (`cp -p`, `rsync -a`, `touch -r`); a ctime that
 * changed alone (a chmod, a new hard link) only costs one read of the corpus, which finds the
 * content the same and records the new times. An entry without a ctime (an index from before it
 * was recorded) never matches, so such an index is checked by content once, not rebuilt.
 */
export function sameFiles(a: CorpusFiles, b: CorpusFiles): boolean {
  return (
    a.length === b.length &&
    a.every((file, i) => file.path === b[i]?.path && file.size === b[i]?.size && file.mtimeMs === b[i]?.mtimeMs && file.ctimeMs === b[i]?.ctimeMs)
  );
}
