import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openReadOnlyDatabase, StateLogCopyError } from './read-only-state.js';

const root = mkdtempSync(path.join(tmpdir(), 'read-only-state-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A backup taken while the bot ran: the file, and its log holding the last change, but not the
 * log's index (-shm), which is rebuilt on open.
 */
function backupWithLog(): string {
  const scratch = mkdtempSync(path.join(root, 'case-'));
  const live = path.join(scratch, 'live.sqlite');
  const database = new Database(live);
  database.pragma('journal_mode = WAL');
  database.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('checkpointed')");
  database.pragma('wal_checkpoint(TRUNCATE)');
  database.pragma('wal_autocheckpoint = 0');
  database.exec("INSERT INTO notes VALUES ('only in the log')");
  const backup = path.join(scratch, 'backup');
  mkdirSync(backup);
  const file = path.join(backup, 'bot-state.sqlite');
  copyFileSync(live, file);
  copyFileSync(`${live}-wal`, `${file}-wal`);
  database.close();
  return file;
}

describe('openReadOnlyDatabase', () => {
  it('reads a file with a log left without its index, changes in the log included, and leaves both as they were', () => {
    const file = backupWithLog();
    const before = [readFileSync(file), readFileSync(`${file}-wal`)];
    const database = openReadOnlyDatabase(file);
    expect(database).toBeDefined();
    const texts = database?.prepare('SELECT text FROM notes ORDER BY rowid').pluck().all();
    database?.close();
    expect(texts).toEqual(['checkpointed', 'only in the log']);
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['bot-state.sqlite', 'bot-state.sqlite-wal']);
    expect([readFileSync(file), readFileSync(`${file}-wal`)]).toEqual(before);
  });

  it.each([
    ['does not exist', 'ENOENT', () => path.join(root, 'no-such-folder')],
    [
      'is a file',
      'ENOTDIR',
      () => {
        const notFolder = path.join(root, 'not-a-folder');
        writeFileSync(notFolder, '');
        return notFolder;
      },
    ],
  ])(
    'says the copy failed, with why, when the temporary folder %s; the originals stay as they were',
    (_case, code, temporaryFolder) => {
      const file = backupWithLog();
      const before = [readFileSync(file), readFileSync(`${file}-wal`)];
      const folder = temporaryFolder();
      let thrown: unknown;
      try {
        openReadOnlyDatabase(file, { temporaryFolder: folder });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(StateLogCopyError);
      const failure = thrown as StateLogCopyError;
      expect([failure.file, failure.temporaryFolder, failure.bytes]).toEqual([
        file,
        folder,
        before[0]!.length + before[1]!.length,
      ]);
      expect((failure.cause as NodeJS.ErrnoException).code).toBe(code);
      expect(readdirSync(path.dirname(file)).sort()).toEqual(['bot-state.sqlite', 'bot-state.sqlite-wal']);
      expect([readFileSync(file), readFileSync(`${file}-wal`)]).toEqual(before);
    },
  );
});
