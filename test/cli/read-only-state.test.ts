/**
 * Commands that only read (`ask`, `list`) with a state folder this user may not write: the
 * bot's, seen by the admin as another user, or one made read-only. Before, they failed as the
 * writing commands do ("permission denied", "its folder cannot be written"); `add` still must.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, UNPRIVILEGED_USER } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

// Root writes anywhere: the reading user is `nobody` (runCli switches to it), which needs root.
const isRoot = process.getuid?.() === 0;
const { uid, gid } = UNPRIVILEGED_USER;
const QUESTION = 'When did the harbour of Lumen reopen?';

describe.skipIf(!isRoot)('a state folder this user may not write (needs root, to run the CLI as nobody)', () => {
  const workspace = temporaryWorkspace('article-qa-read-only-state-');
  const story = workspace.write(
    'harbour.txt',
    'Harbour reopens\n\nThe harbour of Lumen reopened on Monday after three weeks of repairs to the north pier.\n',
  );
  const other = workspace.write('ferry.txt', 'Ferry news\n\nThe ferry to Lumen will run twice a day from June, the harbour office said.\n');
  const state = path.join(workspace.root, 'state');
  const asNobody = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    runCli([...args, '--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir], {
      user: UNPRIVILEGED_USER,
      env: { ARTICLE_QA_STATE_DIR: state, ...env },
    });
  const mode = (file: string): number => statSync(file).mode & 0o777;

  beforeAll(async () => {
    chmodSync(workspace.root, 0o755);
    const added = await runCli(['add', story, '--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir], {
      env: { ARTICLE_QA_STATE_DIR: state },
    });
    expect(added.code).toBe(0);
    // The index is nobody's to read and keep: only the state folder is in question here.
    execFileSync('chown', ['-R', `${uid}:${gid}`, workspace.indexDir]);
  });
  afterAll(() => workspace.cleanup());

  const readsTheArticle = async (): Promise<void> => {
    const listed = await asNobody(['list', '--json']);
    expect(listed.stderr).toBe('');
    expect(listed.stdout).toContain('"title":"Harbour reopens"');
    const asked = await asNobody(['ask', QUESTION, '--json']);
    expect(asked.stderr).toBe('');
    expect((JSON.parse(asked.stdout) as { answer: string }).answer).toContain('reopened on Monday');
  };

  it("the bot's folder, read by another user: ask and list answer from its articles; add names the owner and the fix", async () => {
    chmodSync(state, 0o755);
    chmodSync(path.join(state, 'bot-state.sqlite'), 0o644);
    await readsTheArticle();
    // Nothing of nobody's was left in the bot's folder (SQLite's -shm and -wal files).
    expect(readdirSync(state)).toEqual(['bot-state.sqlite']);

    const add = await asNobody(['add', other]);
    expect(add.code).toBe(2);
    expect(add.stderr.trim()).toMatch(
      new RegExp(`^Cannot use ${state} as the state folder \\(stateDir, ARTICLE_QA_STATE_DIR\\): permission denied\\. ${state} belongs to root \\(uid 0\\)`),
    );
  });

  it("this user's own folder made read-only with one chmod -R a-w: ask and list work and leave it so; add gives the one chmod that undoes it", async () => {
    execFileSync('chown', ['-R', `${uid}:${gid}`, state]);
    chmodSync(state, 0o755);
    chmodSync(path.join(state, 'bot-state.sqlite'), 0o644);
    execFileSync('chmod', ['-R', 'a-w', state]);
    await readsTheArticle();
    // Before, a reading command made it 0700/0600 again, writable.
    expect([mode(state), mode(path.join(state, 'bot-state.sqlite'))]).toEqual([0o555, 0o444]);
    expect(readdirSync(state)).toEqual(['bot-state.sqlite']);

    const add = await asNobody(['add', other]);
    expect(add.code).toBe(2);
    expect(add.stderr).not.toMatch(/incident|went wrong/);
    // One message, one command: before, it gave `chmod u+rw` of the file, and the next add then
    // `chmod u+rwx` of the folder.
    expect(add.stderr.trim()).toMatch(
      new RegExp(`^Cannot use ${state} as the state folder .*: permission denied\\. ${state} belongs to this user but is read-only \\(mode 0555\\)\\. To let article-qa write there: chmod -R u\\+rwX ${state}$`),
    );
    // The refused add changed nothing: before, it tightened the modes (0555 → 0500, 0444 → 0400) first.
    expect([mode(state), mode(path.join(state, 'bot-state.sqlite'))]).toEqual([0o555, 0o444]);
    const fix = /chmod -R u\+rwX \S+$/.exec(add.stderr.trim())?.[0].split(' ') ?? [];
    execFileSync(fix[0] ?? 'false', fix.slice(1), { uid, gid });
    expect((await asNobody(['add', other])).code).toBe(0);
  });

  it("this user's own folder made read-only (0555) over a writable file: a refused add says so and changes no mode", async () => {
    chmodSync(path.join(state, 'bot-state.sqlite'), 0o644);
    chmodSync(state, 0o555);
    const third = workspace.write('market.txt', 'Market day\n\nThe Lumen market moves to the quay on Saturdays from May.\n');
    const add = await asNobody(['add', third]);
    expect(add.code).toBe(2);
    expect(add.stderr.trim()).toMatch(new RegExp(`^Cannot use ${state} as the state folder .*: permission denied\\. .*chmod`));
    // Before, the folder was tightened to 0500 (and the file to 0600) before the add failed.
    expect([mode(state), mode(path.join(state, 'bot-state.sqlite'))]).toEqual([0o555, 0o644]);
    expect(readdirSync(state)).toEqual(['bot-state.sqlite']);
  });

  it('a read-only folder restored with a log (-wal) but not its index (-shm): list reads it and changes nothing', async () => {
    chmodSync(state, 0o755);
    const file = path.join(state, 'bot-state.sqlite');
    // A backup taken while the bot ran: the last change is only in the log.
    const backup = workspace.write('backup/.keep', '');
    const live = new Database(file);
    live.pragma('wal_autocheckpoint = 0');
    live.prepare("UPDATE articles SET added_at = 0 WHERE title = 'Harbour reopens'").run();
    copyFileSync(file, `${backup}.sqlite`);
    copyFileSync(`${file}-wal`, `${backup}.sqlite-wal`);
    live.close();
    copyFileSync(`${backup}.sqlite`, file);
    copyFileSync(`${backup}.sqlite-wal`, `${file}-wal`);
    execFileSync('chown', ['-R', `${uid}:${gid}`, state]);
    execFileSync('chmod', ['-R', 'a-w', state]);

    const listed = await asNobody(['list', '--json']);
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    // That the log's changes are read is checked in read-only-state.test.ts (src/adapters/discord/state).
    expect(listed.stdout).toContain('"title":"Harbour reopens"');
    expect(readdirSync(state)).toEqual(['bot-state.sqlite', 'bot-state.sqlite-wal']);
    expect(mode(state)).toBe(0o555);
  });

  it('the same folder when the copy its log needs cannot be made (TMPDIR missing): list says so and what to do, not that the folder is read-only', async () => {
    const stateFile = path.join(state, 'bot-state.sqlite');
    const missing = path.join(workspace.root, 'no-such-tmp');
    const listed = await asNobody(['list', '--json'], { TMPDIR: missing });
    expect(listed.code).toBe(2);
    expect(listed.stderr).not.toMatch(/incident|went wrong|permission denied/);
    expect(listed.stderr.trim()).toMatch(
      new RegExp(
        `^Cannot read the state file ${stateFile}: this user may not write the state folder, so its leftover log \\(bot-state\\.sqlite-wal, without its -shm index\\) ` +
          `is applied to a copy in ${missing}, and that copy failed: the folder does not exist \\(ENOENT\\)\\. Set TMPDIR to a folder this user can write`,
      ),
    );
    expect(readdirSync(state)).toEqual(['bot-state.sqlite', 'bot-state.sqlite-wal']);
  });
});
