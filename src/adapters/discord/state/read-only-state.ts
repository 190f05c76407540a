/**
 * Reading a state file this user may not write: a read-only mount, the bot's folder seen by
 * another user, a folder an admin made read-only. Commands that only read (`ask`, `list`) then
 * need no write access at all; before, they failed as every writing command does.
 */
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
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
 * is in the file itself (the last connection to close checkpoints it), and a copy in memory is
 * read: a read-only connection would create `-shm` and `-wal` files and leave them behind, this
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
    // A log without its index (a process that crashed): its changes would be missing from a copy.
    if (existsSync(`${file}-wal`)) return undefined;
    const bytes = readFileSync(file);
    // Bytes 18 and 19 of the header say WAL mode (2); the copy has no log, so it is read as a
    // rollback-journal file (1), which its contents are.
    if (bytes.length >= 20) bytes.fill(1, 18, 20);
    return new Database(bytes, { readonly: true });
  } catch {
    return undefined;
  }
}
