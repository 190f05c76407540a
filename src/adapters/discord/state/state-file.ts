import { accessSync, chmodSync, closeSync, constants, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The file under the state directory. */
export const STATE_FILE = 'bot-state.sqlite';

/** The state file and SQLite's companions (write-ahead log, shared memory), which take its mode. */
const STATE_FILES = [STATE_FILE, `${STATE_FILE}-wal`, `${STATE_FILE}-shm`, `${STATE_FILE}-journal`];

/**
 * Creates the folder (0700) and the file (0600) before SQLite does, and tightens them when an
 * earlier version left them readable by others (0755/0644). A folder that holds anything else
 * is not ours to change: only the files are tightened there. A file or folder this user may
 * not write throws (EACCES, EROFS) before any mode changes: a command refused for it changes
 * nothing (before, a read-only 0555 folder was made 0500, and the command then failed).
 */
export function restrictAccess(stateDir: string, file: string): void {
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  accessSync(stateDir, constants.W_OK);
  if (existsSync(file)) accessSync(file, constants.W_OK);
  if (readdirSync(stateDir).every((name) => STATE_FILES.includes(name))) tighten(stateDir);
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const name of STATE_FILES) {
    const companion = path.join(stateDir, name);
    if (existsSync(companion)) tighten(companion);
  }
}

/**
 * Takes away what others may do, and only that: a folder or file its owner made read-only stays
 * so (before, it was made 0700/0600 again, and a write went through that the admin had ruled out).
 */
function tighten(target: string): void {
  const mode = statSync(target).mode & 0o777;
  if (mode & 0o077) chmodSync(target, mode & 0o700);
}
