import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

const HARBOUR =
  'The harbour of Lumen reopened on Monday after three weeks of repairs to the north pier. The mayor, Ada Quill, said ships would return by Friday.';

/**
 * `add` and `remove` with a state folder that is wrong (mistyped, or a folder of something else).
 * Before, `add` created the folder and an empty state file even when it failed.
 */
describe('add and remove with a wrong state folder (real CLI)', () => {
  const workspace = temporaryWorkspace('article-qa-state-folder-');
  const article = workspace.write('harbour.txt', HARBOUR);
  const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
  const cli = (args: string[], stateDir: string) => runCli([...args, ...flags], { env: { ARTICLE_QA_STATE_DIR: stateDir } });
  afterAll(() => workspace.cleanup());

  it('leaves no folder or state file behind when add fails', async () => {
    const typo = path.join(workspace.root, 'sate', 'state');
    const run = await cli(['add', path.join(workspace.root, 'missing.txt')], typo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.txt: no such file/);
    expect(existsSync(path.join(workspace.root, 'sate'))).toBe(false);
  });

  it('refuses a folder of other files that holds no state file, for add and remove, and changes nothing', async () => {
    const foreign = path.join(workspace.root, 'articles');
    mkdirSync(foreign);
    workspace.write('articles/notes.md', '# Notes');
    for (const args of [['add', article], ['remove', 'harbour-3f9a1c']]) {
      const run = await cli(args, foreign);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/articles does not look like an article-qa state folder: it holds other files \(notes\.md\) but no bot-state\.sqlite/);
      expect(readdirSync(foreign)).toEqual(['notes.md']);
    }
  });

  it('creates a new state folder when an article is stored, and says where', async () => {
    const fresh = path.join(workspace.root, 'state');
    const run = await cli(['add', article, '--json'], fresh);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `Created the state folder ${fresh} for added articles: the bot answers from them only if its state folder (ARTICLE_QA_STATE_DIR) is this one too.\n`,
    );
    const again = await cli(['list'], fresh);
    expect(again.stdout).toMatch(/harbour/);
    const second = await cli(['add', workspace.write('other.txt', 'The ferry to Lumen will run twice a day from June, the harbour office said on Monday morning.')], fresh);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
  });
});
