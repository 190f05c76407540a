import { open, readFile, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** Locks older than this are taken over even if their process seems alive (e.g. a reused pid). */
export const STALE_AFTER_MS = 30 * 60 * 1000;
const POLL_MS = 100;
/** A live process writes its id right after creating the lock; an empty lock this old was left by one killed in between. */
const EMPTY_LOCK_STALE_MS = 10_000;
/** How often a holder touches its lock, so others can tell a live build from one that was killed. */
const HEARTBEAT_MS = 5_000;
/** A lock not touched for this long has no live holder (six missed heartbeats). */
const HEARTBEAT_STALE_MS = 6 * HEARTBEAT_MS;

/** The lock files this module instance (process or worker thread) holds now. */
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
  // Our own id on a lock this instance does not hold: an earlier process with the same id (a
  // restarted container, where the bot is always the same pid), or another container or thread
  // with it right now. Its heartbeat tells them apart: a live holder touches the lock every 5 s.
  if (pid === process.pid) return !heldHere.has(lockFile) && age > HEARTBEAT_STALE_MS;
  return !processIsAlive(pid);
}

/**
 * Runs `work` while holding an exclusive lock file in `directory`, so two processes never
 * build the same index at once. The holder touches the lock every 5 s. A lock left by a dead
 * process is taken over: its process is gone, it carries this process's id and was not touched
 * for 30 s (a restarted container), it is empty and more than 10 s old, or it is older than
 * half an hour.
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
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(lockFile, now, now).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    return await work();
  } finally {
    clearInterval(heartbeat);
    heldHere.delete(lockFile);
    await rm(lockFile, { force: true });
  }
}
