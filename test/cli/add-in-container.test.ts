/**
 * `docker compose exec article-qa article-qa add ./report.pdf`: the file is on the host, not in
 * the container. In the image (which sets ARTICLE_QA_IN_CONTAINER=1) the message says how to
 * copy it in; elsewhere it stays "no such file". Nothing is created in the state folder. A copy
 * the image's user may not read (docker compose cp keeps a 0600 file's mode) says how to fix it.
 */
import { chmodSync, chownSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, UNPRIVILEGED_USER } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

describe('article-qa add of a file that does not exist, or cannot be read', () => {
  const workspace = temporaryWorkspace('article-qa-add-in-container-');
  const stateDir = path.join(workspace.root, 'state');
  const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
  afterAll(() => workspace.cleanup());

  it('in the Docker image, says the file must be inside the container and how to copy it in', async () => {
    const run = await runCli(['add', './report.pdf', ...flags], {
      env: { ARTICLE_QA_STATE_DIR: stateDir, ARTICLE_QA_IN_CONTAINER: '1' },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      './report.pdf: no such file. The file must be inside the container: copy it in from the host with docker compose cp ./report.pdf article-qa:/data/ and add /data/report.pdf.\n',
    );
    expect(existsSync(stateDir)).toBe(false);
  });

  it('elsewhere, says only that there is no such file', async () => {
    const run = await runCli(['add', './report.pdf', ...flags], { env: { ARTICLE_QA_STATE_DIR: stateDir } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('./report.pdf: no such file.\n');
  });

  // Root reads anything: the reading user is `nobody` (runCli switches to it), which needs root.
  it.skipIf(process.getuid?.() !== 0)(
    'in the Docker image, says how to make a copied-in file readable when its mode keeps the CLI out',
    async () => {
      // As on the image's volume: the user's own folder holds the state and the index, and the
      // copied file keeps the host's owner (root here) and mode (0600).
      chmodSync(workspace.root, 0o755);
      const data = path.join(workspace.root, 'data');
      mkdirSync(data);
      chownSync(data, UNPRIVILEGED_USER.uid, UNPRIVILEGED_USER.gid);
      const copied = path.join(data, 'report.txt');
      writeFileSync(copied, 'Harbour news\n\nThe harbour reopened on Monday.\n');
      chmodSync(copied, 0o600);
      const dataState = path.join(data, 'state');
      const run = await runCli(['add', copied, '--corpus', workspace.corpusDir, '--index-dir', path.join(data, 'index')], {
        user: UNPRIVILEGED_USER,
        env: { ARTICLE_QA_STATE_DIR: dataState, ARTICLE_QA_IN_CONTAINER: '1' },
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `${copied}: cannot be read (EACCES). article-qa runs as uid 1000 in the container, and docker compose cp keeps a file's owner and mode: ` +
          'make the file readable by others on the host (chmod a+r report.txt), then copy it in again.\n',
      );
      expect(existsSync(dataState)).toBe(false);
    },
  );
});
