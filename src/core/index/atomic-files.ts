import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** A unique temporary name beside the target, so the final rename stays on one file system. */
export function temporaryPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a file so readers see either the old content or the new, never a torn write: `fill`
 * writes a temporary file, which is flushed to disk and then renamed over the target.
 */
async function writeAtomically<T>(target: string, fill: (handle: FileHandle) => Promise<T>): Promise<T> {
  const temporary = temporaryPath(target);
  const handle = await open(temporary, 'w');
  try {
    let result: T;
    try {
      result = await fill(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    return result;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes a whole file atomically (see {@link writeAtomically}). */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeAtomically(target, (handle) => handle.writeFile(data));
}

/** Text buffered before each write while streaming JSON. */
const JSON_CHUNK_CHARS = 1 << 20;

/**
 * Writes `JSON.stringify([...items])` atomically, item by item, hashing as it goes: the passages
 * and documents of a 100k-passage corpus never exist as one 50 MB string and its buffer copy.
 */
export async function writeJsonArrayAtomic(target: string, items: Iterable<unknown>): Promise<{ sha256: string; bytes: number }> {
  return writeAtomically(target, async (handle) => {
    const hash = createHash('sha256');
    let bytes = 0;
    let pending = '[';
    const flush = async (): Promise<void> => {
      const data = Buffer.from(pending);
      pending = '';
      hash.update(data);
      bytes += data.length;
      await handle.writeFile(data);
    };
    let first = true;
    for (const item of items) {
      pending += (first ? '' : ',') + JSON.stringify(item);
      first = false;
      if (pending.length >= JSON_CHUNK_CHARS) await flush();
    }
    pending += ']';
    await flush();
    return { sha256: hash.digest('hex'), bytes };
  });
}

/** sha256 of a buffer, hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** sha256 and size of a file, read in chunks: the vector graph of a large corpus is tens of megabytes. */
export async function sha256File(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
