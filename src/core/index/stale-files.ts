import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { processIsAlive, STALE_AFTER_MS } from './build-lock.js';

/** Temporary files of atomic writes and the vector worker: `.<name>.<pid>[.<hex>].tmp`. */
const TEMPORARY_FILE = /^\..+\.(\d+)(?:\.[0-9a-f]+)?\.tmp$/;

/** A temporary file left behind, and why it is known to be stale. */
export interface StaleFile {
  path: string;
  bytes: number;
}

/**
 * Removes temporary files that no running build will finish: a build killed (kill -9, power
 * loss) leaves its scratch vector graph or half-written files behind, and nothing else would
 * ever delete them. Call it holding the build lock, so no other build is writing: then a file
 * is stale when its process is gone, when it carries this process's own id (a previous process
 * that had the same id, as in a restarted container), or when it is older than a stale lock.
 * Looks in the index folder and in its generation folders.
 */
export async function removeStaleTemporaryFiles(
  indexDir: string,
  options: { isAlive?: (pid: number) => boolean; now?: () => number } = {},
): Promise<StaleFile[]> {
  const isAlive = options.isAlive ?? processIsAlive;
  const now = (options.now ?? Date.now)();
  const entries = await readdir(indexDir, { withFileTypes: true }).catch(() => []);
  const folders = [
    indexDir,
    ...entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(indexDir, entry.name)),
  ];
  const removed: StaleFile[] = [];
  for (const folder of folders) {
    const names =
      folder === indexDir ? entries.map((entry) => entry.name) : await readdir(folder).catch(() => []);
    for (const name of names) {
      const pid = Number(TEMPORARY_FILE.exec(name)?.[1]);
      if (!Number.isInteger(pid) || pid <= 0) continue;
      const file = path.join(folder, name);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) continue;
      const stale = pid === process.pid || !isAlive(pid) || now - info.mtimeMs > STALE_AFTER_MS;
      if (!stale) continue;
      await rm(file, { force: true });
      removed.push({ path: file, bytes: info.size });
    }
  }
  return removed;
}
