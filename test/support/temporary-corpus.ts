import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, for paths to bundled files. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLED_ARTICLE = path.join(PROJECT_ROOT, 'corpus', 'geneva-talks-2022.txt');

/** A scratch directory with a copy of the bundled article as its corpus, removed by `cleanup`. */
export function temporaryWorkspace(prefix = 'article-qa-test-'): {
  root: string;
  corpusDir: string;
  indexDir: string;
  write: (relative: string, text: string | Uint8Array) => string;
  cleanup: () => void;
} {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const corpusDir = path.join(root, 'corpus');
  mkdirSync(corpusDir);
  cpSync(BUNDLED_ARTICLE, path.join(corpusDir, 'geneva-talks-2022.txt'));
  return {
    root,
    corpusDir,
    indexDir: path.join(root, 'index'),
    write(relative, text) {
      const file = path.join(root, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
