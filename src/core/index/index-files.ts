import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { CorpusDocument, Passage } from '../corpus/types.js';
import { sha256, sha256File, writeFileAtomic, writeJsonArrayAtomic } from './atomic-files.js';
import { KeywordIndex } from './keyword-index.js';
import { formatChangeReason, manifestSchema, SCHEMA_VERSION, type IndexManifest } from './manifest.js';
import type { RetrievalIndex } from './retrieval-index.js';
import { VectorIndex } from './vector-index.js';

export const MANIFEST_FILE = 'manifest.json';
const FILES = { vectors: 'vectors.hnsw', passages: 'passages.json', documents: 'documents.json', keywords: 'keywords.sqlite' } as const;

/** A saved index could not be read; the caller rebuilds it. */
export class IndexCorruptError extends Error {
  override readonly name = 'IndexCorruptError';
}

/**
 * A manifest of another index format whose fields this version cannot read (an older version's,
 * or a newer one's): not damage, just a format change, so the index is rebuilt without a warning.
 */
export class IndexFormatError extends Error {
  override readonly name = 'IndexFormatError';

  constructor(readonly format: number) {
    super(formatChangeReason(format));
  }
}

/** Reads and validates `manifest.json`; undefined when there is none, throws when it is unreadable. */
export async function readManifest(indexDir: string): Promise<IndexManifest | undefined> {
  const file = path.join(indexDir, MANIFEST_FILE);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new IndexCorruptError(`${file} is not valid JSON (truncated?)`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const format = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof format === 'number' && Number.isInteger(format) && format !== SCHEMA_VERSION) throw new IndexFormatError(format);
    throw new IndexCorruptError(`${file} does not look like an index manifest`);
  }
  return parsed.data;
}

/**
 * Writes a new generation directory, then publishes it by atomically replacing the manifest.
 * Readers always see a complete generation: the manifest is the single commit point.
 */
