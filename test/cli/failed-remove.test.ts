/**
 * `remove` whose index update fails. Before, it exited 2 but the article had left the state file
 * all the same: the next command's rebuild dropped it, though the admin was told it failed.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

const workspace = temporaryWorkspace('article-qa-failed-remove-');
const env = { ARTICLE_QA_STATE_DIR: path.join(workspace.root, 'state') };
const cli = (args: string[], corpus = workspace.corpusDir) =>
  runCli([...args, '--corpus', corpus, '--index-dir', workspace.indexDir], { env });
afterAll(() => workspace.cleanup());

describe('remove when the index cannot be updated (real CLI)', () => {
  it('keeps the article, so the failure changed nothing', async () => {
    const story = workspace.write('harbour.txt', 'Harbour reopens\n\nThe harbour of Lumen reopened on Monday after three weeks of repairs to the north pier.\n');
    const added = await cli(['add', story, '--json']);
    expect(added.code).toBe(0);
    const { docId } = JSON.parse(added.stdout) as { docId: string };

    const failed = await cli(['remove', docId], path.join(workspace.root, 'moved-corpus'));
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/Corpus not found/);

    const listed = await cli(['list', '--json']);
    const ids = (JSON.parse(listed.stdout) as { articles: Array<{ docId: string }> }).articles.map((item) => item.docId);
    expect(ids).toContain(docId);
    const removed = await cli(['remove', docId]);
    expect(removed.code).toBe(0);
  });
});
