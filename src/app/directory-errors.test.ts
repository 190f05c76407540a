import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateFormatTooNewError } from '../adapters/discord/state/state-format.js';
import { UserError } from '../core/errors.js';
import { APP_VERSION } from './app-version.js';
import { unusableStateStoreError } from './directory-errors.js';

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

  it('leaves any other error a bug', () => {
    expect(unusableStateStoreError(new Error('no such table: articles'), stateDir, file)).toBeUndefined();
  });
});
