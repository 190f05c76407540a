import type { EventEmitter } from 'node:events';

/** Options shared by every wait helper of the emulator. */
export interface WaitOptions {
  /** Give up after this many milliseconds (default: the emulator's `waitTimeoutMs`). */
  timeoutMs?: number;
}

/** The event every state change of the emulator is announced with. */
export const STATE_CHANGED = 'update';

/**
 * Resolves with the first defined result of `check`, evaluated now and again after
 * every state change announced on `emitter`.
 *
 * Checking the current state first makes waits race-free: a test may start waiting
 * after the awaited thing already happened. The timeout only bounds a broken test;
 * it never paces one.
 */
export function waitUntil<T>(
  emitter: EventEmitter,
  check: () => T | undefined,
  description: string,
  timeoutMs: number,
): Promise<T> {
  const immediate = check();
  if (immediate !== undefined) return Promise.resolve(immediate);
  return new Promise<T>((resolve, reject) => {
    const onChange = (): void => {
      let result: T | undefined;
      try {
        result = check();
      } catch (error) {
        finish();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (result === undefined) return;
      finish();
      resolve(result);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Discord emulator: timed out after ${timeoutMs} ms waiting for ${description}`));
    }, timeoutMs);
    timer.unref();
    const finish = (): void => {
      clearTimeout(timer);
      emitter.off(STATE_CHANGED, onChange);
    };
    emitter.on(STATE_CHANGED, onChange);
  });
}
