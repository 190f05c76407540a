import { describe, expect, it } from 'vitest';
import { parseScorerOutput } from './scorer-output.js';

describe('parseScorerOutput', () => {
  it('keeps the per-question rows of --details apart from the summary on the last line', () => {
    const stdout = [
      '{"id":"d01","q":"Who led the US delegation?","firstHit":0,"abstained":false,"right":true,"answer":"Sherman [1]"}',
      '{"id":"d02","q":"Capital of Australia?","firstHit":-1,"abstained":true,"answer":"The article doesn\'t say."}',
      '{"questions":2,"accuracy":100}',
      '',
    ].join('\n');
    expect(parseScorerOutput(stdout)).toEqual({
      summary: { questions: 2, accuracy: 100 },
      details: [
        {
          id: 'd01',
          q: 'Who led the US delegation?',
          firstHit: 0,
          abstained: false,
          right: true,
          answer: 'Sherman [1]',
        },
        {
          id: 'd02',
          q: 'Capital of Australia?',
          firstHit: -1,
          abstained: true,
          answer: "The article doesn't say.",
        },
      ],
    });
  });

  it('reads a summary alone, and says undefined when the scorer failed', () => {
    expect(parseScorerOutput('{"questions":1}\n')).toEqual({ summary: { questions: 1 }, details: [] });
    expect(parseScorerOutput('FAIL: command exited 1\n')).toBeUndefined();
  });
});
