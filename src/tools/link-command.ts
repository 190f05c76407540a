/**
 * Puts the `article-qa` command in the project's own `node_modules/.bin`, so `npx article-qa`
 * finds it there. Run by `npm ci` and `npm install` (the `prepare` script, after the build).
 *
 * Why not package.json's `bin` field: for a command that the project itself declares, `npx`
 * (npm 7 and later) treats the project as a package to install. It reads the whole installed
 * tree, installs the project into its own cache (`~/.npm/_npx`) and runs the command from there:
 * 9.7 s the first time on this project and about 0.25 s on every later run, before any of our
 * code starts. A command already in `node_modules/.bin` is run at once. See
 * docs/performance.md ("npx and the project's own command").
 */
import { chmodSync, lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../config/load-config.js';

/** The command's name, as the README and `npx` spell it. */
export const COMMAND_NAME = 'article-qa';

/** The launcher the command runs, relative to the project root. */
export const LAUNCHER = path.join('bin', 'article-qa.js');

/** What linking did: `created`, `replaced` (a link that pointed elsewhere) or `unchanged`. */
export type LinkOutcome = 'created' | 'replaced' | 'unchanged';

function linkTarget(file: string): string | undefined {
  try {
    return lstatSync(file).isSymbolicLink() ? readlinkSync(file) : '';
  } catch {
    return undefined;
  }
}

/**
 * Links `<root>/node_modules/.bin/article-qa` to the launcher with a relative link, so the
 * project can be moved or mounted elsewhere (a Docker volume) and the link still holds. On
 * Windows, where links need rights most users lack, it writes the two shims npm itself writes
 * (`article-qa` for sh, `article-qa.cmd` for cmd). Running it again changes nothing.
 */
export function linkCommand(root: string, platform: NodeJS.Platform = process.platform): LinkOutcome {
  const binDirectory = path.join(root, 'node_modules', '.bin');
  mkdirSync(binDirectory, { recursive: true });
  const file = path.join(binDirectory, COMMAND_NAME);
  const target = path.relative(binDirectory, path.join(root, LAUNCHER));
  if (platform === 'win32') {
    const posixTarget = target.split(path.sep).join('/');
    writeFileSync(file, `#!/bin/sh\nexec node "$(dirname "$0")/${posixTarget}" "$@"\n`);
    chmodSync(file, 0o755);
    writeFileSync(`${file}.cmd`, `@node "%~dp0\\${target}" %*\r\n`);
    return 'created';
  }
  const existing = linkTarget(file);
  if (existing === target) return 'unchanged';
  // Anything else there (an old link, a file left by another tool) is ours to replace: the name is the project's.
  if (existing !== undefined) rmSync(file, { force: true });
  symlinkSync(target, file);
  return existing === undefined ? 'created' : 'replaced';
}

// Run as a script (`node dist/tools/link-command.js`): link the project this file belongs to.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outcome = linkCommand(PROJECT_ROOT);
  if (outcome !== 'unchanged')
    process.stdout.write(`article-qa: ${outcome} node_modules/.bin/${COMMAND_NAME} → ${LAUNCHER}\n`);
}
