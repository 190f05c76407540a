import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleFile } from './article-sources.js';

const folder = mkdtempSync(path.join(tmpdir(), 'article-sources-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readArticleFile', () => {
  const missing = path.join(folder, 'report.pdf');

  it('says a file that does not exist is not there', async () => {
    await expect(readArticleFile(missing, 1024)).rejects.toThrow(`${missing}: no such file.`);
  });

  it('adds the hint on where the file must be, for a missing file only', async () => {
    const hint = (file: string) => `Copy ${path.basename(file)} in first.`;
    await expect(readArticleFile(missing, 1024, hint)).rejects.toThrow(`${missing}: no such file. Copy report.pdf in first.`);
    await expect(readArticleFile(folder, 1024, hint)).rejects.toThrow(/a folder; add its files one at a time/);
    await expect(readArticleFile(folder, 1024, hint)).rejects.not.toThrow(/Copy/);
  });
});
