import { describe, expect, it } from 'vitest';
import { isTentative } from './tentative.js';

const tuning = { tentativeBelow: 0.2 };

describe('a tentative answer', () => {
  it('is quotes for a question of fact under the bar, and not from the bar up', () => {
    expect(isTentative(false, 'extractive', 'answer', 0.1999, tuning)).toBe(true);
    expect(isTentative(false, 'extractive', 'answer', 0.2, tuning)).toBe(false);
    expect(isTentative(false, 'extractive', 'answer', 0.9, tuning)).toBe(false);
  });

  it('is never a "doesn\'t say", a generated answer, or what the article says on a topic', () => {
    expect(isTentative(true, 'extractive', 'answer', 0.05, tuning)).toBe(false);
    expect(isTentative(false, 'generated', 'answer', 0.05, tuning)).toBe(false);
    expect(isTentative(false, 'extractive', 'related', 0.05, tuning)).toBe(false);
    expect(isTentative(false, 'extractive', 'mention', 0.05, tuning)).toBe(false);
  });

  it('is switched off by a bar of 0', () => {
    expect(isTentative(false, 'extractive', 'answer', 0.01, { tentativeBelow: 0 })).toBe(false);
  });
});
