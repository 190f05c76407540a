import { describe, expect, it } from 'vitest';
import { followUpButtonId, parseButtonId, sourcesButtonId, voteButtonId } from './custom-ids.js';

describe('button custom ids', () => {
  const answerId = '1576011567877586944';

  it('round-trips every button, far under 100 characters', () => {
    for (const [customId, target] of [
      [sourcesButtonId(answerId), { action: 'sources', answerId }],
      [voteButtonId(answerId, 1), { action: 'vote', answerId, vote: 1 }],
      [voteButtonId(answerId, -1), { action: 'vote', answerId, vote: -1 }],
      [followUpButtonId(answerId), { action: 'follow', answerId }],
    ] as const) {
      expect(customId.length).toBeLessThanOrEqual(100);
      expect(parseButtonId(customId)).toEqual(target);
    }
  });

  it('ignores ids it did not make', () => {
    for (const customId of [
      'sources',
      'aq0:sources:1',
      'aq1:vote:1:sideways',
      'aq1:sources:abc',
      'aq1:sources:1:extra',
      'aq1:follow:1:extra',
      'aq1:delete:1',
    ]) {
      expect(parseButtonId(customId)).toBeUndefined();
    }
  });

  it('refuses to build an id from anything but a snowflake', () => {
    expect(() => sourcesButtonId('1:2')).toThrow();
  });
});
