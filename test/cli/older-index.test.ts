/**
 * The real CLI on an index an earlier article-qa built, whose manifest does not record the state
 * folder (`articleSource`). Before, `remove` of the last added article took the admin's own
 * folder for another one: it failed after the article had left the state file, and every later
 * command failed the same way until `index --force`.
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

const workspace = temporaryWorkspace('article-qa-older-index-cli-');
const stateDir = path.join(realpathSync(workspace.root), 'state');
const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
const cli = (args: string[]) => runCli([...args, ...flags], { env: { ARTICLE_QA_STATE_DIR: stateDir } });
const manifestFile = path.join(workspace.indexDir, 'manifest.json');
const manifest = (): Record<string, unknown> => JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;

afterAll(() => workspace.cleanup());

describe('an index from before the state folder was recorded (real CLI)', () => {
  it('removes the last added article, records the folder, and the next command answers', async () => {
    const story = workspace.write('harbour.txt', 'Harbour reopens\n\nThe harbour of Lumen reopened on Monday after three weeks of repairs to the north pier.\n');
    const added = await cli(['add', story, '--json']);
    expect(added.code).toBe(0);
    const { docId } = JSON.parse(added.stdout) as { docId: string };
    const { articleSource: _recorded, ...older } = manifest();
    writeFileSync(manifestFile, JSON.stringify(older));

    const removed = await cli(['remove', docId]);
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
    expect(manifest()).toMatchObject({ articleSource: stateDir, articles: [] });
    const listed = await cli(['list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).not.toContain(docId);
  });
});
