import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256File, writeFileAtomic, writeJsonArrayAtomic } from './atomic-files.js';

const directories: string[] = [];
const scratch = (): string => {
  const directory = mkdtempSync(path.join(tmpdir(), 'article-qa-atomic-'));
  directories.push(directory);
  return directory;
};
afterEach(() => directories.splice(0).forEach((directory) => rmSync(directory, { recursive: true, force: true })));

const digest = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

describe('atomic files', () => {
  it('streams a JSON array byte for byte as JSON.stringify would, with its hash and size', async () => {
    const directory = scratch();
    // Long enough to cross several 1 MB write chunks, with text that is not plain ASCII.
    const items = Array.from({ length: 30_000 }, (_, index) => ({ id: index, text: `Passage ${index}: “quoted” café ${'x'.repeat(40)}` }));
    for (const array of [[], [{ only: true }], items]) {
      const file = path.join(directory, 'items.json');
      const written = await writeJsonArrayAtomic(file, array);
      const data = readFileSync(file);
      expect(data.toString('utf8')).toBe(JSON.stringify(array));
      expect(written).toEqual({ sha256: digest(data), bytes: data.length });
      expect(await sha256File(file)).toEqual(written);
    }
    expect(readdirSync(directory)).toEqual(['items.json']);
  });

  it('replaces a file whole and leaves no temporary file behind, even when writing fails', async () => {
    const directory = scratch();
    const file = path.join(directory, 'data.json');
    await writeFileAtomic(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    const failing = (function* () {
      yield 1;
      throw new Error('disk full');
    })();
    await expect(writeJsonArrayAtomic(file, failing)).rejects.toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
