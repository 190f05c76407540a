import path from 'node:path';
import { StateLogCopyError } from '../adapters/discord/state/read-only-state.js';
import { StateFormatTooNewError } from '../adapters/discord/state/state-format.js';
import { UserError } from '../core/errors.js';
import { APP_VERSION } from './app-version.js';
import { adviceFor, within } from './permission-advice.js';

/** File-system failures that mean "this folder cannot be used", with the reason in words. */
const REASONS: Record<string, string> = {
  EEXIST: 'it is a file, not a folder',
  ENOTDIR: 'it, or a folder above it, is a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

/**
 * Turns a file-system error about `directory` (or something in it, or a folder above it) into a
 * user error that names the folder, the setting that chose it and the reason; undefined for any
 * other error, which stays a bug. An unusable folder is the user's to fix, not our incident.
 */
export function unusableDirectoryError(
  error: unknown,
  directory: string,
  setting: string,
): UserError | undefined {
  const failure = error as NodeJS.ErrnoException;
  const reason = typeof failure?.code === 'string' ? REASONS[failure.code] : undefined;
  // A full disk shows on a write to an open file, which names no path: the folder being written is the one.
  const full = failure?.code === 'ENOSPC' || failure?.code === 'EDQUOT';
  const failedPath = typeof failure?.path === 'string' ? failure.path : full ? directory : undefined;
  if (!reason || failedPath === undefined) return undefined;
  const failed = path.resolve(failedPath);
  if (!within(failed, directory) && !within(directory, failed)) return undefined;
  const where = failed === directory ? '' : ` (at ${failed})`;
  // Why a command that only reads had to write the index (see markWhyWritten in build-index.ts).
  const reasons = (failure as { indexReasons?: unknown }).indexReasons;
  const needed = Array.isArray(reasons) && reasons.length > 0 ? `, and the index in it must be brought up to date first (${reasons.join('; ')})` : '';
  // Who owns what refused, when that is the cause (a file left by `sudo article-qa`, the bot's folder).
  const advice =
    failure.code === 'EACCES' || failure.code === 'EPERM' ? adviceFor(failure.code, failed, directory) : undefined;
  const otherwise = full
    ? 'Free some space on its disk, or choose a folder on another one.'
    : failure.code === 'EROFS'
      ? 'Mount it read-write (in Docker: without :ro) to run this command.'
      : 'Choose a folder this user can write to.';
  return new UserError('directory-unusable', `Cannot use ${directory} as the ${setting}: ${reason}${where}${needed}. ${advice ?? otherwise}`);
}

/** How the state folder is named in messages: the setting and where it can be changed. */
export const STATE_DIR_SETTING = 'state folder (stateDir, ARTICLE_QA_STATE_DIR)';

/** SQLite's result codes for a damaged state file, with the reason in words. */
const DAMAGE_REASONS: Record<string, string> = {
  SQLITE_NOTADB: 'it is not an SQLite database (another file took its name, or it is damaged)',
  SQLITE_CORRUPT: 'the database is damaged',
};

/**
 * SQLite's codes for a state file this user may not write or open, extended ones included
 * (SQLITE_READONLY_DIRECTORY, from a folder owned by another user, was reported as a bug).
 */
function accessReason(code: string): string | undefined {
  if (code === 'SQLITE_READONLY_DIRECTORY') return 'its folder cannot be written (SQLite keeps its journal beside it)';
  if (code.startsWith('SQLITE_READONLY')) return 'it cannot be written (read-only)';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'it cannot be opened';
  return undefined;
}

/**
 * Turns a failure to open the state store in `stateDir` into a user error: the folder cannot be
 * used (see {@link unusableDirectoryError}), the file in it may not be written, or it is no
 * usable SQLite database. Undefined for any other error, which stays a bug. Every command
 * opens the store when it holds added articles, so without this a damaged file made each of
 * them report an incident.
 */
export function unusableStateStoreError(error: unknown, stateDir: string, file: string): UserError | undefined {
  if (error instanceof StateLogCopyError) return logCopyError(error);
  const directory = path.resolve(stateDir);
  const folder = unusableDirectoryError(error, directory, STATE_DIR_SETTING);
  if (folder) return folder;
  const resolvedFile = path.resolve(file);
  if (error instanceof StateFormatTooNewError) return newerStateError(error, resolvedFile);
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  const unusable = `Cannot use the state file ${resolvedFile} in the ${STATE_DIR_SETTING}`;
  const access = accessReason(code);
  if (access) {
    // The file, or else its folder, owned by another user: the usual cause, with its fix.
    const advice = adviceFor('EACCES', resolvedFile, directory) ?? adviceFor('EACCES', directory, directory);
    return new UserError(
      'state-file-unusable',
      `${unusable}: ${access}. ${advice ?? 'Make the file and its folder writable by this user, or choose another state folder.'}`,
    );
  }
  // Before, a full disk while the state file was created or written was reported as an incident.
  if (code === 'SQLITE_FULL') {
    return new UserError('state-file-unusable', `${unusable}: the disk is full. Free some space on its disk, or choose a state folder on another one.`);
  }
  const damage = DAMAGE_REASONS[code];
  if (!damage) return undefined;
  return new UserError(
    'state-file-unusable',
    `${unusable}: ${damage}. ` +
      'Restore it from a backup, or move it aside to start a new one (added articles, feedback and conversations stay in the old file).',
  );
}

/** Why a private copy could not be made, beyond {@link REASONS}: SQLite's codes and a missing folder. */
const COPY_REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  SQLITE_FULL: 'the disk is full',
  SQLITE_CANTOPEN: 'the copy cannot be opened',
};

/**
 * A state file this user may not write, whose leftover log had to be applied to a private copy
 * that could not be made: what failed and where, and the two ways on. Before, the command went
 * on to the writable open and said the state folder could not be written, which was no news.
 */
function logCopyError(error: StateLogCopyError): UserError {
  const cause = error.cause as { code?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : 'unknown error';
  const reason = REASONS[code] ?? COPY_REASONS[code] ?? (code.startsWith('SQLITE_IOERR') ? 'a read or write error' : 'it failed');
  const megabytes = Math.max(0.1, error.bytes / 1024 / 1024).toFixed(1);
  return new UserError(
    'state-log-copy-failed',
    `Cannot read the state file ${path.resolve(error.file)}: this user may not write the state folder, so its leftover log ` +
      `(${path.basename(error.file)}-wal, without its -shm index) is applied to a copy in ${error.temporaryFolder}, and that copy failed: ${reason} (${code}). ` +
      `Set TMPDIR to a folder this user can write with ${megabytes} MB free, or let this user write the state folder (in Docker: mount it without :ro).`,
  );
}

/**
 * A state file written by a newer article-qa (the admin went back to an older one): which
 * version wrote it, which one runs, and the two ways on. Its data is kept either way.
 */
function newerStateError(error: StateFormatTooNewError, file: string): UserError {
  const writer = error.writtenBy ? `article-qa ${error.writtenBy}` : 'a newer article-qa';
  const run = error.writtenBy ? `Run ${error.writtenBy} or later` : 'Run the newer version';
  return new UserError(
    'state-file-newer',
    `The state file ${file} was written by ${writer} (state format ${error.format}), newer than this article-qa ${APP_VERSION} (format ${error.supportedFormat}). ` +
      `${run}, or move the file aside (with its -wal and -shm files, if any) to start afresh: this version then has none of its added articles, feedback, statistics or conversations, which stay in the moved file.`,
  );
}
