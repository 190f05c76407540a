import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profiled } from './cpu-profile.js';

describe('profiled', () => {
  it('returns what the work returns and writes a CPU profile of it', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'article-qa-profile-'));
    try {
      const file = path.join(scratch, 'work.cpuprofile');
      const result = await profiled(file, async () => {
        let sum = 0;
        for (let index = 0; index < 2_000_000; index += 1) sum += index % 7;
        return sum;
      });
      expect(result).toBe(5_999_995);
      const profile = JSON.parse(await readFile(file, 'utf8')) as {
        nodes: unknown[];
        samples: unknown[];
        startTime: number;
        endTime: number;
      };
      expect(profile.nodes.length).toBeGreaterThan(0);
      expect(profile.samples.length).toBeGreaterThan(0);
      expect(profile.endTime).toBeGreaterThanOrEqual(profile.startTime);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
