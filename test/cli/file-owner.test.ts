/**
 * The real CLI, run as another user than the one that owns its state or index files (after a
 * `sudo article-qa …`, or as the admin instead of the bot's user). Before, the message said only
 * "permission denied … Choose a folder this user can write to", when the fix is a chown or
 * running as the bot's user; a state folder owned by another user even reported an incident.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, UNPRIVILEGED_USER } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

// Files owned by one user and a CLI run by another need root here (runCli switches to `nobody`).
const isRoot = process.getuid?.() === 0;
const { uid } = UNPRIVILEGED_USER;
/** "this user (nobody, uid 65534)", whatever the system calls uid 65534. */
const NOBODY = `this user \\((?:\\S+, )?uid ${uid}\\)`;

describe.skipIf(!isRoot)('files owned by another user (needs root, to run the CLI as nobody)', () => {
  const workspace = temporaryWorkspace('article-qa-file-owner-');
  const story = workspace.write(
    'harbour.txt',
    'Harbour reopens\n\nThe harbour of Lisbon reopened on Tuesday after a storm closed it for three days.\n',
  );
  const noState = path.join(workspace.root, 'no-state');
  /** A folder of nobody's, with `mode`. */
  const nobodysFolder = (name: string, mode = 0o700): string => {
    const folder = path.join(workspace.root, name);
    mkdirSync(folder);
    chownSync(folder, uid, UNPRIVILEGED_USER.gid);
    chmodSync(folder, mode);
    return folder;
  };
  const asNobody = (args: string[], stateDir: string, indexDir: string) =>
    runCli([...args, '--corpus', workspace.corpusDir, '--index-dir', indexDir], {
      user: UNPRIVILEGED_USER,
      env: { ARTICLE_QA_STATE_DIR: stateDir },
    });

  beforeAll(() => chmodSync(workspace.root, 0o755));
  afterAll(() => workspace.cleanup());

  it('a state file left by sudo article-qa add: names root as its owner and the chown that fixes it', async () => {
    const state = nobodysFolder('bot-state');
    const index = nobodysFolder('bot-index');
    // What `sudo article-qa add` leaves in the bot's folders: files of root's.
    expect(
      (
        await runCli(['add', story, '--corpus', workspace.corpusDir, '--index-dir', index], {
          env: { ARTICLE_QA_STATE_DIR: state },
        })
      ).code,
    ).toBe(0);
    // Only the state file is left as root's here: the index is given back, to test one thing.
    execFileSync('chown', ['-R', `${uid}:${UNPRIVILEGED_USER.gid}`, index]);

    const run = await asNobody(['list'], state, index);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(
      new RegExp(
        `^Cannot use ${state} as the state folder \\(stateDir, ARTICLE_QA_STATE_DIR\\): permission denied \\(at ${state}/bot-state\\.sqlite\\)\\. ` +
          `${state}/bot-state\\.sqlite belongs to root \\(uid 0\\), not to ${NOBODY}, as when article-qa was run with sudo\\. ` +
          `Run article-qa as the user the bot runs as, or, if that is this user, give it the folder: sudo chown -R \\S+ ${state}$`,
      ),
    );
    // The advice works: given the folder, the same command lists the article.
    chownSync(path.join(state, 'bot-state.sqlite'), uid, UNPRIVILEGED_USER.gid);
    const fixed = await asNobody(['list', '--json'], state, index);
    expect(fixed.stderr).toBe('');
    expect(fixed.stdout).toContain('"title":"Harbour reopens"');
  });

  it('a state folder of root’s holding this user’s state file: the owner and the fix, not an incident', async () => {
    const state = path.join(workspace.root, 'root-state');
    mkdirSync(state, { mode: 0o755 });
    expect(
      (
        await runCli(['add', story, '--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir], {
          env: { ARTICLE_QA_STATE_DIR: state },
        })
      ).code,
    ).toBe(0);
    // Another file in the folder: article-qa leaves the folder's mode alone. The folder is found
    // unwritable before anything is opened or changed (SQLite was the one refused before).
    writeFileSync(path.join(state, 'notes.txt'), 'kept by the admin\n');
    chmodSync(state, 0o755);
    chownSync(path.join(state, 'bot-state.sqlite'), uid, UNPRIVILEGED_USER.gid);

    // A command that writes (one that only reads answers: see read-only-state.test.ts).
    const run = await asNobody(['add', story], state, nobodysFolder('index-of-nobody'));
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/incident|went wrong/);
    expect(run.stderr.trim()).toMatch(
      new RegExp(
        `^Cannot use ${state} as the state folder .*: permission denied\\. ` +
          `${state} belongs to root \\(uid 0\\), not to ${NOBODY}, as when article-qa was run with sudo\\. .*sudo chown -R \\S+ ${state}$`,
      ),
    );
  });

  it('an index folder left by sudo article-qa index: names root as its owner and the chown', async () => {
    const index = path.join(workspace.root, 'root-index');
    expect(
      (
        await runCli(['index', '--corpus', workspace.corpusDir, '--index-dir', index], {
          env: { ARTICLE_QA_STATE_DIR: noState },
        })
      ).code,
    ).toBe(0);
    const run = await asNobody(['index', '--force'], noState, index);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(
      new RegExp(
        `^Cannot use ${index} as the index folder .*: permission denied.* ${index} belongs to root \\(uid 0\\), not to ${NOBODY}, .*: sudo chown -R \\S+ ${index}$`,
      ),
    );
  });

  it("this user's own folder whose mode leaves it out: says so and gives the chmod, no chown", async () => {
    const folder = nobodysFolder('read-only-folder', 0o500);
    const run = await asNobody(['index'], noState, path.join(folder, 'index'));
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(
      new RegExp(
        `permission denied.*\\. ${folder} belongs to this user, but its mode \\(0500\\) does not let it write there: chmod u\\+rwx ${folder}$`,
      ),
    );
    expect(run.stderr).not.toMatch(/chown/);
  });
});
