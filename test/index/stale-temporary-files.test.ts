/**
 * A build killed with kill -9 during its vector phase leaves `.vectors.hnsw.<pid>….tmp` behind.
 * The next build (the real CLI) removes what dead processes left, and nothing a live one owns.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

const workspace = temporaryWorkspace('article-qa-stale-');
afterAll(() => workspace.cleanup());

describe('stale temporary files in the index folder', () => {
  it('are removed at the start of the next build when their process is gone', async () => {
    const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
    expect((await runCli(['index', ...flags])).code).toBe(0);
    // A process that has exited, and one that is running.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const deadScratch = path.join(workspace.indexDir, `.vectors.hnsw.${dead}.5ca1ab1e.tmp`);
      const liveScratch = path.join(workspace.indexDir, `.vectors.hnsw.${live.pid}.5ca1ab1e.tmp`);
      writeFileSync(deadScratch, Buffer.alloc(4 * 1024 * 1024));
      writeFileSync(liveScratch, '');

      const run = await runCli(['index', '--force', ...flags], {
        env: { LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
      });
      expect(run.code).toBe(0);
      expect(existsSync(deadScratch)).toBe(false);
      expect(existsSync(liveScratch)).toBe(true);
      const line = run.stderr
        .split('\n')
        .find((text) => text.includes('removed temporary files left by an interrupted build'));
      expect(JSON.parse(line ?? '{}')).toMatchObject({
        files: [path.basename(deadScratch)],
        bytes: 4 * 1024 * 1024,
      });
    } finally {
      live.kill('SIGKILL');
      await once(live, 'exit');
    }
  });
});