export async function saveIndex(
  indexDir: string,
  content: { documents: CorpusDocument[]; passages: Passage[]; vectors: VectorIndex; keywords: KeywordIndex },
  manifest: Omit<IndexManifest, 'generation' | 'files'>,
): Promise<IndexManifest> {
  const generation = `gen-${Date.now().toString(36)}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const directory = path.join(indexDir, generation);
  await mkdir(directory, { recursive: true });
  type FileEntry = IndexManifest['files'][string];
  const files: Record<string, FileEntry> = {};
  // One file at a time, the JSON ones streamed: at 100k passages the documents alone are 50 MB
  // of JSON, and building whole files in memory raised the build's peak memory by ~100 MB.
  files[FILES.passages] = await writeJsonArrayAtomic(path.join(directory, FILES.passages), storedPassages(content.passages));
  files[FILES.documents] = await writeJsonArrayAtomic(path.join(directory, FILES.documents), content.documents);
  const keywords = content.keywords.serialize();
  await writeFileAtomic(path.join(directory, FILES.keywords), keywords);
  files[FILES.keywords] = { sha256: sha256(keywords), bytes: keywords.length };
  const vectorFile = path.join(directory, FILES.vectors);
  content.vectors.save(vectorFile);
  files[FILES.vectors] = await sha256File(vectorFile);
  // The manifest, written last, is the commit point.
  const complete: IndexManifest = { ...manifest, generation, files };
  await writeFileAtomic(path.join(indexDir, MANIFEST_FILE), `${JSON.stringify(complete, null, 2)}\n`);
  return complete;
}

/**
 * Replaces the manifest of an index whose content stays as it is (the corpus files' recorded
 * times after a touch), atomically; the generation it points to is unchanged.
 */
export async function rewriteManifest(indexDir: string, manifest: IndexManifest): Promise<void> {
  await writeFileAtomic(path.join(indexDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

async function readVerified(directory: string, name: string, manifest: IndexManifest): Promise<Buffer> {
  const expected = manifest.files[name];
  const data = await readFile(path.join(directory, name)).catch(() => {
    throw new IndexCorruptError(`${name} is missing from ${directory}`);
  });
  if (!expected || data.length !== expected.bytes || sha256(data) !== expected.sha256) {
    throw new IndexCorruptError(`${name} in ${directory} does not match its checksum (truncated or corrupt)`);
  }
  return data;
}

/**
 * A passage as stored: without its text and document title, which the document already holds
 * (`text` is `document.text.slice(start, end)`). At 100k passages this halves what is read and
 * kept: restored texts are slices that share the document's memory.
 */
type StoredPassage = Omit<Passage, 'text' | 'docTitle' | 'docSource'>;

function* storedPassages(passages: readonly Passage[]): Generator<StoredPassage> {
  for (const passage of passages) {
    const { text: _text, docTitle: _docTitle, docSource: _docSource, ...stored } = passage;
    yield stored;
  }
}

function restorePassages(stored: readonly StoredPassage[], documents: readonly CorpusDocument[]): Passage[] {
  const byId = new Map(documents.map((document) => [document.id, document]));
  // Two documents with one id (an earlier version's append could leave them when a corpus file
  // had an added article's id) would give passages the other document's text: rebuild instead.
  if (byId.size !== documents.length) {
    const repeated = documents.find((document, position) => documents.findIndex((other) => other.id === document.id) !== position);
    throw new Error(`two documents have the id ${repeated?.id ?? '?'}`);
  }
  return stored.map((passage) => {
    const document = byId.get(passage.docId);
    if (!document) throw new Error(`passage ${passage.id} belongs to unknown document ${passage.docId}`);
    // A literal with every field in one order (not a spread): one object shape, built fast.
    const { id, docId, section, sectionNumber, start, end, ordinal } = passage;
    return { id, docId, docTitle: document.title, docSource: document.source, section, sectionNumber, text: document.text.slice(start, end), start, end, ordinal };
  });
}

/** Checks a file's checksum without holding it in memory (the vector graph is read by hnswlib itself). */
async function verifyStreamed(directory: string, name: string, manifest: IndexManifest): Promise<void> {
  const expected = manifest.files[name];
  const actual = await sha256File(path.join(directory, name)).catch(() => {
    throw new IndexCorruptError(`${name} is missing from ${directory}`);
  });
  if (!expected || actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) {
    throw new IndexCorruptError(`${name} in ${directory} does not match its checksum (truncated or corrupt)`);
  }
}

/**
 * Loads the generation a manifest points at, verifying every file's checksum first. Files are
 * read one at a time and each buffer is dropped once parsed: reading all of them at once doubled
 * the peak memory of large indexes.
 */
export async function loadIndex(indexDir: string, manifest: IndexManifest, efSearch: number): Promise<RetrievalIndex> {
  const directory = path.join(indexDir, manifest.generation);
  const parse = <T>(data: Buffer): T => {
    try {
      return JSON.parse(data.toString('utf8')) as T;
    } catch (error) {
      throw new IndexCorruptError(`index in ${directory} cannot be read: ${(error as Error).message}`);
    }
  };
  const documents = parse<CorpusDocument[]>(await readVerified(directory, FILES.documents, manifest));
  const stored = parse<StoredPassage[]>(await readVerified(directory, FILES.passages, manifest));
  const keywordsData = await readVerified(directory, FILES.keywords, manifest);
  await verifyStreamed(directory, FILES.vectors, manifest);
  try {
    const passages = restorePassages(stored, documents);
    const keywords = KeywordIndex.deserialize(keywordsData);
    const vectors = VectorIndex.load(path.join(directory, FILES.vectors), manifest.model.dimension, passages.length, efSearch);
    if (keywords.size !== passages.length) throw new Error('keyword index and passage store disagree');
    return { manifest, documents, passages, vectors, keywords };
  } catch (error) {
    throw new IndexCorruptError(`index in ${directory} cannot be read: ${(error as Error).message}`);
  }
}

/** Removes generations other than the current and the one before it (a reader may still use it). */
export async function removeOldGenerations(indexDir: string, keep: readonly string[]): Promise<void> {
  const entries = await readdir(indexDir, { withFileTypes: true }).catch(() => []);
  const generations = entries
    .filter((entry) => entry.isDirectory() && entry.name.startsWith('gen-') && !keep.includes(entry.name))
    .map((entry) => entry.name);
  await Promise.all(generations.map((name) => rm(path.join(indexDir, name), { recursive: true, force: true })));
}
