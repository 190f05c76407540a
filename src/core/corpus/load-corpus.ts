import { createHash } from 'node:crypto';
import { CorpusError } from '../errors.js';
import { extractDocument } from '../ingest/extract-document.js';
import { ExtractionError, type ExtractionResult, type SkippedInput } from '../ingest/types.js';
import { textFingerprint } from '../text/same-text.js';
import { DEFAULT_MAX_FILE_BYTES, listCorpusFiles, readRegularFile, type CorpusFile, type CorpusListing, type ListOptions } from './list-corpus.js';
import { parseDocument, titleFromFileName } from './parse-document.js';
import type { CorpusDocument } from './types.js';

export { listCorpusFiles, type CorpusFile, type CorpusListing } from './list-corpus.js';

/** A loaded corpus: its documents, what was skipped and why, and a hash of everything that was read. */
export interface Corpus {
  /** The corpus path as given, resolved. */
  root: string;
  documents: CorpusDocument[];
  /** Files that yield no passages, each once, with the reason. */
  skipped: SkippedInput[];
  /** sha256 over every document and every skipped file; changes whenever any file changes. */
  contentHash: string;
}

/** Turns a relative path into a readable, stable id: `news/Geneva Talks.txt` → `news/geneva-talks`. */
export function documentIdFromPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\.[^./\\]+$/, '');
  return withoutExtension
    .split(/[\\/]+/)
    .map((part) => part.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'document')
    .join('/');
}

/**
 * The document's id, or, when an earlier file already has it, the id with the file's extension
 * ("report" → "report-txt"), then a counter: ids must be unique, and listing order makes the choice stable.
 */
function distinctId(document: CorpusDocument, taken: ReadonlyMap<string, string>): string {
  if (!taken.has(document.id)) return document.id;
  const extension = /\.([^./\\]+)$/.exec(document.path)?.[1]?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const base = extension ? `${document.id}-${extension}` : document.id;
  if (!taken.has(base)) return base;
  let counter = 2;
  while (taken.has(`${base}-${counter}`)) counter += 1;
  return `${base}-${counter}`;
}

/** Whether a parsed document has any body text to cut into passages. */
export function hasBody(document: CorpusDocument): boolean {
  return document.sections.some((section) => section.paragraphs.length > 0);
}

/** Files read at once: enough to keep the disk busy on corpora of thousands of files. */
const READ_CONCURRENCY = 16;

/**
 * Reads a regular file (up to `maxBytes`) and extracts its text as the corpus does; every way
 * it can fail is a result with the reason, never a throw. Shared with `summary --file`.
 */
export async function extractFile(file: string, name: string, maxBytes: number): Promise<ExtractionResult> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, maxBytes);
  } catch (error) {
    if (error instanceof ExtractionError) return { ok: false, reason: error.reason, detail: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: 'unreadable', detail: `cannot be read (${code ?? (error as Error).message})` };
  }
  return extractDocument({ bytes, name });
}

/** Reads, extracts and parses one file; a file that yields no body becomes a skip with its reason. */
async function loadFile(file: CorpusFile, maxBytes: number): Promise<CorpusDocument | SkippedInput> {
  const result = await extractFile(file.path, file.relative, maxBytes);
  if (!result.ok) return { path: file.relative, reason: result.reason, detail: result.detail };
  const { text, metadataTitle } = result.extracted;
  const document = parseDocument({
    id: documentIdFromPath(file.relative),
    path: file.relative,
    source: file.relative,
    text,
    fallbackTitle: titleFromFileName(file.relative),
    ...(metadataTitle ? { metadataTitle } : {}),
  });
  if (!hasBody(document)) return { path: file.relative, reason: 'empty', detail: 'only a title, no body text' };
  return document;
}

/** Options of {@link loadCorpus}. */
export interface LoadOptions extends ListOptions {
  /** The corpus as already listed (the index records that listing's files): read these, without listing again. */
  listing?: CorpusListing;
}

/**
 * Reads and parses every document of the corpus: text in any encoding, Markdown, HTML, PDF and
 * Word files. Files that yield nothing are listed in `skipped`, each with its reason. Throws a
 * CorpusError only when the path itself is missing or not a file or folder.
 */
export async function loadCorpus(corpusPath: string, options: LoadOptions = {}): Promise<Corpus> {
  const listing = options.listing ?? (await listCorpusFiles(corpusPath, options));
  const { root, files } = listing;
  const skipped = [...listing.skipped];
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const documents: CorpusDocument[] = [];
  const ids = new Map<string, string>();
  /** The first file of each text (see same-text.ts): a copy of it under another name is read once. */
  const texts = new Map<string, string>();
  for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
    const batch = files.slice(start, start + READ_CONCURRENCY);
    const loaded = await Promise.all(batch.map((file) => loadFile(file, maxBytes)));
    for (const item of loaded) {
      if (!('id' in item)) {
        skipped.push(item);
        continue;
      }
      // Two copies of one article (a download saved twice, a backup inside the folder) would
      // give every passage twice: the first in listing order is indexed, the copy reported.
      const fingerprint = textFingerprint(item.text);
      const original = texts.get(fingerprint);
      if (original !== undefined) {
        skipped.push({ path: item.path, reason: 'duplicate', detail: `the same text as ${original}, indexed once` });
        continue;
      }
      texts.set(fingerprint, item.path);
      // "story.txt" and "story.md" (or "Story.txt") would share an id; they are different files, so
      // the later one in listing order gets an id of its own instead of being dropped or overwriting.
      const id = distinctId(item, ids);
      ids.set(id, item.path);
      documents.push(id === item.id ? item : { ...item, id });
    }
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, documents, skipped, contentHash: corpusHash(documents, skipped) };
}

/**
 * A hash of what a corpus yields: documents (id, file, title, text) and skipped files (path,
 * reason). The file counts: citations name it, so "alpha.txt" renamed "Alpha.TXT" (the same id)
 * must not keep citing a file that is gone.
 */
export function corpusHash(documents: readonly CorpusDocument[], skipped: readonly SkippedInput[]): string {
  const hash = createHash('sha256');
  for (const document of documents) {
    for (const part of [document.id, document.path, document.title, document.text]) hash.update(part).update('\u0000');
  }
  for (const item of skipped) hash.update('skipped\u0000').update(item.path).update('\u0000').update(item.reason).update('\u0000');
  return hash.digest('hex');
}

/** Raised when nothing at all can be indexed: the user must fix the corpus (exit code 2). */
export function emptyCorpusError(root: string, skipped: readonly SkippedInput[]): CorpusError {
  const listed = skipped.slice(0, 10).map((item) => `\n  - ${item.path}: ${item.reason} (${item.detail})`).join('');
  const more = skipped.length > 10 ? `\n  … and ${skipped.length - 10} more` : '';
  const why = skipped.length > 0 ? ` Nothing could be read:${listed}${more}` : ' It holds no files.';
  return new CorpusError('corpus-empty', `The corpus ${root} yields no passages, so there is nothing to answer from.${why}`);
}
