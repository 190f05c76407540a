/**
 * Reading a state file this user may not write: a read-only mount, the bot's folder seen by
 * another user, a folder an admin made read-only. Commands that only read (`ask`, `list`) then
 * need no write access at all; before, they failed as every writing command does.
 */
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Whether this user may write the state folder and its file (the file may not exist yet). */
export function stateWritable(stateDir: string, file: string): boolean {
  try {
    accessSync(stateDir, constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens `file` read-only, or returns undefined when it cannot be read that way (the caller's
 * usual open then says why). While a process has the file open (the bot: its `-shm` index then
 * exists), the file is read live, through that process's log. Otherwise every committed change
 * is in the file itself (the last connection to close checkpoints it), or also in a log left
 * without its index (a restored backup), and a copy in memory is read: a read-only connection would create `-shm` and `-wal` files and leave them behind, this
 * user's, in a folder it may write, and cannot open the file at all in one it may not.
 */
export function openReadOnlyDatabase(file: string): Database.Database | undefined {
  try {
    if (existsSync(`${file}-shm`)) {
      const database = new Database(file, { readonly: true, fileMustExist: true });
      try {
        // SQLite opens lazily: a file it cannot read fails here, not above.
        database.pragma('user_version', { simple: true });
      } catch (error) {
        database.close();
        throw error;
      }
      return database;
    }
    // A log without its index (a process that crashed, a restored backup): SQLite cannot read it
    // where it may not write the index, and a copy of the file alone would miss its changes.
    return inMemory(existsSync(`${file}-wal`) ? withLogApplied(file) : readFileSync(file));
  } catch {
    return undefined;
  }
}

/** A database's bytes opened read-only in memory. */
function inMemory(bytes: Buffer): Database.Database {
  // Bytes 18 and 19 of the header say WAL mode (2); the copy has no log, so it is read as a
  // rollback-journal file (1), which its contents are.
  if (bytes.length >= 20) bytes.fill(1, 18, 20);
  return new Database(bytes, { readonly: true });
}

/**
 * The file's bytes with the changes in its log: both are copied into a private temporary folder,
 * where SQLite replays the log and folds it into the copy on close. The originals are only read;
 * the copies are removed at once.
 */
function withLogApplied(file: string): Buffer {
  const folder = mkdtempSync(path.join(tmpdir(), 'article-qa-state-'));
  try {
    const copy = path.join(folder, path.basename(file));
    copyFileSync(file, copy);
    copyFileSync(`${file}-wal`, `${copy}-wal`);
    const database = new Database(copy, { fileMustExist: true });
    try {
      database.pragma('user_version', { simple: true });
    } finally {
      database.close();
    }
    return readFileSync(copy);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
