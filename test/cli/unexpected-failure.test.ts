/**
 * A failure that is no user error, in the real CLI process: the message apologises with an
 * incident id, and the same id is logged with the error's stack and the command, so a report
 * can be matched to what went wrong.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/adapters/discord/state/state-migrations.js';
import { runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

const workspace = temporaryWorkspace('article-qa-unexpected-');
afterAll(() => workspace.cleanup());

/**
 * A state store that claims this version's schema but has none of its tables (a newer version's
 * is refused as the admin's to resolve, so it no longer serves here): reading its added articles
 * fails with SQLite's "no such table", which no command expects.
 */
function storeWithoutTables(): string {
  const stateDir = path.join(workspace.root, 'state');
  mkdirSync(stateDir);
  const database = new Database(path.join(stateDir, 'bot-state.sqlite'));
  database.pragma(`user_version = ${MIGRATIONS.length}`);
  database.close();
  return stateDir;
}

describe('a bug in a command', () => {
  it('logs the error with its stack and the command under the incident id the message quotes', async () => {
    const stateDir = storeWithoutTables();
    const run = await runCli(['list', '--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir], {
      env: { ARTICLE_QA_STATE_DIR: stateDir, LOG_FORMAT: 'json' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const incident = /Something went wrong on our side \(incident ([0-9a-f]{8})\)/.exec(run.stderr)?.[1];
    expect(incident).toBeDefined();
    const logged = run.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { incident?: string; command?: string; err?: { message?: string; stack?: string } });
    const entry = logged.find((line) => line.incident === incident);
    expect(entry).toMatchObject({ command: 'list', err: { message: expect.stringMatching(/no such table/) } });
    expect(entry?.err?.stack).toMatch(/\n\s+at /);
  });
});
