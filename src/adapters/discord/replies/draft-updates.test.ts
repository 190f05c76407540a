import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordingLogger } from '../../../../test/support/recording-logger.js';
import { DraftUpdates } from './draft-updates.js';

/** An edit function whose calls the test completes by hand. */
function controlledEdits(): {
  edit: (draft: string) => Promise<void>;
  calls: string[];
  settle: (error?: Error) => Promise<void>;
} {
  const calls: string[] = [];
  const pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  return {
    calls,
    edit: (draft) =>
      new Promise<void>((resolve, reject) => {
        calls.push(draft);
        pending.push({ resolve, reject });
      }),
    settle: async (error) => {
      const next = pending.shift();
      if (error) next?.reject(error);
      else next?.resolve();
      await vi.runAllTicks();
      await Promise.resolve();
    },
  };
}

describe('DraftUpdates', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the first draft at once, then at most one edit per second, always the latest draft', async () => {
    const { edit, calls, settle } = controlledEdits();
    const updates = new DraftUpdates(edit, { logger: recordingLogger().logger });
    updates.push('Wendy');
    expect(calls).toEqual(['Wendy']);
    updates.push('Wendy Sherman');
    updates.push('Wendy Sherman led');
    await settle();
    // The edit finished early in its second: the next waits for the second to end.
    expect(calls).toEqual(['Wendy']);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toEqual(['Wendy']);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(['Wendy', 'Wendy Sherman led']);
    await settle();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(2);
  });

  it('never overwrites the answer: close waits for the edit in flight and stops later drafts', async () => {
    const { edit, calls, settle } = controlledEdits();
    const updates = new DraftUpdates(edit, { logger: recordingLogger().logger });
    updates.push('Wendy');
    updates.push('Wendy Sherman');
    let closed = false;
    const closing = updates.close().then(() => (closed = true));
    await Promise.resolve();
    expect(closed).toBe(false);
    await settle();
    await closing;
    updates.push('Wendy Sherman led');
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toEqual(['Wendy']);
  });

  it('logs a failed draft edit and carries on with the next draft', async () => {
    const { edit, calls, settle } = controlledEdits();
    const { logger, lines } = recordingLogger();
    const updates = new DraftUpdates(edit, { logger });
    updates.push('Wendy');
    updates.push('Wendy Sherman');
    await settle(new Error('Unknown Webhook'));
    expect(lines.some((line) => line.msg === 'could not show the draft answer')).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual(['Wendy', 'Wendy Sherman']);
    await settle();
    await updates.close();
  });

  it('follows a task: its drafts are shown, and drafting stops when it ends, even by failing', async () => {
    const { edit, calls, settle } = controlledEdits();
    const updates = new DraftUpdates(edit, { logger: recordingLogger().logger });
    const failing = updates.follow(async (progress) => {
      progress.onDraft?.('Wendy');
      await settle();
      throw new Error('model crashed');
    });
    await expect(failing).rejects.toThrow('model crashed');
    updates.push('late draft');
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toEqual(['Wendy']);
  });

  it('stops drafting when its signal is aborted (shutdown is replacing the reply)', async () => {
    const { edit, calls, settle } = controlledEdits();
    const shutdown = new AbortController();
    const updates = new DraftUpdates(edit, { logger: recordingLogger().logger, signal: shutdown.signal });
    updates.push('Wendy');
    await settle();
    updates.push('Wendy Sherman');
    shutdown.abort();
    updates.push('Wendy Sherman led');
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toEqual(['Wendy']);
  });

  it('lets go of the shared signal once closed, so answers do not pile up listeners on it', async () => {
    const shutdown = new AbortController();
    for (let count = 0; count < 20; count += 1) {
      await new DraftUpdates(controlledEdits().edit, { logger: recordingLogger().logger, signal: shutdown.signal }).close();
    }
    expect(getEventListeners(shutdown.signal, 'abort')).toHaveLength(0);
  });

  it('ignores empty drafts', () => {
    const { edit, calls } = controlledEdits();
    const updates = new DraftUpdates(edit, { logger: recordingLogger().logger });
    updates.push('  ');
    expect(calls).toEqual([]);
  });
});
