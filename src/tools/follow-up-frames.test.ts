import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FOLLOW_UP_VARIANTS, followUpRows } from './follow-up-frames.js';

describe('followUpRows', () => {
  let directory: string | undefined;
  afterEach(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('rewrites every turn after the first, keeping the answers and the opening question', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'follow-up-frames-'));
    const file = path.join(directory, 'dialogues.jsonl');
    const dialogue = {
      id: 'd1',
      turns: [
        { q: 'who led the russian delegation', answers: ['Ryabkov'] },
        { q: 'Why?', answers: ['differences'] },
        { q: 'and the americans', answers: ['Sherman'] },
      ],
    };
    await writeFile(file, `${JSON.stringify(dialogue)}\n`);
    const wait = FOLLOW_UP_VARIANTS.find((variant) => variant.label === '"wait, …"');
    const lol = FOLLOW_UP_VARIANTS.find((variant) => variant.label === '"… lol"');
    expect(JSON.parse(await followUpRows(file, wait?.rewrite ?? String))).toEqual({
      id: 'd1',
      turns: [
        { q: 'who led the russian delegation', answers: ['Ryabkov'] },
        { q: 'wait, why?', answers: ['differences'] },
        { q: 'wait, and the americans', answers: ['Sherman'] },
      ],
    });
    expect(lol?.rewrite('Why?')).toBe('Why lol?');
    expect(lol?.rewrite('and the americans')).toBe('and the americans lol');
    expect(FOLLOW_UP_VARIANTS[0]?.rewrite('Why?')).toBe('Why?');
  });
});
