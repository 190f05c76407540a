/**
 * The real CLI run with another state folder (ARTICLE_QA_STATE_DIR) than the one whose added
 * articles the index answers from, such as the bot's: before, it quietly rebuilt the shared
 * index without them (logged at info only), and the bot lost them from its next update on.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

const workspace = temporaryWorkspace('article-qa-shared-index-');
// As the index records a state folder: through symbolic links (macOS's /var is /private/var).
const root = realpathSync(workspace.root);
const botState = path.join(root, 'bot-state');
const otherState = path.join(root, 'elsewhere');
const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
const story = workspace.write(
  'harbour.txt',
  'Harbour reopens\n\nThe harbour of Lisbon reopened on Tuesday after a storm closed it for three days. The mayor said ships could dock again.\n',
);
const QUESTION = 'When did the harbour of Lisbon reopen?';

interface Manifest {
  generation: string;
  articleSource?: string;
  articles: Array<{ docId: string }>;
}
const manifest = (): Manifest => JSON.parse(readFileSync(path.join(workspace.indexDir, 'manifest.json'), 'utf8')) as Manifest;
const cli = (args: string[], stateDir: string) => runCli([...args, ...flags], { env: { ARTICLE_QA_STATE_DIR: stateDir } });

let docId = '';
beforeAll(async () => {
  const added = await cli(['add', story, '--json'], botState);
  expect(added.code).toBe(0);
  docId = (JSON.parse(added.stdout) as { docId: string }).docId;
});
afterAll(() => workspace.cleanup());

describe('a CLI run with another state folder than the index was built from', () => {
  it('refuses to rebuild the index without the added articles, names the folder that holds them and how to point at it', async () => {
    const before = manifest();
    expect(before).toMatchObject({ articleSource: botState, articles: [{ docId }] });

    const run = await cli(['ask', QUESTION], otherState);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `The index in ${workspace.indexDir} answers from the added articles of the state folder ${botState}, but this command uses the state folder ${otherState}: ` +
        `going on would change what the bot answers: the index would lose 1 added article (${docId}). ` +
        `Run this command with ARTICLE_QA_STATE_DIR=${botState} (the bot's state folder), or give it an index folder of its own with --index-dir; ` +
        `if ${otherState} is the right state folder now, rebuild the index from it with article-qa index --force.`,
    );
    expect(manifest()).toEqual(before);
  });

  it('refuses to add an article there too, and keeps nothing of it', async () => {
    const before = manifest();
    const run = await cli(['add', story], otherState);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^The index in .* answers from the added articles of the state folder .*bot-state/);
    expect(manifest()).toEqual(before);
    const listed = await cli(['list', '--json'], botState);
    expect((JSON.parse(listed.stdout) as { articles: Array<{ docId: string }> }).articles.map((item) => item.docId)).toContain(docId);
  });

  it('still answers from the added article with the state folder the index was built from', async () => {
    const run = await cli(['ask', QUESTION, '--json'], botState);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as { abstained: boolean; citations: Array<{ docId: string }> };
    expect(answer.abstained).toBe(false);
    expect(answer.citations.map((citation) => citation.docId)).toContain(docId);
  });

  it('rebuilds from the other folder on index --force, saying on stderr what the index loses', async () => {
    const run = await cli(['index', '--force'], otherState);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `rebuilding the index from the state folder ${otherState} (it was built from the state folder ${botState}): it will lose 1 added article (${docId})`,
    );
    expect(manifest()).toMatchObject({ articleSource: otherState, articles: [] });
  });
});
