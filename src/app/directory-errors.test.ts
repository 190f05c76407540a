import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateLogCopyError } from '../adapters/discord/state/read-only-state.js';
import { StateFormatTooNewError } from '../adapters/discord/state/state-format.js';
import { UserError } from '../core/errors.js';
import { APP_VERSION } from './app-version.js';
import { unusableDirectoryError, unusableStateStoreError } from './directory-errors.js';

describe('unusableStateStoreError', () => {
  const stateDir = path.resolve('state');
  const file = path.join(stateDir, 'bot-state.sqlite');

  it('tells an admin who went back to an older version which version wrote the file, and the two ways on', () => {
    const error = unusableStateStoreError(new StateFormatTooNewError(file, 7, 6, '0.4.0'), stateDir, file);
    expect(error).toBeInstanceOf(UserError);
    expect(error?.code).toBe('state-file-newer');
    expect(error?.message).toBe(
      `The state file ${file} was written by article-qa 0.4.0 (state format 7), newer than this article-qa ${APP_VERSION} (format 6). ` +
        'Run 0.4.0 or later, or move the file aside (with its -wal and -shm files, if any) to start afresh: this version then has none of its added articles, feedback, statistics or conversations, which stay in the moved file.',
    );
  });

  it('says "a newer article-qa" when the file does not record which one', () => {
    const error = unusableStateStoreError(new StateFormatTooNewError(file, 9, 6, undefined), stateDir, file);
    expect(error?.message).toMatch(
      /^The state file .* was written by a newer article-qa \(state format 9\), newer than this article-qa .*\. Run the newer version, or move the file aside/,
    );
  });

  it.each([
    ['SQLITE_READONLY_DIRECTORY', 'its folder cannot be written (SQLite keeps its journal beside it)'],
    ['SQLITE_READONLY', 'it cannot be written (read-only)'],
    ['SQLITE_CANTOPEN_ISDIR', 'it cannot be opened'],
  ])(
    'says %s is about access, not damage (a folder of another user gave an incident before)',
    (code, reason) => {
      const error = unusableStateStoreError(
        Object.assign(new Error('attempt to write a readonly database'), { code }),
        stateDir,
        file,
      );
      expect(error?.code).toBe('state-file-unusable');
      // No such file or folder here, so no owner to name: the general advice, never "restore a backup".
      expect(error?.message).toBe(
        `Cannot use the state file ${file} in the state folder (stateDir, ARTICLE_QA_STATE_DIR): ${reason}. Make the file and its folder writable by this user, or choose another state folder.`,
      );
    },
  );

  it('says the disk is full, not an incident, when SQLite cannot write the file', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(unusableStateStoreError(full, stateDir, file)?.message).toBe(
      `Cannot use the state file ${file} in the state folder (stateDir, ARTICLE_QA_STATE_DIR): the disk is full. Free some space on its disk, or choose a state folder on another one.`,
    );
  });

  it('says the private copy a leftover -wal log needs failed, where, and the two ways on, not that the state folder cannot be written', () => {
    const full = Object.assign(new Error('no space left on device, write'), { code: 'ENOSPC' });
    const copyFailed = new StateLogCopyError(file, '/tmp', 3 * 1024 * 1024, { cause: full });
    const error = unusableStateStoreError(copyFailed, stateDir, file);
    expect(error?.code).toBe('state-log-copy-failed');
    expect(error?.message).toBe(
      `Cannot read the state file ${file}: this user may not write the state folder, so its leftover log (bot-state.sqlite-wal, without its -shm index) ` +
        'is applied to a copy in /tmp, and that copy failed: the disk is full (ENOSPC). ' +
        'Set TMPDIR to a folder this user can write with 3.0 MB free, or let this user write the state folder (in Docker: mount it without :ro).',
    );
  });

  it('leaves any other error a bug', () => {
    expect(unusableStateStoreError(new Error('no such table: articles'), stateDir, file)).toBeUndefined();
  });
});

describe('unusableDirectoryError', () => {
  const directory = path.resolve('no-such-index');

  it('says to mount a read-only file system read-write, with no owner named', () => {
    const error = unusableDirectoryError(
      Object.assign(new Error('read-only'), { code: 'EROFS', path: directory }),
      directory,
      'index folder',
    );
    expect(error?.message).toBe(
      `Cannot use ${directory} as the index folder: the file system is read-only. Mount it read-write (in Docker: without :ro) to run this command.`,
    );
  });

  it('says why the index had to be written, when loading it needed a rebuild (an index from before an upgrade)', () => {
    const refused = Object.assign(new Error('read-only'), {
      code: 'EROFS',
      path: path.join(directory, '.build.lock'),
      indexReasons: ['keyword index format changed', 'corpus changed'],
    });
    expect(unusableDirectoryError(refused, directory, 'index folder')?.message).toBe(
      `Cannot use ${directory} as the index folder: the file system is read-only (at ${directory}/.build.lock), ` +
        'and the index in it must be brought up to date first (keyword index format changed; corpus changed). ' +
        'Mount it read-write (in Docker: without :ro) to run this command.',
    );
  });

  it.each(['ENOSPC', 'EDQUOT'])('names the folder for %s on a write that names no file (a full disk), with advice that fits', (code) => {
    // fs writes through an open handle: the error has no path.
    const error = unusableDirectoryError(Object.assign(new Error('no space left on device, write'), { code }), directory, 'index folder');
    expect(error?.message).toMatch(new RegExp(`^Cannot use ${directory} as the index folder: the disk (is full|quota is used up)\\. Free some space on its disk, or choose a folder on another one\\.$`));
  });
});
