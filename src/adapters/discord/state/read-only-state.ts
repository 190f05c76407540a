/**
 * Reading a state file this user may not write: a read-only mount, the bot's folder seen by
 * another user, a folder an admin made read-only. Commands that only read (`ask`, `list`) then
 * need no write access at all; before, they failed as every writing command does.
 */
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * The private copy a log left without its index is applied in could not be made: the temporary
 * folder is missing or not writable, or its disk is full. Not the state folder's fault, so the
 * message about writing the state folder that the usual open would give is the wrong one.
 */
export class StateLogCopyError extends Error {
  override readonly name = 'StateLogCopyError';

  constructor(
    /** The state file whose log was to be applied. */
    readonly file: string,
    /** The temporary folder the copy was made in (TMPDIR, or the system's default). */
    readonly temporaryFolder: string,
    /** Bytes of the file and its log: the room the copy needs. */
    readonly bytes: number,
    options: { cause: unknown },
  ) {
    super(`could not copy ${file} and its -wal log into ${temporaryFolder}`, options);
  }
}

/** Options of {@link openReadOnlyDatabase}. */
export interface ReadOnlyOpenOptions {
  /** Where a log left without its index is applied to a copy; default: the system's (TMPDIR). */
  temporaryFolder?: string;
}

/**
 * Opens `file` read-only, or returns undefined when it cannot be read that way (the caller's
 * usual open then says why). Throws a {@link StateLogCopyError} when the file could be read
 * but the private copy its log needs could not be made. While a process has the file open (the bot: its `-shm` index then
 * exists), the file is read live, through that process's log. Otherwise every committed change
 * is in the file itself (the last connection to close checkpoints it), or also in a log left
 * without its index (a restored backup), and a copy in memory is read: a read-only connection would create `-shm` and `-wal` files and leave them behind, this
 * user's, in a folder it may write, and cannot open the file at all in one it may not.
 */
export function openReadOnlyDatabase(file: string, options: ReadOnlyOpenOptions = {}): Database.Database | undefined {
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
    if (!existsSync(`${file}-wal`)) return inMemory(readFileSync(file));
    // Read here, so that only a failure of the copy below is the copy's.
    const original = { bytes: readFileSync(file), log: readFileSync(`${file}-wal`) };
    return inMemory(withLogApplied(file, original, options.temporaryFolder ?? tmpdir()));
  } catch (error) {
    if (error instanceof StateLogCopyError) throw error;
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

/** SQLite's codes for a copy it could not write or grow (a full disk, a failing one). */
const COPY_FAILURES = /^SQLITE_(FULL|IOERR|CANTOPEN|READONLY)/;

/**
 * The file's bytes with the changes in its log: both are written into a private temporary
 * folder, where SQLite replays the log and folds it into the copy on close. The originals are
 * only read; the copies are removed at once. A failure to make or update the copy throws a
 * {@link StateLogCopyError}; a damaged file or log throws SQLite's own error.
 */
function withLogApplied(file: string, original: { bytes: Buffer; log: Buffer }, temporaryFolder: string): Buffer {
  let folder: string | undefined;
  try {
    folder = mkdtempSync(path.join(temporaryFolder, 'article-qa-state-'));
    const copy = path.join(folder, path.basename(file));
    writeFileSync(copy, original.bytes);
    writeFileSync(`${copy}-wal`, original.log);
    const database = new Database(copy, { fileMustExist: true });
    try {
      database.pragma('user_version', { simple: true });
    } finally {
      database.close();
    }
    return readFileSync(copy);
  } catch (error) {
    // File-system codes (ENOSPC, EACCES, ENOENT…) and SQLite's write failures are the copy's.
    const code = (error as { code?: unknown }).code;
    const copyFailed = typeof code === 'string' && (!code.startsWith('SQLITE_') || COPY_FAILURES.test(code));
    if (!copyFailed) throw error;
    throw new StateLogCopyError(file, temporaryFolder, original.bytes.length + original.log.length, { cause: error });
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}
