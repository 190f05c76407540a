import { describe, expect, it } from 'vitest';
import { insideAbbreviatedName } from './abbreviated-names.js';

const OSCE = 'Russia will meet the Organization for Security and Co-operation in Europe (OSCE) in Vienna.';
const span = (text: string, part: string): [number, number] => {
  const start = text.indexOf(part);
  return [start, start + part.length];
};

describe('insideAbbreviatedName', () => {
  it('tells the place that closes an abbreviated name, with or without its preposition', () => {
    expect(insideAbbreviatedName(OSCE, ...span(OSCE, 'in Europe'))).toBe(true);
    expect(insideAbbreviatedName(OSCE, ...span(OSCE, 'Europe'))).toBe(true);
  });

  it('leaves a place that stands on its own', () => {
    expect(insideAbbreviatedName(OSCE, ...span(OSCE, 'in Vienna'))).toBe(false);
    const talks = 'The talks in Geneva (Switzerland) lasted hours.';
    expect(insideAbbreviatedName(talks, ...span(talks, 'in Geneva'))).toBe(false);
  });
});
