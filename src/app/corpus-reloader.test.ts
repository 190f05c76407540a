import { once } from 'node:events';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../logging/logger.js';
import type { PollScheduler } from './corpus-poller.js';
import { CorpusReloader } from './corpus-reloader.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * Polls that run only when the test says so: `pollNow()` runs one and waits for it to finish.
 * No timer decides when the corpus is looked at, so the test does not depend on the machine's load.
 */
function manualPolls(): { schedule: PollScheduler; pollNow: () => Promise<void>; polling: () => boolean } {
  let poll: (() => Promise<void>) | undefined;
  return {
    schedule: (run) => {
      poll = run;
      return () => {
        poll = undefined;
      };
    },
    pollNow: async () => {
      if (!poll) throw new Error('the reloader is not polling');
      await poll();
    },
    polling: () => poll !== undefined,
  };
}

/** A corpus folder with one article, and a reloader on it that counts reloads. */
async function watched(options: {
  poll: boolean;
  file?: boolean;
  schedulePolls?: PollScheduler;
}): Promise<{ folder: string; reloader: CorpusReloader; reloads: () => number }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'article-qa-reloader-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(path.join(folder, 'article.txt'), 'First version.');
  let count = 0;
  const reloader = new CorpusReloader({
    corpusPath: options.file ? path.join(folder, 'article.txt') : folder,
    debounceMs: 20,
    poll: options.poll,
    ...(options.schedulePolls ? { schedulePolls: options.schedulePolls } : {}),
    logger: createSilentLogger(),
    reload: async () => {
      count += 1;
      return true;
    },
  });
  cleanups.push(() => reloader.close());
  await reloader.start();
  // start() checks once for changes made before the watcher was ready: count only later reloads.
  const atStart = count;
  return { folder, reloader, reloads: () => count - atStart };
}

describe('CorpusReloader', () => {
  it('checks once at start for changes made since the index was loaded, before returning', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'article-qa-reloader-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    writeFileSync(path.join(folder, 'article.txt'), 'Edited while the bot was connecting.');
    const reloads: boolean[] = [];
    const reloader = new CorpusReloader({
      corpusPath: folder,
      debounceMs: 20,
      logger: createSilentLogger(),
      reload: async () => {
        reloads.push(true);
        return true;
      },
    });
    cleanups.push(() => reloader.close());
    await reloader.start();
    expect(reloads).toEqual([true]);
  });

  it('re-indexes once after a new file in the folder, with file-system events', async () => {
    const { folder, reloader, reloads } = await watched({ poll: false });
    const reloaded = once(reloader, 'reloaded');
    writeFileSync(path.join(folder, 'second.txt'), 'Another article.');
    expect(await reloaded).toEqual([true]);
    expect(reloads()).toBe(1);
  });

  it('re-indexes once after a new file in the folder, with polling (bind mounts without events)', async () => {
    const polls = manualPolls();
    const { folder, reloader, reloads } = await watched({ poll: true, schedulePolls: polls.schedule });
    // Written as soon as start() returns: chokidar's polling missed such a change when its first
    // look at the folder came after it (under load); the poller's first listing is already taken.
    writeFileSync(path.join(folder, 'second.txt'), 'Another article.');
    const reloaded = once(reloader, 'reloaded');
    await polls.pollNow();
    expect(await reloaded).toEqual([true]);
    expect(reloads()).toBe(1);
    await reloader.close();
    expect(polls.polling()).toBe(false);
  });

  it('sees an editor\'s atomic save of a single-file corpus (a copy renamed over it)', async () => {
    const { folder, reloader, reloads } = await watched({ poll: false, file: true });
    const reloaded = once(reloader, 'reloaded');
    writeFileSync(path.join(folder, '.article.txt.swp'), 'Second version.');
    renameSync(path.join(folder, '.article.txt.swp'), path.join(folder, 'article.txt'));
    expect(await reloaded).toEqual([true]);
    expect(reloads()).toBe(1);
  });
});
