import { open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** Locks older than this are taken over even if their process seems alive (e.g. a reused pid). */
export const STALE_AFTER_MS = 30 * 60 * 1000;
const POLL_MS = 100;

/** Whether a process with this id exists (one we may not signal counts as alive). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function lockIsStale(lockFile: string): Promise<boolean> {
  const [content, info] = await Promise.all([
    readFile(lockFile, 'utf8').catch(() => ''),
    stat(lockFile).catch(() => undefined),
  ]);
  if (!info) return false;
  const pid = Number.parseInt(content, 10);
  if (Date.now() - info.mtimeMs > STALE_AFTER_MS) return true;
  return Number.isInteger(pid) && pid > 0 && !processIsAlive(pid);
}

/**
 * Runs `work` while holding an exclusive lock file in `directory`, so two processes never
 * build the same index at once. A lock left by a dead process is taken over.
 */
export async function withBuildLock<T>(directory: string, work: () => Promise<T>, maxWaitMs = 15 * 60 * 1000): Promise<T> {
  const lockFile = path.join(directory, '.build.lock');
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await lockIsStale(lockFile)) {
        await rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the index build lock ${lockFile}`);
      // Another process is building; its result will be reused once it finishes.
      await delay(POLL_MS);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}
