/**
 * Whether a configured state folder looks like article-qa's before anything is created in it:
 * a mistyped ARTICLE_QA_STATE_DIR naming a home or an articles folder must not get a state file.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { STATE_FILE } from '../adapters/discord/state/sqlite-state-store.js';
import { ConfigError, UserError } from '../core/errors.js';
import { STATE_DIR_SETTING, unusableDirectoryError, unusableStateStoreError } from './directory-errors.js';

/** The state file and SQLite's companions: what article-qa keeps in a state folder. */
export const STATE_FOLDER_FILES: ReadonlySet<string> = new Set([
  STATE_FILE,
  `${STATE_FILE}-wal`,
  `${STATE_FILE}-shm`,
  `${STATE_FILE}-journal`,
]);

/** What a fresh volume or a desktop puts in any folder: no sign of someone else's files. */
const harmless = (name: string): boolean => STATE_FOLDER_FILES.has(name) || name.startsWith('.') || name === 'lost+found';

/**
 * The other files of an existing folder that holds no state file; undefined for a missing or
 * empty folder, one with a state file, or one with only lost+found and dotfiles. A file, or a
 * folder that cannot be listed, is a user error naming it.
 */
function foreignFiles(directory: string): string[] | undefined {
  let entries: string[];
  try {
    if (!statSync(directory).isDirectory()) {
      throw unusableDirectoryError(Object.assign(new Error('not a folder'), { code: 'EEXIST', path: directory }), directory, STATE_DIR_SETTING);
    }
    entries = readdirSync(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unusableStateStoreError(error, directory, path.join(directory, STATE_FILE)) ?? error;
  }
  if (entries.some((name) => STATE_FOLDER_FILES.has(name))) return undefined;
  const others = entries.filter((name) => !harmless(name));
  return others.length > 0 ? others : undefined;
}

/**
 * Refuses a state folder that exists but does not look like article-qa's: a file, or a folder
 * holding other things and no state file. A missing or empty folder is a new state folder, not
 * a mistake. The command line (`add`, `remove`) gets a user error; the bot, for which the folder
 * is part of its configuration, a ConfigError, said at start before anything is created there
 * (before, it made bot-state.sqlite in such a folder, and ran).
 */
export function checkStateFolder(stateDir: string, user: 'command' | 'bot' = 'command'): void {
  const directory = path.resolve(stateDir);
  const others = foreignFiles(directory);
  if (!others) return;
  const named = others.slice(0, 3).join(', ') + (others.length > 3 ? `, and ${others.length - 3} more` : '');
  const what = `${directory} does not look like an article-qa state folder: it holds other files (${named}) but no ${STATE_FILE}`;
  if (user === 'bot') {
    throw new ConfigError([
      `stateDir (ARTICLE_QA_STATE_DIR): ${what}. Name the bot's state folder, or a new or empty one to start afresh (embeddings/state by default, /data/state in Docker); nothing was created in it.`,
    ]);
  }
  throw new UserError(
    'state-folder-foreign',
    `${what}. Check the ${STATE_DIR_SETTING}: it should be the bot's (embeddings/state by default, /data/state in Docker). ` +
      'To start a new one, name a folder of its own, new or empty. Nothing was changed.',
  );
}
