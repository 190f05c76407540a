import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { CorpusError } from '../errors.js';
import { SUPPORTED_EXTENSIONS } from '../ingest/extract-document.js';
import { ExtractionError, type SkippedInput } from '../ingest/types.js';

/** Largest corpus file read by default: a 50 MB one-line file must index; a video must not be read. */
export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

/** A file of the corpus that will be read. */
export interface CorpusFile {
  /** Absolute path (through any symbolic links, as listed). */
  path: string;
  /** Path relative to the corpus root, for display and document ids. */
  relative: string;
  size: number;
  mtimeMs: number;
  /**
   * When the file's content or metadata last changed (its inode's ctime). Unlike the modification
   * time, no tool can set it back: `cp -p`, `rsync -a`, `tar x` and `touch -r` keep a file's size
   * and mtime after changing what it holds, never its ctime.
   */
  ctimeMs: number;
}

/** What a corpus path stands for: the files to read, and what was skipped and why. */
export interface CorpusListing {
  /** The corpus path as given, resolved. */
  root: string;
  files: CorpusFile[];
  skipped: SkippedInput[];
}

/** Options of {@link listCorpusFiles}. */
export interface ListOptions {
  maxFileBytes?: number;
}

function describeSpecial(info: Stats): string | undefined {
  if (info.isFIFO()) return 'a FIFO (named pipe), not a regular file';
  if (info.isSocket()) return 'a socket, not a regular file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device, not a regular file';
  return undefined;
}

const identity = (info: Stats): string => `${info.dev}:${info.ino}`;

/** Entries whose `stat` is asked for at once: one after another, a folder of thousands of files took a round trip each. */
const STAT_CONCURRENCY = 64;

/** `stat` of every path (following symbolic links, as `lstat` would not), or the error it gave, in order. */
async function statAll(paths: readonly string[]): Promise<Array<Stats | NodeJS.ErrnoException>> {
  const results: Array<Stats | NodeJS.ErrnoException> = [];
  for (let start = 0; start < paths.length; start += STAT_CONCURRENCY) {
    const batch = paths.slice(start, start + STAT_CONCURRENCY);
    results.push(
      ...(await Promise.all(
        batch.map((file) =>
          stat(file).catch((error: unknown) => (error instanceof Error ? (error as NodeJS.ErrnoException) : new Error(String(error)))),
        ),
      )),
    );
  }
  return results;
}

/**
 * Walks a corpus directory, following symbolic links to files and folders. Loops are cut: a
 * folder is read once however many links lead to it, and a file reached twice is reported as a
 * duplicate. FIFOs, sockets and devices are reported, never opened. Hidden entries (".git",
 * ".DS_Store") are not part of the corpus.
 */
class CorpusWalker {
  readonly files: CorpusFile[] = [];
  readonly skipped: SkippedInput[] = [];
  private readonly seenDirectories = new Set<string>();
  private readonly seenFiles = new Map<string, string>();

  constructor(
    private readonly root: string,
    private readonly maxFileBytes: number,
  ) {}

  private skip(file: string, reason: SkippedInput['reason'], detail: string): void {
    this.skipped.push({ path: path.relative(this.root, file) || path.basename(file), reason, detail });
  }

  async directory(directory: string, info: Stats): Promise<void> {
    this.seenDirectories.add(identity(info));
    const entries = await readdir(directory, { withFileTypes: true });
    const names = entries
      .map((entry) => entry.name)
      .filter((name) => !name.startsWith('.'))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const paths = names.map((name) => path.join(directory, name));
    // Every entry is looked at at once, then taken in name order, so the listing (and which of
    // two links to one file counts as the duplicate) is the same as one stat after another.
    const targets = await statAll(paths);
    for (const [position, full] of paths.entries()) {
      const target = targets[position] as Stats | NodeJS.ErrnoException;
      if (target instanceof Error) {
        const code = target.code;
        const detail =
          code === 'ELOOP' ? 'a symbolic link that loops back on itself' : code === 'ENOENT' ? 'a broken symbolic link (its target does not exist)' : `cannot be read (${code ?? target.message})`;
        this.skip(full, 'unreadable', detail);
        continue;
      }
      if (target.isDirectory()) {
        if (this.seenDirectories.has(identity(target))) {
          this.skip(full, 'duplicate', 'a link to a folder already read (a loop), read once');
          continue;
        }
        await this.directory(full, target).catch((error: NodeJS.ErrnoException) =>
          this.skip(full, 'unreadable', `a folder that cannot be read (${error.code ?? error.message})`),
        );
      } else {
        this.file(full, target);
      }
    }
  }

  file(file: string, info: Stats): void {
    const special = describeSpecial(info);
    if (special) return this.skip(file, 'unsupported type', special);
    const extension = path.extname(file).toLowerCase();
    if (extension !== '' && !SUPPORTED_EXTENSIONS.includes(extension)) {
      return this.skip(file, 'unsupported type', `${extension} files are not read (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`);
    }
    const relative = path.relative(this.root, file) || path.basename(file);
    const first = this.seenFiles.get(identity(info));
    if (first !== undefined) return this.skip(file, 'duplicate', `the same file as ${first}, read once`);
    this.seenFiles.set(identity(info), relative);
    if (info.size > this.maxFileBytes) {
      return this.skip(file, 'too large', `${megabytes(info.size)} MB, over the ${megabytes(this.maxFileBytes)} MB limit`);
    }
    this.files.push({ path: file, relative, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs });
  }
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);

/** Lists the files a corpus path stands for (one file, or every file under a directory), and what is skipped. */
export async function listCorpusFiles(corpusPath: string, options: ListOptions = {}): Promise<CorpusListing> {
  const root = path.resolve(corpusPath);
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new CorpusError('corpus-missing', `Corpus not found: ${root} does not exist.`);
  const walker = new CorpusWalker(info.isDirectory() ? root : path.dirname(root), options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (info.isDirectory()) {
    await walker.directory(root, info).catch((error: NodeJS.ErrnoException) => {
      // The corpus folder itself cannot be read: a setting to fix, not a bug. Anything else is rethrown.
      if (error.code !== 'EACCES' && error.code !== 'EPERM' && error.code !== 'ENOTDIR') throw error;
      const hint = error.code === 'ENOTDIR' ? '' : ` Make it readable by the user the bot runs as (e.g. chmod -R a+rX ${root}).`;
      throw new CorpusError('corpus-unreadable', `Cannot read the corpus folder ${root} (${error.code}).${hint}`);
    });
  }
  else if (info.isFile()) walker.file(root, info);
  else throw new CorpusError('corpus-invalid', `Corpus ${root} is neither a file nor a directory (${describeSpecial(info) ?? 'unknown type'}).`);
  return { root, files: walker.files, skipped: walker.skipped };
}

/**
 * Reads a regular file whole. Opened non-blocking, so a file swapped for a FIFO after listing
 * cannot hang the read, and checked again once open (type and size).
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    const special = describeSpecial(info);
    if (special || !info.isFile()) throw new ExtractionError('unsupported type', special ?? 'not a regular file');
    if (info.size > maxBytes) throw new ExtractionError('too large', `${megabytes(info.size)} MB, over the ${megabytes(maxBytes)} MB limit`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
