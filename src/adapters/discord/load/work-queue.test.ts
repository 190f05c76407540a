import { describe, expect, it } from 'vitest';
import { WorkQueue } from './work-queue.js';

/** A task that finishes when the test says so. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('WorkQueue', () => {
  it('runs at most `concurrency` tasks at once and queues the rest in order', async () => {
    const queue = new WorkQueue(2);
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const results = gates.map((entry, index) =>
      queue.run(async () => {
        started.push(index);
        await entry.promise;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect([queue.running, queue.queued]).toEqual([2, 2]);
    gates[1]?.open();
    await results[1];
    expect(started).toEqual([0, 1, 2]);
    gates.forEach((entry) => entry.open());
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3]);
    await queue.onIdle();
    expect([queue.running, queue.queued]).toEqual([0, 0]);
  });

  it('passes failures to the caller and frees the slot', async () => {
    const queue = new WorkQueue(1);
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.run(async () => 'next')).toBe('next');
  });

  it('refuses a concurrency below 1', () => {
    expect(() => new WorkQueue(0)).toThrow();
  });
});
