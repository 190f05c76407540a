import { open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** Locks older than this are taken over even if their process seems alive (e.g. a reused pid). */
export const STALE_AFTER_MS = 30 * 60 * 1000;
const POLL_MS = 100;
/** A live process writes its id right after creating the lock; an empty lock this old was left by one killed in between. */
const EMPTY_LOCK_STALE_MS = 10_000;

/** The lock files this process holds now: a lock with our own id that is not among them was left by an earlier process. */
const heldHere = new Set<string>();

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
  const age = Date.now() - info.mtimeMs;
  if (age > STALE_AFTER_MS) return true;
  const pid = Number.parseInt(content, 10);
  if (!Number.isInteger(pid) || pid <= 0) return age > EMPTY_LOCK_STALE_MS;
  // Our own id on a lock we do not hold: an earlier process had it. In a container the bot is
  // the same pid after every restart, so a build killed there (OOM, kill -9) would otherwise
  // look alive and hold every later build for half an hour.
  if (pid === process.pid) return !heldHere.has(lockFile);
  return !processIsAlive(pid);
}

/**
 * Runs `work` while holding an exclusive lock file in `directory`, so two processes never
 * build the same index at once. A lock left by a dead process is taken over: its process is
 * gone, it carries this process's id without being held here (a restarted container), it is
 * empty and more than 10 s old, or it is older than half an hour.
 */
export async function withBuildLock<T>(directory: string, work: () => Promise<T>, maxWaitMs = 15 * 60 * 1000): Promise<T> {
  const lockFile = path.join(directory, '.build.lock');
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      heldHere.add(lockFile);
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
    heldHere.delete(lockFile);
    await rm(lockFile, { force: true });
  }
}
