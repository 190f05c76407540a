import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InFlightWork } from './in-flight.js';

/** A promise the test settles by hand. */
function manual(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('InFlightWork', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports nothing to do when idle', async () => {
    expect(await new InFlightWork().settle(8000)).toMatchObject({ pending: 0, replaced: 0 });
  });

  it('waits for work that finishes within the grace period, replacing nothing', async () => {
    const work = new InFlightWork();
    const answer = manual();
    const abandon = vi.fn(async () => undefined);
    work.track(answer.promise, abandon);
    const settling = work.settle(8000);
    await vi.advanceTimersByTimeAsync(3000);
    answer.resolve();
    expect(await settling).toMatchObject({ pending: 1, finished: 1, replaced: 0 });
    expect(abandon).not.toHaveBeenCalled();
    expect(work.size).toBe(0);
  });

  it('replaces unfinished replies before the grace period ends, after telling handlers to stop', async () => {
    const work = new InFlightWork();
    const fast = manual();
    const stuck = manual();
    const events: string[] = [];
    work.track(fast.promise, async () => void events.push('fast replaced'));
    work.track(stuck.promise, async () => {
      events.push(`stuck replaced at ${Date.now()}`);
    });
    const started = Date.now();
    const settling = work.settle(8000, () => events.push(`abandoned at ${Date.now()}`));
    fast.resolve();
    await vi.advanceTimersByTimeAsync(8000);
    const report = await settling;
    expect(report).toMatchObject({ pending: 2, finished: 1, replaced: 1, unreplaced: 0 });
    // The note goes out with a second of the grace period left for it.
    expect(events).toEqual([`abandoned at ${started + 7000}`, `stuck replaced at ${started + 7000}`]);
    expect(report.ms).toBeLessThanOrEqual(8000);
  });

  it('gives up on a note that cannot be sent within the time kept for it, and counts it', async () => {
    const work = new InFlightWork();
    work.track(manual().promise, () => new Promise<void>(() => undefined));
    work.track(manual().promise, async () => {
      throw new Error('Unknown interaction');
    });
    work.track(manual().promise);
    const settling = work.settle(2000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await settling).toMatchObject({ pending: 3, finished: 0, replaced: 0, unreplaced: 3 });
  });
});
