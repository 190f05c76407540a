import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolders, thrown } from '../../test/support/scratch-folders.js';
import { ConfigError, isUserError } from '../core/errors.js';
import { checkStateFolder } from './state-folder.js';

const scratch = scratchFolders('article-qa-state-folder-');

describe('checkStateFolder', () => {
  it('accepts a missing folder, an empty one and a fresh volume', () => {
    const root = scratch();
    expect(() => checkStateFolder(path.join(root, 'new'))).not.toThrow();
    mkdirSync(path.join(root, 'volume', 'lost+found'), { recursive: true });
    writeFileSync(path.join(root, 'volume', '.DS_Store'), '');
    expect(() => checkStateFolder(path.join(root, 'volume'))).not.toThrow();
  });

  it('refuses a folder of other files with no state file, and a file, as the user\'s to fix', () => {
    const root = scratch();
    writeFileSync(path.join(root, 'notes.txt'), 'not ours');
    const foreign = thrown(() => checkStateFolder(root));
    expect(isUserError(foreign)).toBe(true);
    expect((foreign as Error).message).toContain(`${root} does not look like an article-qa state folder: it holds other files (notes.txt)`);
    const file = thrown(() => checkStateFolder(path.join(root, 'notes.txt')));
    expect(isUserError(file)).toBe(true);
    expect((file as Error).message).toContain('it is a file, not a folder');
    expect(readdirSync(root)).toEqual(['notes.txt']);
  });

  it('says it to the bot as a configuration problem, naming what the folder holds', () => {
    const root = scratch();
    for (const name of ['notes.md', 'photo.jpg', 'todo.txt', 'zeta.txt', '.hidden']) writeFileSync(path.join(root, name), '');
    const refusal = thrown(() => checkStateFolder(root, 'bot'));
    expect(refusal).toBeInstanceOf(ConfigError);
    expect((refusal as ConfigError).problems).toEqual([
      `stateDir (ARTICLE_QA_STATE_DIR): ${root} does not look like an article-qa state folder: it holds other files (notes.md, photo.jpg, todo.txt, and 1 more) but no bot-state.sqlite. ` +
        "Name the bot's state folder, or a new or empty one to start afresh (embeddings/state by default, /data/state in Docker); nothing was created in it.",
    ]);
  });
});
