/**
 * `docker compose exec article-qa article-qa add ./report.pdf`: the file is on the host, not in
 * the container. In the image (which sets ARTICLE_QA_IN_CONTAINER=1) the message says how to
 * copy it in; elsewhere it stays "no such file". Nothing is created in the state folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

describe('article-qa add of a file that does not exist', () => {
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
});
