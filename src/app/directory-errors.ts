import path from 'node:path';
import { StateFormatTooNewError } from '../adapters/discord/state/state-format.js';
import { UserError } from '../core/errors.js';
import { APP_VERSION } from './app-version.js';

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

function within(candidate: string, directory: string): boolean {
  const relative = path.relative(directory, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

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
  if (!reason || typeof failure.path !== 'string') return undefined;
  const failed = path.resolve(failure.path);
  if (!within(failed, directory) && !within(directory, failed)) return undefined;
  const where = failed === directory ? '' : ` (at ${failed})`;
  return new UserError(
    'directory-unusable',
    `Cannot use ${directory} as the ${setting}: ${reason}${where}. Choose a folder this user can write to.`,
  );
}

/** How the state folder is named in messages: the setting and where it can be changed. */
export const STATE_DIR_SETTING = 'state folder (stateDir, ARTICLE_QA_STATE_DIR)';

/** SQLite's result codes for a state file that cannot be used as it is, with the reason in words. */
const STATE_FILE_REASONS: Record<string, string> = {
  SQLITE_NOTADB: 'it is not an SQLite database (another file took its name, or it is damaged)',
  SQLITE_CORRUPT: 'the database is damaged',
  SQLITE_READONLY: 'it cannot be written (read-only)',
  SQLITE_CANTOPEN: 'it cannot be opened',
};

/**
 * Turns a failure to open the state store in `stateDir` into a user error: the folder cannot be
 * used (see {@link unusableDirectoryError}), or the file in it is no usable SQLite database.
 * Undefined for any other error, which stays a bug. Every command opens the store when it holds
 * added articles, so without this a damaged file made each of them report an incident.
 */
export function unusableStateStoreError(error: unknown, stateDir: string, file: string): UserError | undefined {
  const folder = unusableDirectoryError(error, path.resolve(stateDir), STATE_DIR_SETTING);
  if (folder) return folder;
  if (error instanceof StateFormatTooNewError) return newerStateError(error, path.resolve(file));
  const code = (error as { code?: unknown } | undefined)?.code;
  const reason = typeof code === 'string' ? STATE_FILE_REASONS[code] : undefined;
  if (!reason) return undefined;
  return new UserError(
    'state-file-unusable',
    `Cannot use the state file ${path.resolve(file)} in the ${STATE_DIR_SETTING}: ${reason}. ` +
      'Restore it from a backup, or move it aside to start a new one (added articles, feedback and conversations stay in the old file).',
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
