import path from 'node:path';
import { UserError } from '../core/errors.js';

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
