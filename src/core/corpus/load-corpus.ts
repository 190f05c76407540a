import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CorpusError } from '../errors.js';
import { parseDocument } from './parse-document.js';
import type { CorpusDocument } from './types.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

/** A loaded corpus: its documents and a hash of everything that was read. */
export interface Corpus {
  /** The corpus path as given, resolved. */
  root: string;
  documents: CorpusDocument[];
  /** sha256 over every document's id and text; changes whenever any file changes. */
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

async function listTextFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && TEXT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()))
    .filter((entry) => !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Lists the files a corpus path stands for (one file, or every .txt/.md under a directory). */
export async function listCorpusFiles(corpusPath: string): Promise<{ root: string; files: string[] }> {
  const root = path.resolve(corpusPath);
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new CorpusError('corpus-missing', `Corpus not found: ${root} does not exist.`);
  if (info.isFile()) return { root, files: [root] };
  if (!info.isDirectory()) throw new CorpusError('corpus-invalid', `Corpus ${root} is neither a file nor a directory.`);
  const files = await listTextFiles(root);
  if (files.length === 0) {
    throw new CorpusError('corpus-empty', `Corpus directory ${root} holds no .txt or .md files.`);
  }
  return { root, files };
}

/** Files read at once: enough to keep the disk busy on corpora of thousands of files. */
const READ_CONCURRENCY = 32;

/** Reads every file, several at a time, with each outcome in the files' order. */
async function readInOrder(files: readonly string[]): Promise<Array<PromiseSettledResult<string>>> {
  const results: Array<PromiseSettledResult<string>> = [];
  for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
    results.push(...(await Promise.allSettled(files.slice(start, start + READ_CONCURRENCY).map((file) => readFile(file, 'utf8')))));
  }
  return results;
}

/** Reads and parses every document of the corpus. */
export async function loadCorpus(corpusPath: string): Promise<Corpus> {
  const { root, files } = await listCorpusFiles(corpusPath);
  const base = files.length === 1 && files[0] === root ? path.dirname(root) : root;
  const hash = createHash('sha256');
  const documents: CorpusDocument[] = [];
  const contents = await readInOrder(files);
  for (const [index, file] of files.entries()) {
    const content = contents[index] as PromiseSettledResult<string>;
    if (content.status === 'rejected') {
      throw new CorpusError('corpus-unreadable', `Cannot read ${file}: ${(content.reason as Error).message}`);
    }
    const text = content.value.replace(/\r\n?/g, '\n');
    if (text.trim() === '') continue;
    const relative = path.relative(base, file);
    const document = parseDocument({ id: documentIdFromPath(relative), path: relative, text });
    hash.update(document.id).update('\u0000').update(text).update('\u0000');
    documents.push(document);
  }
  if (documents.length === 0) throw new CorpusError('corpus-empty', `Corpus ${root} holds no text.`);
  return { root, documents, contentHash: hash.digest('hex') };
}
