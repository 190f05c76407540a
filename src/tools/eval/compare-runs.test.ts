import { describe, expect, it } from 'vitest';
import { compareRuns, comparisonReport, countedRight, signTest, wilsonInterval } from './compare-runs.js';
import type { SetResults } from './score-sets.js';

describe('a scored row, counted as the scorers count it', () => {
  it('is right for an answerable question when the scorer says so', () => {
    expect(countedRight({ id: 'p1', abstained: false, right: true })).toBe(true);
    expect(countedRight({ id: 'p2', abstained: false, right: false })).toBe(false);
    expect(countedRight({ id: 'p3', abstained: true, right: false })).toBe(false);
  });

  it('is right for an unanswerable question (no `right` in its row) only when the bot said "doesn\'t say"', () => {
    expect(countedRight({ id: 'u1', abstained: true })).toBe(true);
    expect(countedRight({ id: 'u2', abstained: false })).toBe(false);
  });
});

describe('the 95 % Wilson interval', () => {
  it('brackets the share, as computed independently for dev-paraphrase\'s 31 of 40', () => {
    expect(wilsonInterval(31, 40)).toEqual({ percent: 77.5, low: 62.5, high: 87.7 });
    expect(wilsonInterval(63, 100)).toEqual({ percent: 63, low: 53.2, high: 71.8 });
  });

  it('stays inside 0–100 % at the edges, where the normal approximation would not', () => {
    expect(wilsonInterval(0, 10)).toEqual({ percent: 0, low: 0, high: 27.8 });
    expect(wilsonInterval(10, 10)).toEqual({ percent: 100, low: 72.2, high: 100 });
  });

  it('is all zeros for an empty set', () => {
    expect(wilsonInterval(0, 0)).toEqual({ percent: 0, low: 0, high: 0 });
  });
});

describe('the sign test over questions that changed', () => {
  it('gives the exact binomial two-sided p-value', () => {
    expect(signTest(5, 0)).toBeCloseTo(0.0625, 10);
    expect(signTest(8, 1)).toBeCloseTo(0.0390625, 10);
    expect(signTest(40, 60)).toBeCloseTo(0.0568879, 6);
  });

  it('is 1 when nothing changed or the changes split evenly', () => {
    expect(signTest(0, 0)).toBe(1);
    expect(signTest(3, 3)).toBe(1);
    expect(signTest(1, 0)).toBe(1);
  });
});

describe('two runs compared question by question', () => {
  const run = (answers: SetResults[string]['answers']): SetResults[string] => ({ engine: {}, answers });

  it('pairs rows by id and turn, and lists what was gained and lost', () => {
    const before: SetResults = {
      questions: run([
        { id: 'a', q: 'who led it', abstained: false, right: false },
        { id: 'b', q: 'when was it', abstained: false, right: true },
        { id: 'u', q: 'what is his salary', abstained: false },
      ]),
      chats: run([
        { id: 'c', turn: 0, q: 'who led it', abstained: false, right: true },
        { id: 'c', turn: 1, q: 'why', abstained: true, right: false },
      ]),
    };
    const after: SetResults = {
      questions: run([
        { id: 'a', q: 'who led it', abstained: false, right: true },
        { id: 'b', q: 'when was it', abstained: true, right: false },
        { id: 'u', q: 'what is his salary', abstained: true },
      ]),
      chats: run([
        { id: 'c', turn: 0, q: 'who led it', abstained: false, right: true },
        { id: 'c', turn: 1, q: 'why', abstained: false, right: true },
      ]),
    };
    const [questions, chats] = compareRuns(before, after);
    expect(questions).toMatchObject({
      set: 'questions',
      paired: 3,
      gained: ['a: who led it', 'u: what is his salary'],
      lost: ['b: when was it'],
      p: 1,
    });
    expect(questions?.before.percent).toBe(33.3);
    expect(questions?.after.percent).toBe(66.7);
    expect(chats).toMatchObject({ set: 'chats', paired: 2, gained: ['c#1: why'], lost: [] });
  });

  it('leaves out questions only one run scored, and sets only one run has', () => {
    const before: SetResults = { questions: run([{ id: 'a', abstained: false, right: true }]) };
    const after: SetResults = {
      questions: run([
        { id: 'a', abstained: false, right: true },
        { id: 'new', abstained: false, right: false },
      ]),
      other: run([{ id: 'x', abstained: true }]),
    };
    const comparisons = compareRuns(before, after);
    expect(comparisons).toHaveLength(1);
    expect(comparisons[0]).toMatchObject({ paired: 1, gained: [], lost: [], before: { percent: 100 }, after: { percent: 100 } });
  });
});

describe('the printed comparison', () => {
  const run = (answers: SetResults[string]['answers']): SetResults[string] => ({ engine: {}, answers });
  const before: SetResults = {
    open: run([{ id: 'o1', q: 'who led the us side', abstained: true, right: false }]),
    held: run([{ id: 'h1', q: 'a held-out question', abstained: true, right: false }]),
  };
  const after: SetResults = {
    open: run([{ id: 'o1', q: 'who led the us side', abstained: false, right: true }]),
    held: run([{ id: 'h1', q: 'a held-out question', abstained: false, right: true }]),
  };

  it('names the changed questions of open sets, and only counts those of held-out ones', () => {
    const report = comparisonReport(compareRuns(before, after), ['held']);
    expect(report).toContain('+ o1: who led the us side');
    expect(report).not.toContain('a held-out question');
    // Both sets still have their row: one gained each.
    expect(report).toMatch(/held\s*│\s*1\s*│\s*0 \(0–79\.3\)\s*│\s*100 \(20\.7–100\)\s*│\s*1\s*│\s*0/);
  });
});
