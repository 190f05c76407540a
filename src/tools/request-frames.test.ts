import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { framedRows } from './request-frames.js';

describe('framedRows', () => {
  let directory: string | undefined;
  afterEach(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('wraps the wh-questions of a set in a request, keeping their answers, and drops the rest', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'frames-'));
    const file = path.join(directory, 'set.jsonl');
    const rows = [
      { q: 'Who led the talks?', answers: ['Ryabkov'] },
      { question: 'where were they held', unanswerable: true },
      { q: 'is the us still negotiating?', answers: ['additional negotiations'] },
    ];
    await writeFile(file, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    const framed = (await framedRows(file, 'can you tell me'))
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(framed).toEqual([
      { q: 'can you tell me who led the talks?', answers: ['Ryabkov'] },
      { question: 'can you tell me where were they held', unanswerable: true },
    ]);
    expect((await framedRows(file, undefined)).split('\n')).toHaveLength(2);
  });
});
