import { describe, expect, it } from 'vitest';
import { servingRows } from './serving-rows.js';
import type { AskTimes, SizeResult } from './summary-rows.js';

const times = (questions: number, rounds: number, warmP50Ms: number): AskTimes => ({
  questions,
  rounds,
  firstAskMs: 900,
  firstPassP50Ms: 40,
  firstPassP95Ms: 90,
  warmP50Ms,
  warmP95Ms: 30,
  warmCpuMs: 8.5,
  samples: questions * rounds,
});

const size = (also?: AskTimes): SizeResult => ({
  name: 'generated-100000',
  corpus: 'bench-results/corpora/generated-100000-seed42',
  indexDir: 'bench-results/indexes/generated-100000',
  build: { passages: 100_008, documents: 8_229, skipped: 0, modelMs: 100, buildMs: 30_000, peakRssBytes: 1 },
  serve: {
    ...times(100, 3, 12),
    passages: 100_008,
    loadMs: 2_000,
    ...(also ? { also } : {}),
    conversationWarmP50Ms: 14,
    conversationWarmP95Ms: 30,
    peakRssBytes: 1,
  },
});

describe('servingRows', () => {
  it('names the questions asked, judges the target on them, and shows the CPU time per question', () => {
    expect(servingRows(size())).toEqual([
      {
        metric: 'ask p50 / p95, warm (100,008 passages; 100 questions cut from its sentences × 3)',
        value: '12 ms / 30 ms (CPU 8.50 ms a question)',
        target: 'p50 ≤ 15 ms',
        met: true,
      },
      { metric: 'ask p50, first time (100,008 passages)', value: '40 ms' },
    ]);
  });

  it('adds the --questions asked of the largest corpus on a row of their own', () => {
    const rows = servingRows(size(times(18, 5, 9.25)));
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual({
      metric: 'ask p50 / p95, warm (100,008 passages; the 18 --questions × 5, first time p50 40 ms)',
      value: '9.25 ms / 30 ms (CPU 8.50 ms a question)',
    });
  });
});
