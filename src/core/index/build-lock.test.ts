import { mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withBuildLock } from './build-lock.js';

const directories: string[] = [];
function folder(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'article-qa-lock-'));
  directories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A lock as another process left it: its content, and how many seconds ago it was written. */
function leaveLock(directory: string, content: string, secondsAgo = 0): string {
  const lockFile = path.join(directory, '.build.lock');
  writeFileSync(lockFile, content);
  const time = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(lockFile, time, time);
  return lockFile;
}

describe('withBuildLock', () => {
  it('takes over a lock with this process id, not held here and not touched for 30 s (a restarted container)', async () => {
    const directory = folder();
    const lockFile = leaveLock(directory, `${process.pid}\n`, 45);
    // Bounded: a lock wrongly taken for alive would time out here instead of hanging the test.
    await expect(withBuildLock(directory, async () => existsSync(lockFile), 2000)).resolves.toBe(true);
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over an empty lock left by a process killed before it wrote its id, once it is not fresh', async () => {
    const directory = folder();
    leaveLock(directory, '', 60);
    await expect(withBuildLock(directory, async () => 'built', 2000)).resolves.toBe('built');
  });

  it('does not take over a lock this process holds: a second build in the same process waits', async () => {
    const directory = folder();
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const first = withBuildLock(directory, async () => {
      started();
      await new Promise<void>((resolve) => (release = resolve));
      return 'first';
    });
    await running;
    // The lock carries this process's id and is held here: a second build must wait, not run.
    await expect(withBuildLock(directory, async () => 'second', 300)).rejects.toThrow(/timed out waiting/);
    release();
    await expect(first).resolves.toBe('first');
    await expect(withBuildLock(directory, async () => 'after', 300)).resolves.toBe('after');
  });

  it('waits for a fresh lock with this process id held elsewhere (another container or thread with the same pid)', async () => {
    const directory = folder();
    leaveLock(directory, `${process.pid}\n`, 2);
    await expect(withBuildLock(directory, async () => 'built', 300)).rejects.toThrow(/timed out waiting for the index build lock/);
  });

  it('waits for a lock held by another live process, up to its limit', async () => {
    const directory = folder();
    // pid 1 (init) is alive in every container and machine.
    leaveLock(directory, '1\n');
    await expect(withBuildLock(directory, async () => 'built', 300)).rejects.toThrow(/timed out waiting for the index build lock/);
  });
});
