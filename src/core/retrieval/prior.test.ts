import { describe, expect, it } from 'vitest';
import { withPrior } from './prior.js';

const item = (id: string, score: number) => ({ passage: { id }, score });

describe('withPrior', () => {
  it('adds each passage its prior and leaves the others', () => {
    const items = [item('a', 0.5), item('b', 0.4)];
    expect(withPrior(items, new Map([['b', 0.15]]))).toEqual([item('a', 0.5), item('b', 0.55)]);
    expect(items[1]?.score).toBe(0.4);
  });

  it('changes nothing without a prior', () => {
    const items = [item('a', 0.5)];
    expect(withPrior(items, undefined)).toEqual(items);
    expect(withPrior(items, new Map())).toEqual(items);
  });
});
