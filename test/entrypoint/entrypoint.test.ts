/**
 * The image's entrypoint (docker/entrypoint.sh), run outside Docker with a stand-in `article-qa`
 * on the PATH that prints what it was given: which commands it hands to the command line. The
 * real image is checked by test/docker/. Before, `docker run IMAGE list` (the README's
 * `article-qa` image name, then a command) failed with "exec: list: not found", exit 127.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/temporary-corpus.js';

const ENTRYPOINT = path.join(PROJECT_ROOT, 'docker', 'entrypoint.sh');

describe('docker/entrypoint.sh', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'article-qa-entrypoint-'));
  const bin = path.join(root, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'article-qa'), '#!/bin/sh\necho "article-qa $*"\n');
  chmodSync(path.join(bin, 'article-qa'), 0o755);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const runWith = (stateDir: string, args: string[]) => {
    const result = spawnSync('sh', [ENTRYPOINT, ...args], {
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
        ARTICLE_QA_INDEX_DIR: path.join(root, 'data', 'index'),
        ARTICLE_QA_STATE_DIR: stateDir,
        EMBEDDING_CACHE_DIR: path.join(root, 'data', 'cache'),
      },
    });
    return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
  };
  const run = (...args: string[]) => runWith(path.join(root, 'data', 'state'), args);

  it('hands a command of the CLI to article-qa: docker run IMAGE list, ask "…"', () => {
    expect(run('list', '--json')).toEqual({ code: 0, stdout: 'article-qa list --json', stderr: '' });
    expect(run('ask', 'Who led the US delegation?').stdout).toBe('article-qa ask Who led the US delegation?');
    expect(run('help').stdout).toBe('article-qa help');
  });

  it('runs help and the version without preparing the volume, so they work whatever state it is in', () => {
    // A state folder that cannot be made (a file stands where its parent should be).
    writeFileSync(path.join(root, 'not-a-folder'), '');
    const unusable = path.join(root, 'not-a-folder', 'state');
    expect(runWith(unusable, ['list'])).toMatchObject({ code: 1, stdout: '' });
    expect(runWith(unusable, ['list']).stderr).toMatch(/^article-qa entrypoint: .* is not writable/);
    for (const args of [
      ['--help'],
      ['--version'],
      ['help'],
      ['list', '--help'],
      ['article-qa', 'ask', '-h'],
    ]) {
      expect(runWith(unusable, args)).toEqual({
        code: 0,
        stdout: `article-qa ${args.filter((arg) => arg !== 'article-qa').join(' ')}`,
        stderr: '',
      });
    }
  });

  it('hands an option alone to article-qa, and runs a program as it is', () => {
    expect(run('--help').stdout).toBe('article-qa --help');
    expect(run('article-qa', 'list').stdout).toBe('article-qa list');
    expect(run('echo', 'as it is')).toEqual({ code: 0, stdout: 'as it is', stderr: '' });
  });
});
